/**
 * The content loader inside Astro: a report with a bad front-matter field or a missing
 * photo fails `astro sync` (the content step of every build) with a clear message and a
 * non-zero exit, and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

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
