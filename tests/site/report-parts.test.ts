/**
 * The reports' parts files (src/lib/report-parts.ts): what the content store keeps and what
 * goes to the parts together make the whole front matter; parts round-trip; a build's clean-up
 * removes old unreferenced parts but never ones in use or just written; photo references
 * are found in a report's bytes as the old UTF-8 regex found them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { reportSchema } from '../../src/schema/report.ts';
import { readReportFile } from '../../src/lib/report-file.ts';
import { imageRefs } from '../../src/lib/reports-loader.ts';
import {
  STALE_AFTER_MS,
  STORED_FIELDS,
  cleanStaleParts,
  keepParts,
  makePartsDir,
  readParts,
  readPartsData,
  reportPartsDir,
  splitFields,
  writeParts,
  type PartFields,
  type ReportParts,
} from '../../src/lib/report-parts.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/site-reports');
const tmp = mkdtempSync(path.join(tmpdir(), 'report-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fixtureReport(name: string) {
  const r = readReportFile(name, readFileSync(path.join(FIXTURES, name), 'utf8'));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.report;
}

function partsOf(name: string): ReportParts {
  return {
    data: splitFields(fixtureReport(name)).parts as unknown as PartFields,
    html: '<p id="p-1">正文 <!--photo:fig-1--> “引号” & 符号</p>\n',
    headings: [{ depth: 2, slug: 'yi', text: '一、标题' }],
    photoFigures: ['fig-1'],
    paragraphCount: 1,
    readingMinutes: 3,
    placeholders: { 'fig-1': 'data:image/webp;base64,AAAA' },
  };
}

describe('store fields and parts fields', () => {
  test('split the front matter with nothing lost and nothing in both', () => {
    const report = fixtureReport('2021-06-11-du-dao-zhen-gong-fu-ce-shi.md');
    const { stored, parts } = splitFields(report);
    expect(Object.keys(stored).sort()).toEqual(Object.keys(STORED_FIELDS).sort());
    expect(Object.keys(parts).some((k) => k in stored)).toBe(false);
    expect({ ...stored, ...parts }).toEqual(report);
    // Every schema field is accounted for, and the heavy ones stay out of the store.
    expect([...Object.keys(stored), ...Object.keys(parts)].sort()).toEqual(Object.keys(reportSchema.shape).sort());
    for (const heavy of ['facts', 'factCorrections', 'factBoxes', 'removed']) expect(parts).toHaveProperty(heavy);
    expect((parts.facts as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('parts files', () => {
  const dir = reportPartsDir(path.join(tmp, 'cache'));

  test('live in cacheDir/report-parts and round-trip', async () => {
    expect(dir).toBe(path.join(tmp, 'cache', 'report-parts'));
    makePartsDir(dir);
    const parts = partsOf('2023-05-20-ke-chuang-jiao-shi-zhao-pian-ce-shi.md');
    await writeParts(dir, 'abc123', parts);
    expect(readParts(dir, 'abc123')).toEqual(parts);
    const { html, ...data } = parts;
    expect(readPartsData(dir, 'abc123')).toEqual(data);
    expect(readFileSync(path.join(dir, 'abc123.html'), 'utf8')).toBe(html);
    // Written through a temp file renamed into place: none left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a missing part is a clear error, not a silent empty page', () => {
    expect(() => readParts(dir, 'nope')).toThrow(/nope\.json is missing: .*Run the build again\./);
    expect(() => readParts(dir, '../x')).toThrow(/not a digest/);
  });

  test('keepParts: true only when both files exist, and marks them in use', async () => {
    await writeParts(dir, 'kept', partsOf('2024-09-qiang-shi-fu-neng-ce-shi.md'));
    const old = new Date(Date.now() - 2 * STALE_AFTER_MS);
    for (const ext of ['json', 'html']) utimesSync(path.join(dir, `kept.${ext}`), old, old);
    expect(keepParts(dir, 'kept')).toBe(true);
    expect(Date.now() - statSync(path.join(dir, 'kept.json')).mtimeMs).toBeLessThan(60_000);
    rmSync(path.join(dir, 'kept.html'));
    expect(keepParts(dir, 'kept')).toBe(false);
    expect(keepParts(dir, 'never-written')).toBe(false);
  });

  test('clean-up removes old parts no entry uses and old temp files, keeps the rest', () => {
    const clean = path.join(tmp, 'clean');
    makePartsDir(clean);
    const now = Date.now();
    const old = new Date(now - STALE_AFTER_MS - 1000);
    const files = {
      'used.html': old,
      'used.json': old,
      'stale.html': old,
      'stale.json': old,
      'fresh.json': new Date(now),
      'fresh.html': new Date(now),
      'used.json.123.tmp': old,
    };
    for (const [f, t] of Object.entries(files)) {
      writeFileSync(path.join(clean, f), 'x');
      utimesSync(path.join(clean, f), t, t);
    }
    expect(cleanStaleParts(clean, new Set(['used']), STALE_AFTER_MS, now)).toBe(3);
    expect(readdirSync(clean).sort()).toEqual(['fresh.html', 'fresh.json', 'used.html', 'used.json']);
    expect(cleanStaleParts(path.join(tmp, 'no-such-dir'), new Set())).toBe(0);
  });
});

describe('imageRefs', () => {
  const OLD = (raw: string) => [...raw.matchAll(/^\s*image:\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((m) => m[1]!).filter((v) => v !== 'null');

  test('finds the photos a report names, as the UTF-8 regex did', () => {
    for (const name of readdirSync(FIXTURES)) {
      const raw = readFileSync(path.join(FIXTURES, name), 'utf8');
      expect(imageRefs(Buffer.from(raw)), name).toEqual(OLD(raw));
    }
    expect(imageRefs(Buffer.from(readFileSync(path.join(FIXTURES, '2023-05-20-ke-chuang-jiao-shi-zhao-pian-ce-shi.md'))))).toEqual(['./photos/robot-class.jpg', './photos/robot-debug.jpg']);
  });

  test('quoted, non-ASCII and CRLF paths; null is no photo', () => {
    const raw = 'figures:\n  - id: fig-1\n    image: "./照片/课堂 一.jpg"\r\n  - id: fig-2\n    image: null\n  - id: fig-3\n    image: \'./b.png\'\n正文提到 image: 不在行首\n';
    expect(imageRefs(Buffer.from(raw))).toEqual(['./照片/课堂 一.jpg', './b.png']);
    expect(imageRefs(Buffer.from(raw))).toEqual(OLD(raw));
  });
});

