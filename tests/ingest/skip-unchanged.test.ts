/**
 * A re-run skips sources whose bytes, report and ingest version are unchanged (no conversion),
 * and everything else keeps its old behaviour: changed sources are converted, edited reports
 * are protected, a deleted report is written again, and the output is byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ingestVersion, readManifest, splitUnchanged, writeManifest } from '../../src/ingest/unchanged-sources.ts';
import { ROOT, SOURCES } from './helpers.ts';

vi.setConfig({ testTimeout: 60_000 });

const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/ingest/cli.ts');
const temp = mkdtempSync(join(tmpdir(), 'ingest-skip-'));
const CACHE = join(temp, 'cache');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INGEST_CACHE_DIR: CACHE } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const SKIPPED = '未重新转换';
let n = 0;
function setup(): { src: string; out: string } {
  const src = join(temp, `src-${++n}`);
  const out = join(temp, `out-${n}`);
  mkdirSync(src);
  mkdirSync(out);
  for (const f of readdirSync(SOURCES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(SOURCES, f), join(src, f));
  return { src, out };
}
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, { text: readFileSync(join(dir, f), 'utf8'), mtime: statSync(join(dir, f)).mtimeMs }]));

describe('skipping unchanged sources', () => {
  it('converts nothing on a second run and leaves every report byte-identical and untouched', () => {
    const { src, out } = setup();
    const first = run('--out', out, src);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).not.toContain(SKIPPED);
    const before = snapshot(out);
    const second = run('--out', out, src);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout.split('\n').filter((l) => l.includes(SKIPPED))).toHaveLength(2);
    // The full per-source summary (title, date …) is printed only for converted sources.
    expect(second.stdout).not.toContain('标题：');
    expect(second.stdout).toContain('写入 0，未变化 2');
    expect(snapshot(out)).toEqual(before);
  });

  it('converts a changed source, and only that one', () => {
    const { src, out } = setup();
    expect(run('--out', out, src).code).toBe(0);
    const seed = join(src, '000_2164ace071901f5d.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('高新区', '高新区（改）'));
    const r = run('--out', out, src);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`004_4d22831c33528974.txt → ${join(out, '')}`);
    expect(r.stdout.split('\n').filter((l) => l.includes(SKIPPED))).toEqual([expect.stringContaining('004_4d22831c33528974.txt')]);
    expect(r.stdout).toMatch(/000_2164ace071901f5d\.txt → .*（已写入）/);
  });

  it('still protects a report staff edited after the last run', () => {
    const { src, out } = setup();
    expect(run('--out', out, src).code).toBe(0);
    const [file] = readdirSync(out).sort();
    const path = join(out, file!);
    const edited = readFileSync(path, 'utf8').replace(/^summary: .*$/m, 'summary: 编辑改写的摘要');
    writeFileSync(path, edited);
    const r = run('--out', out, src);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已被手工修改');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    // And on the run after that too (the edited report is never recorded as ingest's output).
    expect(run('--out', out, src).stderr).toContain('已被手工修改');
  });

  it('writes a deleted report again, identical to the first', () => {
    const { src, out } = setup();
    expect(run('--out', out, src).code).toBe(0);
    const before = snapshot(out);
    const [file] = Object.keys(before);
    unlinkSync(join(out, file!));
    const r = run('--out', out, src);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('写入 1，未变化 1');
    expect(readFileSync(join(out, file!), 'utf8')).toBe(before[file!]!.text);
  });
});

describe('splitUnchanged', () => {
  const out = join(temp, 'unit-out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'r.md'), 'report text\n');
  const bytes = new TextEncoder().encode('source text\n');
  const manifest = { version: 'v', sources: { 'a.txt': { source: 'not the hash of these bytes', report: 'r.md', reportSha256: '' } } };
  it('converts a source whose recorded hashes do not match, or that has no entry', () => {
    const got = splitUnchanged(['/x/a.txt', '/x/b.txt'], out, manifest, () => bytes);
    expect(got.unchanged).toEqual([]);
    expect(got.convert).toEqual(['/x/a.txt', '/x/b.txt']);
  });
  it('skips a source when its bytes and its report match the manifest', async () => {
    const { createHash } = await import('node:crypto');
    const h = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');
    const m = { version: 'v', sources: { 'a.txt': { source: h(bytes), report: 'r.md', reportSha256: h('report text\n') } } };
    expect(splitUnchanged(['/x/a.txt'], out, m, () => bytes)).toEqual({ convert: [], unchanged: [{ path: '/x/a.txt', file: 'a.txt', target: join(out, 'r.md'), photos: 0 }] });
  });
  it('discards a manifest written by another ingest version', async () => {
    process.env.INGEST_CACHE_DIR = join(temp, 'unit-cache');
    const sources = { 'a.txt': { source: 'x', report: 'r.md', reportSha256: 'y' } };
    await writeManifest(out, { version: ingestVersion(), sources });
    expect(readManifest(out, ingestVersion()).sources).toEqual(sources);
    await writeManifest(out, { version: 'an older ingest', sources });
    expect(readManifest(out, ingestVersion()).sources).toEqual({});
    delete process.env.INGEST_CACHE_DIR;
  });
});
