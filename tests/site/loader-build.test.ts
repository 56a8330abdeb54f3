/**
 * The content loader inside Astro: a report with a bad front-matter field or a missing
 * photo fails `astro sync` (the content step of every build) with a clear message and a
 * non-zero exit, and no stack trace. Good reports go to the content store without their
 * body and facts, which are in their parts files; an unchanged report is not rendered again.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readPartsData } from '../../src/lib/report-parts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOOD = readFileSync(path.join(ROOT, 'tests/fixtures/site-reports/2021-06-11-du-dao-zhen-gong-fu-ce-shi.md'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'site-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a schema error and a missing photo fail the build, naming file, line, field, expected and found', () => {
  writeFileSync(path.join(dir, 'bad-date.md'), GOOD.replace('date: "2021-06-11"', 'date: "2021年6月11日"'));
  writeFileSync(path.join(dir, 'no-photo.md'), GOOD.replace('image: null', 'image: ./photos/missing.jpg'));
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['sync'], {
    cwd: ROOT,
    env: { ...process.env, REPORTS_DIR: dir, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  expect(r.status).not.toBe(0);
  expect(out).toContain(`${path.join(dir, 'bad-date.md')}:7: field "date": expected "YYYY-MM-DD", "YYYY-MM" or "YYYY", found "2021年6月11日"`);
  expect(out).toMatch(new RegExp(`no-photo\\.md:\\d+: field "figures\\[0\\]\\.image": expected a photo file beside the report, found "\\./photos/missing\\.jpg"`));
  expect(out).not.toContain('Stack trace');
}, 130_000);

/** `astro sync` with the content store and the parts in their own cache folder (the benchmark's config). */
function sync(reportsDir: string, cacheDir: string) {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['sync', '--config', 'scripts/bench/astro.config.bench.mjs'], {
    cwd: ROOT,
    env: { ...process.env, REPORTS_DIR: reportsDir, BENCH_CACHE_DIR: cacheDir, BENCH_NO_INDEX: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test('the store keeps what listings need; body HTML and facts are in the parts; unchanged reports are skipped', () => {
  const reports = path.join(dir, 'good');
  const cache = path.join(dir, 'cache');
  mkdirSync(reports);
  writeFileSync(path.join(reports, 'good.md'), GOOD);
  const first = sync(reports, cache);
  expect(first.status, first.out).toBe(0);
  expect(first.out).toContain('1 reports, 1 rendered, 0 unchanged');

  const store = readFileSync(path.join(cache, 'data-store.json'), 'utf8');
  expect(store).toContain('亮出督导真功夫 智慧教育竞芬芳');
  expect(store).not.toContain('id=\\"p-1\\"');
  expect(store).not.toContain('"sentence"');
  const partsDir = path.join(cache, 'report-parts');
  const files = readdirSync(partsDir).sort();
  expect(files).toHaveLength(2);
  const html = readFileSync(path.join(partsDir, files[0]!), 'utf8');
  expect(html).toContain('id="p-1"');
  // Read through the parts API: the .json starts with its checksum line.
  const data = readPartsData(partsDir, files[1]!.slice(0, -'.json'.length)) as unknown as { data: { facts: unknown[]; source: { file: string } }; headings: unknown[] };
  expect(data.data.facts.length).toBeGreaterThan(0);
  expect(data.data.source.file).toMatch(/\.txt$/);

  // A stale part from an earlier version of the report, old enough to be nobody's.
  const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
  writeFileSync(path.join(partsDir, 'stale.json'), '{}');
  utimesSync(path.join(partsDir, 'stale.json'), old, old);
  const second = sync(reports, cache);
  expect(second.status, second.out).toBe(0);
  expect(second.out).toContain('1 reports, 0 rendered, 1 unchanged; 1 stale part file(s) removed');
  expect(readdirSync(partsDir).sort()).toEqual(files);
}, 130_000);

test('the parts hold the fact view: corrections applied once by the loader, and not kept to be applied again', () => {
  const reports = path.join(dir, 'corrected');
  const cache = path.join(dir, 'cache-corrected');
  mkdirSync(reports);
  const corrections = [
    'factCorrections:',
    '  - anchor: p-3',
    '    text: 97.3%',
    '    subject: 教育社会满意度',
    '  - anchor: p-3',
    '    text: 一年多',
    '    add: true',
    '    value: 1',
    '    unit: 年',
    '',
  ].join('\n');
  writeFileSync(path.join(reports, 'corrected.md'), GOOD.replace('factCorrections: []\n', corrections));
  const r = sync(reports, cache);
  expect(r.status, r.out).toBe(0);
  const partsDir = path.join(cache, 'report-parts');
  const json = readdirSync(partsDir).find((f) => f.endsWith('.json'))!;
  const data = readPartsData(partsDir, json.slice(0, -'.json'.length)) as unknown as { data: Record<string, unknown> & { facts: { text: string; subject: string }[] } };
  expect(data.data.facts.map((f) => [f.text, f.subject])).toEqual([['97.3%', '教育社会满意度'], ['一年多', '']]);
  expect(data.data).not.toHaveProperty('factCorrections');
}, 130_000);

test('a fact whose paragraph no longer holds its text stops the build, naming file, line and the anchor to set', () => {
  const reports = path.join(dir, 'moved');
  mkdirSync(reports);
  // As if staff merged p-2 into p-1: ingest's p-3 is now p-2.
  writeFileSync(path.join(reports, 'moved.md'), GOOD.replace('    anchor: p-3\n', '    anchor: p-2\n'));
  const r = sync(reports, path.join(dir, 'cache-moved'));
  expect(r.status).not.toBe(0);
  const line = GOOD.split('\n').indexOf('    anchor: p-3') + 1;
  expect(r.out).toContain(`moved.md:${line}: field "facts[0].anchor": the fact "97.3%" is no longer in paragraph p-2 (the paragraphs were edited); it is now in p-3: set anchor: p-3.`);
}, 130_000);
