/**
 * Nothing lost: every non-blank source line of both seeds and of every fixture ends up
 * somewhere we can point to: body, heading, caption, byline, credit, box, page label,
 * headline, or a recorded removal with its reason and line number.
 */
import { describe, expect, it, vi } from 'vitest';
import type { IngestResult } from '../../src/ingest/ingest.ts';
import { foldFullWidth } from '../../src/ingest/stages/normalize-lines.ts';
import { fixtureNames, ingestFixture, ingestSeed, loadGold, SEEDS } from './helpers.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));

function accountFor(result: IngestResult): void {
  const { state: s } = result;
  const fm = s;
  const inBody = (n: number) => s.blocks.some((b) => b.kind === 'paragraph' && b.lines.includes(n));
  for (const l of s.lines) {
    if (l.text === '') continue;
    const where = `line ${l.no} “${l.raw}”`;
    expect(l.role, where).not.toBeNull();
    switch (l.role) {
      case 'body':
        expect(inBody(l.no), where).toBe(true);
        expect(s.paragraphs.some((p) => p.includes(l.text)), where).toBe(true);
        break;
      case 'heading':
      case 'subheading':
        expect(s.sections.some((x) => x.heading.includes(l.text.replace(/^#+\s*/, ''))), where).toBe(true);
        break;
      case 'caption':
        expect(fm.figures.some((f) => l.text.startsWith(f.caption)), where).toBe(true);
        break;
      case 'byline':
        expect(fm.authors.length, where).toBeGreaterThan(0);
        for (const name of fm.authors.filter((a) => l.text.includes(a))) expect(l.text).toContain(name);
        expect(fm.authors.some((a) => l.text.includes(a)), where).toBe(true);
        break;
      case 'credit':
        expect(fm.photoCredit === l.raw || fm.figures.some((f) => f.credit === l.raw), where).toBe(true);
        break;
      case 'box': {
        const texts = fm.factBoxes.flatMap((b) => [b.title, b.subtitle ?? '', ...b.items.flatMap((i) => [i.label, i.text])]);
        expect(texts.some((t) => t && l.text.includes(t.replace(/>+$/, ''))), where).toBe(true);
        break;
      }
      case 'page-label':
        expect(fm.pageLabels, where).toContain(l.text);
        break;
      case 'title':
        expect(`${fm.title} ${fm.subtitle ?? ''}`, where).toContain(fm.title!);
        expect(l.text.replace(/^#\s*/, ''), where).toContain(fm.title!);
        break;
      case 'subtitle':
        expect(l.text, where).toContain(fm.subtitle!);
        break;
      case 'removed':
        expect(fm.removed, where).toContainEqual({ text: l.raw, reason: l.reason!, line: l.no });
        expect(l.reason, where).toBeTruthy();
        break;
    }
  }
  // Parts cut out of a kept line (a header glued to the headline, a byline glued to the lede)
  // are recorded with its number, and the line keeps the rest.
  for (const l of s.lines) {
    for (const c of l.cuts ?? []) {
      expect(fm.removed, `line ${l.no}`).toContainEqual({ text: c.text, reason: c.reason, line: l.no });
      expect(foldFullWidth(l.raw).replace(/\s+/g, ''), `line ${l.no}`).toContain(c.text.replace(/\s+/g, ''));
    }
  }
  // And nothing invented: every removed entry is a real line or a part cut from one.
  for (const r of fm.removed) {
    const raw = s.lines[r.line - 1]!.raw;
    if (raw !== r.text) expect((s.lines[r.line - 1]!.cuts ?? []).map((c) => c.text), `line ${r.line}`).toContain(r.text);
  }
}

describe('every non-blank source line is accounted for', () => {
  it.each(SEEDS)('%s', (name) => accountFor(ingestSeed(loadGold(name))));
  it.each(fixtureNames())('fixture %s', (name) => accountFor(ingestFixture(name)));
});
