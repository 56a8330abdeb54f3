/**
 * Every gold item for both seeds (tests/fixtures/gold/*.json). Facts are mocked out: they
 * belong to the facts extractor and have their own tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ingestSeed, loadGold, SEEDS, SOURCES } from './helpers.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));

describe.each(SEEDS)('%s', (name) => {
  const gold = loadGold(name);
  const result = ingestSeed(gold);
  const { state: s, json } = result;
  const raw = readFileSync(join(SOURCES, gold.source), 'utf8');
  const rawLines = raw.split('\n');
  const body = s.paragraphs.join('\n');

  it('finds the headline parts', () => {
    expect(json.title).toBe(gold.title);
    expect(json.subtitle).toBe(gold.subtitle);
    expect(json.kicker).toBe(gold.kicker);
    expect(s.pageLabels).toEqual(gold.page_labels ?? []);
  });

  it('infers the date, marks it inferred and quotes its evidence', () => {
    expect(json.date).toBe(gold.date_evidence.inferred);
    expect(json.dateStated).toBe(false);
    expect(s.datePrecision).toBe(gold.date_evidence.inferred.length === 10 ? 'day' : 'month');
    expect(s.dateEvidence.length).toBeGreaterThan(0);
    for (const e of s.dateEvidence) expect(raw).toContain(e);
    const overlaps = s.dateEvidence.filter((e) => gold.date_evidence.quotes.some((q) => q.includes(e) || e.includes(q)));
    expect(overlaps.length).toBe(s.dateEvidence.length);
  });

  it('reads the byline and the photo credit verbatim', () => {
    expect(json.authors).toEqual(gold.authors);
    expect(json.photoCredit).toBe(gold.photo_credit);
    for (const name of gold.authors) expect(body).not.toContain(`${name} `);
    expect(body).not.toContain(gold.photo_credit);
  });

  it('makes ## headings with their ### subheadings, couplets joined by a space', () => {
    const expected = gold.sections
      .filter((x) => !x.in_box)
      .flatMap((x) => [{ heading: x.heading, level: 2 }, ...(x.subheading ? [{ heading: x.subheading, level: 3 }] : [])]);
    expect(json.sections).toEqual(expected);
    for (const x of gold.sections.filter((x) => !x.in_box)) {
      const sub = x.subheading ? `\n\n### ${x.subheading}\n\n` : '\n\n';
      expect(s.body).toContain(`## ${x.heading}${sub}`);
    }
  });

  it('puts the 数说 section into a fact box, not the body', () => {
    const box = gold.sections.filter((x) => x.in_box);
    if (!box.length) {
      expect(json.factBoxes).toEqual([]);
      return;
    }
    const [head, ...items] = box;
    expect(json.factBoxes).toHaveLength(1);
    expect(json.factBoxes[0]!.title).toBe(head!.heading);
    expect(s.factBoxes[0]!.subtitle).toBe(head!.subheading);
    expect(json.factBoxes[0]!.items.map((i) => i.label)).toEqual(items.map((i) => i.heading));
    for (const [k, item] of json.factBoxes[0]!.items.entries()) {
      // Each item's text is the source line after its heading, verbatim.
      expect(item.text).toBe(rawLines[items[k]!.line + 1]);
      expect(body).not.toContain(item.text);
    }
    expect(s.body).toMatch(/\n::: facts 数说\n\n### 瞩目荣耀·高新风采\n\n#### 新增“国字号”荣誉\n\n/);
  });

  it('pulls every caption out into a figure after the paragraph it interrupted, dropping the duplicate', () => {
    const kept = gold.captions.filter((c) => c.keep);
    expect(json.figures.map((f) => f.caption)).toEqual(kept.map((c) => c.text));
    expect(s.figures.map((f) => f.afterParagraph)).toEqual(kept.map((c) => c.after_paragraph));
    for (const c of gold.captions) {
      for (const p of s.paragraphs) expect(p).not.toContain(c.text);
      if (!c.keep) expect(s.removed).toContainEqual({ text: c.text, reason: 'duplicate caption', line: c.line });
    }
    s.figures.forEach((f, i) => expect(s.body).toContain(`::: figure fig-${i + 1}\n${f.caption}\n:::`));
  });

  it('joins every sentence the layout cut, also across captions', () => {
    expect(s.sentencesRepaired).toBe(gold.joins.length);
    for (const j of gold.joins) {
      expect(s.paragraphs.some((p) => p.includes(j.joined))).toBe(true);
      expect(s.paragraphs.some((p) => p.endsWith(j.before))).toBe(false);
    }
  });

  it('removes the advertisement line by line, with its reason', () => {
    for (const n of gold.noise) expect(json.removed).toContainEqual({ text: n, reason: 'advertisement' });
    const ads = s.removed.filter((r) => r.reason === 'advertisement');
    expect(ads.map((r) => r.text)).toEqual(gold.noise);
    if (gold.noise_lines) {
      for (const r of ads) expect(r.line).toBeGreaterThanOrEqual(gold.noise_lines[0]);
      for (const r of ads) expect(r.line).toBeLessThanOrEqual(gold.noise_lines[1]);
    }
    for (const n of gold.noise) expect(body).not.toContain(n);
  });

  it('counts the body paragraphs and keeps the wording verbatim', () => {
    expect(json.paragraphs).toHaveLength(gold.paragraph_count);
    // Every paragraph is its source lines glued together: nothing added, nothing corrected.
    for (const b of s.blocks) if (b.kind === 'paragraph') expect(b.text).toBe(b.lines.map((n) => rawLines[n - 1]!.trim()).join(''));
    const slips = gold.notes.flatMap((n) => (n.includes('verbatim') ? [...n.matchAll(/'([^'…]+)'/g)].map((m) => m[1]!) : []));
    const wording = slips.filter((x) => /[\u4e00-\u9fa5]{4,}/.test(x) && !x.startsWith('图片'));
    if (gold.notes.some((n) => n.startsWith('Source-text slips'))) expect(wording.length).toBeGreaterThan(0);
    for (const slip of wording) expect(body).toContain(slip);
  });
});
