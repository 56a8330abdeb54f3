/**
 * Every removal reason the ingest can record has a Chinese label for the page and the ingest
 * summary. The fixtures alone are not enough (issue 23: the Word and saved-page stages added
 * `navigation`, `page footer`, `image outside the page folder` … that no text fixture hits), so
 * the codes are also read from the ingest's source: every string literal where a reason is
 * given (`reason: '…'`, `reason = …`, `remove(l, '…')`, `cutFromLine(l, part, '…')`,
 * `claim(…, '…')`, a skipped image's `skip`, the region table, `…_REASONS` sets).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMOVAL_REASON_LABELS } from '../../src/lib/removal-reasons.ts';
import { FURNITURE_REGIONS } from '../../src/ingest/patterns-document.ts';
import { fixtureNames, ingestFixture, ingestSeed, loadGold, SEEDS } from './helpers.ts';

const INGEST = path.join(import.meta.dirname, '../../src/ingest');
/** What a reason code looks like: short English words (never a Chinese message or a path). */
const CODE = /^[A-Za-z][A-Za-z /-]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Single-quoted literals in `text` that look like codes. */
const literals = (text: string) => [...text.matchAll(/'([^'\n]*)'/g)].map((m) => m[1]!).filter((x) => CODE.test(x));

/** Where a reason is given, one statement or call each (up to its line's end). */
const REASON_SITES = [
  /\breason\s*(?:=(?!=)|:)\s*([^;,}\n]*)/g,
  /\bskip\s*:\s*([^,}\n]*)/g,
  /\bskippedImage\(([^\n]*)/g,
  /\b(?:remove|cutFromLine|claim)\(([^\n]*)/g,
  /_REASONS\b[^=\n]*=\s*new Set\(\[([^\]]*)\]/g,
];

/** Every reason code the ingest's source can record, with the file it comes from. */
function codesInSource(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of sourceFiles(INGEST)) {
    // Comments quote codes in prose; only code counts.
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const site of REASON_SITES) for (const m of src.matchAll(site)) for (const code of literals(m[1]!)) out.set(code, path.relative(INGEST, file));
  }
  for (const r of FURNITURE_REGIONS) out.set(r.reason, 'patterns-document.ts (FURNITURE_REGIONS)');
  return out;
}

describe('removal reasons', () => {
  it('labels every reason ingest records on the seeds and the fixtures', () => {
    const results = [...SEEDS.map((n) => ingestSeed(loadGold(n))), ...fixtureNames().map((n) => ingestFixture(n))];
    const codes = new Set(results.flatMap((r) => r.state.removed.map((x) => x.reason)));
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) expect(REMOVAL_REASON_LABELS[code], code).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('labels every reason the ingest source can produce, in every format', () => {
    const codes = codesInSource();
    // The reading must reach every kind of site, or a new stage's codes would slip by unread:
    // text patterns, Word/HTML regions, a skipped image, a remove() helper, a cut.
    for (const code of ['advertisement', 'navigation', 'page footer', 'sidebar', 'image outside the page folder', 'image too small to be a photo', 'menu', 'caption label', 'app promotion', 'duplicate image']) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(55);
    const missing = [...codes].filter(([code]) => !/[\u4e00-\u9fa5]/.test(REMOVAL_REASON_LABELS[code] ?? '')).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has no label for a code nothing produces (a renamed code leaves a stale label behind)', () => {
    const codes = codesInSource();
    expect(Object.keys(REMOVAL_REASON_LABELS).filter((code) => !codes.has(code))).toEqual([]);
  });
});
