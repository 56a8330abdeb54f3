/**
 * The CLI on Word documents and saved pages (subprocess, temp folders): reports and photos
 * written beside them, byte-identical and untouched on a second run; a hand-edited report
 * keeps its photos unless --force; one bad document in a folder → one line naming it, exit 1,
 * nothing written.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.ts';
import { portalPage, wordArticle } from './documents/make-fixtures.ts';

vi.setConfig({ testTimeout: 60_000 });

const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/ingest/cli.ts');
const temp = mkdtempSync(join(tmpdir(), 'ingest-documents-cli-'));
const sources = join(temp, 'sources');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

beforeAll(async () => {
  await wordArticle(sources);
  await portalPage(sources);
});

function run(...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INGEST_CACHE_DIR: join(temp, 'cache') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** Every file under `dir` (recursively) → its bytes as base64, and its mtime. */
function tree(dir: string): Record<string, { bytes: string; mtime: number }> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[relative(dir, p)] = { bytes: readFileSync(p).toString('base64'), mtime: statSync(p).mtimeMs };
  }
  return out;
}

describe('ingesting a folder of a Word document and a saved page', () => {
  const out = join(temp, 'out');
  it('writes both reports and their photos, then nothing on a second run', () => {
    const first = run('--out', out, sources);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('article.docx → ');
    expect(first.stdout).toContain('照片 3 张 → photos/2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong/');
    expect(first.stdout).toContain('（图标或过小的图片）：[图片 300×80] page_files/logo.png');
    // Every removal reason of the summary in Chinese (issue 23: a saved page's printed navigation 377, page footer 4).
    const reasons = [...first.stdout.matchAll(/第 \d+ 行（([^）]*)）/g), ...first.stdout.matchAll(/删除 \d+ 行：([^\n]*)/g)].flatMap((m) => m[1]!.split('，'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((r) => /[A-Za-z]{3,}/.test(r))).toEqual([]);
    expect(first.stdout).toContain('照片：写入 4，未变化 0');
    const files = Object.keys(tree(out)).sort();
    expect(files).toEqual([
      '2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong.md',
      '2024-05-17-qing-he-xiao-xue-ju-ban-di-wu-jie-xiao-yuan-ke-ji-jie.md',
      'photos/2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong/01.jpg',
      'photos/2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong/02.jpg',
      'photos/2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong/03.png',
      'photos/2024-05-17-qing-he-xiao-xue-ju-ban-di-wu-jie-xiao-yuan-ke-ji-jie/01.jpg',
    ]);
    expect(readFileSync(join(out, files[1]!), 'utf8')).toContain('image: "./photos/2024-05-17-qing-he-xiao-xue-ju-ban-di-wu-jie-xiao-yuan-ke-ji-jie/01.jpg"');
    expect(readFileSync(join(out, files[5]!))).toEqual(readFileSync(join(sources, 'page_files/rocket.jpg')));

    const before = tree(out);
    const second = run('--out', out, sources);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('写入 0，未变化 2');
    expect(second.stdout).toContain('照片：写入 0，未变化 4');
    expect(tree(out)).toEqual(before);

    // Another folder, another run: the same bytes.
    const elsewhere = join(temp, 'elsewhere');
    expect(run('--out', elsewhere, sources).code).toBe(0);
    expect(Object.fromEntries(Object.entries(tree(elsewhere)).map(([k, v]) => [k, v.bytes]))).toEqual(Object.fromEntries(Object.entries(before).map(([k, v]) => [k, v.bytes])));
  });

  it('leaves a hand-edited report and its photos alone without --force', () => {
    const report = join(out, '2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong.md');
    const photo = join(out, 'photos/2023-hong-feng-zhong-xue-kai-zhan-zou-jin-qiu-shou-lao-dong-shi-jian-zhou-huo-dong/01.jpg');
    writeFileSync(report, readFileSync(report, 'utf8').replace('田间课堂', '田间课堂（编辑改）'));
    writeFileSync(photo, 'staff replaced this photo');
    const skipped = run('--out', out, join(sources, 'article.docx'));
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('已被手工修改');
    expect(readFileSync(photo, 'utf8')).toBe('staff replaced this photo');
    const forced = run('--force', '--out', out, join(sources, 'article.docx'));
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(report, 'utf8')).not.toContain('编辑改');
    expect(readFileSync(photo, 'utf8')).not.toBe('staff replaced this photo');
  });
});

describe('bad documents', () => {
  it.each([
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), '旧版 Word'],
    ['broken.docx', Buffer.from('PK\u0003\u0004 this zip ends here'), '不是有效的 Word 文档'],
    ['menu.html', Buffer.from('<html><body><nav><a href="/">首页</a><a href="/x">新闻</a></nav></body></html>'), '没有找到正文'],
  ])('%s: one line naming it, exit 1, nothing written', (name, bytes, words) => {
    const dir = join(temp, `bad-${name}`);
    mkdirSync(dir);
    writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'good.docx'), readFileSync(join(sources, 'article.docx')));
    const out = join(temp, `out-bad-${name}`);
    mkdirSync(out);
    const r = run('--out', out, dir);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^错误：${join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${words}`));
    expect(lines).toHaveLength(2);
    expect(readdirSync(out)).toEqual([]);
  });
});
