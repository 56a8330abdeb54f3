/**
 * The CLI as staff run it (a subprocess against temp folders): reports written once and
 * byte-identical on a second run, hand edits protected unless --force (which keeps staff
 * factCorrections), --json writes nothing, duplicate report names refused, and bad input
 * refused with a one-line error, non-zero exit and the output folder untouched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generatedChecksum, statedChecksum } from '../../src/ingest/report-file.ts';
import { ROOT, SOURCES } from './helpers.ts';

// Each case starts a few Node processes; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/ingest/cli.ts');
const temp = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function dirState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}
let n = 0;
function freshDir(): string {
  const d = join(temp, `out-${++n}`);
  mkdirSync(d);
  return d;
}

describe('writing reports', () => {
  it('writes one report per seed, then rewrites nothing on a second run (byte-identical)', () => {
    const out = freshDir();
    const first = run('--out', out, SOURCES);
    expect(first.code, first.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['2021-06-11-liang-chu-du-dao-zhen-gong-fu-zhi-hui-jiao-yu-jing-fen-fang.md', '2024-09-yi-xin-zhi-hui-jiao-yu-shi-ji-hui-xi-bu-ji-chu-jiao-yu-te-qu-zhuang-mei-hua-juan.md']);
    expect(first.stdout).toContain('标题：亮出督导真功夫 智慧教育竞芬芳');
    expect(first.stdout).toContain('日期：2021-06-11（推断，依据：“今日开幕”');
    expect(first.stdout).toContain('修复断句 4');
    expect(first.stdout).toContain('广告 12');
    const before = dirState(out);
    const mtimes = files.map((f) => statSync(join(out, f)).mtimeMs);
    const second = run('--out', out, SOURCES);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('写入 0，未变化 2');
    expect(dirState(out)).toEqual(before);
    expect(files.map((f) => statSync(join(out, f)).mtimeMs)).toEqual(mtimes);

    const elsewhere = freshDir();
    run('--out', elsewhere, SOURCES);
    expect(dirState(elsewhere)).toEqual(before);
    for (const text of Object.values(before)) expect(statedChecksum(text)).toBe(generatedChecksum(text));
  });

  it('never overwrites a hand-edited report without --force, and --force keeps factCorrections', () => {
    const out = freshDir();
    const src = join(SOURCES, '004_4d22831c33528974.txt');
    expect(run('--out', out, src).code).toBe(0);
    const [file] = readdirSync(out);
    const path = join(out, file!);
    const generated = readFileSync(path, 'utf8');
    const correction = 'factCorrections:\n  - anchor: p-22\n    text: 8人\n    hidden: true\n';
    const edited = generated.replace('factCorrections: []\n', correction).replace('回望披荆斩棘', '回望披荆斩棘（编辑改）');
    expect(edited).not.toBe(generated);
    writeFileSync(path, edited);

    const skipped = run('--out', out, src);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('已被手工修改');
    expect(skipped.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const forced = run('--force', '--out', out, src);
    expect(forced.code, forced.stderr).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).not.toContain('（编辑改）');
    expect(after).toContain(correction);
    expect(statedChecksum(after)).toBe(generatedChecksum(after));

    // The corrections stay on later plain runs too, and the file no longer counts as edited.
    const again = run('--out', out, src);
    expect(again.stdout).toContain('未变化 1');
    expect(readFileSync(path, 'utf8')).toBe(after);
  });

  it('--json prints the issue fields and writes nothing', () => {
    const out = freshDir();
    const r = run('--json', '--out', out, SOURCES);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(json).toHaveLength(2);
    expect(Object.keys(json[0]!)).toEqual(['title', 'subtitle', 'kicker', 'date', 'dateStated', 'publisher', 'sourceUrl', 'authors', 'photoCredit', 'sections', 'paragraphs', 'factBoxes', 'figures', 'removed', 'facts', 'draftReasons']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses two sources that would share one report name, writing nothing', () => {
    const out = freshDir();
    const inDir = freshDir();
    copyFileSync(join(SOURCES, '000_2164ace071901f5d.txt'), join(inDir, 'a.txt'));
    copyFileSync(join(SOURCES, '000_2164ace071901f5d.txt'), join(inDir, 'b.txt'));
    const r = run('--out', out, inDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.txt');
    expect(r.stderr).toContain('同一个报道文件');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('big batches', () => {
  it('gives the same reports on worker threads as on one thread', () => {
    const inDir = freshDir();
    const seed = readFileSync(join(SOURCES, '004_4d22831c33528974.txt'), 'utf8');
    for (let i = 0; i < 210; i++) writeFileSync(join(inDir, `s${i}.txt`), seed.replace('亮出督导真功夫 智慧教育竞芬芳', `亮出督导真功夫 智慧教育竞芬芳 第${i}期`));
    const one = freshDir();
    const two = freshDir();
    expect(run('--quiet', '--jobs', '1', '--out', one, inDir).code).toBe(0);
    const r = run('--quiet', '--jobs', '2', '--out', two, inDir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(two)).toHaveLength(210);
    expect(dirState(two)).toEqual(dirState(one));
  });
});

describe('bad input', () => {
  const cases: [string, Buffer | string, RegExp][] = [
    ['empty.txt', '', /文件为空/],
    ['blank.txt', ' \n\u3000\r\n\t\n', /只有空白/],
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /不是文本文件/],
    ['report.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0])]), /不是文本文件/],
    ['huge.txt', '教育'.repeat(400_000) + '\n', /文件过大/],
    ['latin1.txt', Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la fa\xe7on de', 'latin1'), /UTF-8/],
  ];
  it.each(cases)('%s', (name, content, message) => {
    const out = freshDir();
    writeFileSync(join(out, 'keep.md'), 'existing report\n');
    const before = dirState(out);
    const inDir = freshDir();
    const bad = join(inDir, name);
    writeFileSync(bad, content);
    // A good source beside the bad one is not written either: all inputs are checked first.
    const r = run('--out', out, bad, join(SOURCES, '004_4d22831c33528974.txt'));
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/请/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(dirState(out)).toEqual(before);
  });

  it('names a missing file', () => {
    const out = freshDir();
    const r = run('--out', out, join(temp, 'nope.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.txt: 找不到');
    expect(readdirSync(out)).toEqual([]);
  });
});
