/**
 * Issue 21, ingest: inputs are bounded (src/schema/limits.ts) and files are opened only inside
 * their folders. A Word zip bomb (and a zip whose directory understates a part, too many parts,
 * too much in total) is one line naming the file and the limit, nothing written; a paragraph
 * over the limit likewise; a saved page's `_files/` links to a photo elsewhere and to
 * /etc/passwd are skipped as outside the page folder and never copied; an ingest killed while
 * writing a large report leaves no partial report, and the next run finishes it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readReportFile } from '../../src/lib/report-file.ts';
import { writeZip, type ZipPart } from '../ingest/documents/zip-writer.ts';
import { checkDocxLimits } from '../../src/ingest/formats/zip-directory.ts';
import { wordArticle } from '../ingest/documents/make-fixtures.ts';
import { photo, ROOT } from './site-build.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'untrusted-bounds-'));
process.env.INGEST_CACHE_DIR = path.join(temp, 'cache');
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const { runIngest } = await import('../../src/ingest/run-ingest.ts');

let n = 0;
async function ingest(source: string, ...flags: string[]) {
  const out = path.join(temp, `out-${++n}`);
  mkdirSync(out);
  const err: string[] = [];
  const code = await runIngest(['--quiet', '--out', out, ...flags, source], { out: () => {}, err: (t) => err.push(t), tty: false });
  return { code, err: err.join(''), out, written: readdirSync(out, { recursive: true }).map(String) };
}

type Part = ZipPart;

const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
/** A Word document's text part holding `text` in one paragraph. */
const documentXml = (text: string) => Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
const docx = (file: string, parts: Part[]) => {
  writeFileSync(file, writeZip([{ name: '[Content_Types].xml', data: Buffer.from(TYPES) }, ...parts], 'deflate'));
  return file;
};

describe('a Word document is bounded before it is inflated', () => {
  test('a zip bomb (a 40 MB text part in a few dozen KB) is one line naming the file and the limit; nothing written', async () => {
    const file = docx(path.join(temp, 'bomb.docx'), [{ name: 'word/document.xml', data: documentXml('A'.repeat(40 * 1024 * 1024)) }]);
    expect(statSync(file).size).toBeLessThan(200 * 1024);
    const r = await ingest(file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bomb\.docx: Word 文档其中 word\/document\.xml 解压后有 40(\.0)? MB（上限 16 MB，DOCX_LIMITS\.maxXmlPartBytes）/);
    expect(r.err, 'the file is named once').toMatch(/^[^\n]*bomb\.docx[^\n]*$(?![\s\S]*bomb\.docx)/m);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(r.written).toEqual([]);
  });

  test('a directory that states less than a part holds is refused, having inflated no more than it stated', async () => {
    const file = docx(path.join(temp, 'liar.docx'), [{ name: 'word/document.xml', data: documentXml('学生参加活动。'.repeat(200_000)), stated: 4096 }]);
    const r = await ingest(file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/liar\.docx: Word 文档压缩包目录说 word\/document\.xml 解压后有 4 KB，实际更多（目录不实，可能是压缩炸弹）/);
    expect(r.written).toEqual([]);
  });

  test('parts adding up past 120 MB are refused by the total', async () => {
    const media = Array.from({ length: 13 }, (_, i) => ({ name: `word/media/image${i}.png`, data: Buffer.alloc(10 * 1024 * 1024) }));
    const file = docx(path.join(temp, 'heavy.docx'), [{ name: 'word/document.xml', data: documentXml('正文。') }, ...media]);
    const r = await ingest(file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/heavy\.docx: Word 文档解压后超过 120 MB（DOCX_LIMITS\.maxUnpackedBytes）/);
  });

  test('more than 2000 parts are refused by the count', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `customXml/item${i}.bin`, data: Buffer.from('x') }));
    const r = await ingest(docx(path.join(temp, 'many.docx'), many));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/many\.docx: Word 文档含 2002 个部件（上限 2000，DOCX_LIMITS\.maxParts）/);
  });

  test('a real Word article passes the checks and is ingested', async () => {
    const file = await wordArticle(temp, 'real.docx');
    expect(() => checkDocxLimits(readFileSync(file))).not.toThrow();
    const r = await ingest(file);
    expect(r.code, r.err).toBe(0);
    expect(r.written.some((f) => f.endsWith('.md'))).toBe(true);
  });
});

describe('a paragraph over the limit', () => {
  test('a text source with a 30,000-character paragraph is one line naming the file and the limit', async () => {
    const file = path.join(temp, 'long.txt');
    writeFileSync(file, `高新区学校开展科技节活动\n\n2024年5月20日，高新区举办科技节。\n\n${'学生参加活动。'.repeat(4300)}\n`);
    const r = await ingest(file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/long\.txt: 有一段 3\d{4} 字（一段上限 20000 字，REPORT_LIMITS\.maxParagraphChars）/);
    expect(r.written).toEqual([]);
  });
});

describe('a saved page opens files only inside its own folder', () => {
  test('links in _files/ to a photo elsewhere and to /etc/passwd are skipped as outside the folder and never copied', async () => {
    const dir = path.join(temp, 'page');
    const files = path.join(dir, 'page_files');
    mkdirSync(files, { recursive: true });
    await photo(path.join(files, 'own.jpg'), 'jpeg', 1200, 800, '#2d6a4f');
    const elsewhere = path.join(temp, 'elsewhere.jpg');
    await photo(elsewhere, 'jpeg', 1200, 800, '#9d0208');
    symlinkSync(elsewhere, path.join(files, 'linked.jpg'));
    symlinkSync('/etc/passwd', path.join(files, 'passwd.jpg'));
    const figure = (src: string, caption: string) => `<figure><img src="page_files/${src}" width="1200" height="800"><figcaption>${caption}</figcaption></figure>`;
    writeFileSync(
      path.join(dir, 'page.html'),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>高新区学校开展科技节活动</title></head><body><article><h1>高新区学校开展科技节活动</h1><p>发布时间：2024-05-20</p>` +
        `<p>5月20日，高新区一所小学举办科技节，共有320名学生参加了活动。</p>${figure('own.jpg', '学生展示作品')}` +
        `<p>活动设置了机器人、航模等12个项目，吸引了众多家长前来观看。</p>${figure('linked.jpg', '家长观看比赛')}${figure('passwd.jpg', '现场照片')}` +
        `<p>学校表示，今后将继续开展科技教育活动。</p></article></body></html>`,
    );
    const r = await ingest(path.join(dir, 'page.html'));
    expect(r.code, r.err).toBe(0);
    const report = r.written.find((f) => f.endsWith('.md'))!;
    const photos = r.written.filter((f) => /\.jpg$/.test(f));
    expect(photos).toHaveLength(1);
    expect(readFileSync(path.join(r.out, photos[0]!))).toEqual(readFileSync(path.join(files, 'own.jpg')));
    const read = readReportFile(report, readFileSync(path.join(r.out, report), 'utf8'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const skipped = read.report.removed.filter((x) => /linked\.jpg|passwd\.jpg/.test(x.text)).map((x) => `${x.text} ${x.reason}`);
    expect(skipped).toHaveLength(2);
    for (const s of skipped) expect(s).toMatch(/image outside the page folder/);
    expect(readFileSync(path.join(r.out, report), 'utf8')).not.toMatch(/root:x:0/);
  });
});

describe('nesting', () => {
  const page = (depth: number) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>高新区学校开展科技节活动</title></head><body><article><h1>高新区学校开展科技节活动</h1><p>5月20日，高新区一所小学举办科技节，共有320名学生参加了活动。</p>${'<div>'.repeat(depth)}<p>深处的段落，共有12名学生参加。</p>${'</div>'.repeat(depth)}</article></body></html>`;

  test('a page of 100,000 nested elements is one line naming the file and the limit (it overflowed the stack)', async () => {
    writeFileSync(path.join(temp, 'deep.html'), page(100_000));
    const r = await ingest(path.join(temp, 'deep.html'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/deep\.html: 元素嵌套超过 512 层（SOURCE_LIMITS\.maxNesting）/);
    expect(r.err).not.toMatch(/内部错误|Maximum call stack/);
  });

  test('500 levels, under the limit, are read', async () => {
    writeFileSync(path.join(temp, 'nested.html'), page(500));
    const r = await ingest(path.join(temp, 'nested.html'));
    expect(r.code, r.err).toBe(0);
  });
});

describe('a sources folder is read only inside it', () => {
  test('a link to /etc/passwd and a dangling link are one line each, nothing read or written', async () => {
    const dir = path.join(temp, 'sources');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'good.txt'), readFileSync(path.join(ROOT, 'content/sources/004_4d22831c33528974.txt')));
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const r = await ingest(dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path.join(dir, 'passwd.txt')}: 是指向文件夹外（/etc/passwd）的链接，未读取`);
    expect(r.err).toContain(`${path.join(dir, 'dangling.txt')}: 是指向不存在文件的链接`);
    expect(r.err).not.toMatch(/root:x:0|^\s+at /m);
    expect(r.written).toEqual([]);
  });
});

describe('an ingest killed while writing a large report', () => {
  test('leaves no partial report; the next run removes its temp file and writes the report whole', async () => {
    const source = path.join(temp, 'large.txt');
    const paragraph = (i: number) => `第${i}段：高新区教育系统持续推进课堂改革，今年共有${100 + i}名教师参加培训，覆盖${10 + (i % 40)}所学校。`.repeat(6);
    writeFileSync(source, `高新区教育系统推进课堂改革\n\n2024年5月20日\n\n${Array.from({ length: 2500 }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`);
    const out = path.join(temp, 'killed');
    mkdirSync(out);
    // 64 KB every 200 ms: a report of ~1.4 MB takes seconds to write, long enough to be killed in the middle.
    const child = spawn(process.execPath, ['src/ingest/cli.ts', '--quiet', '--out', out, source], { cwd: ROOT, env: { ...process.env, WRITE_ATOMIC_TEST_DELAY_MS: '200' }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let partial = 0;
    for (let t = 0; t < 600 && !partial; t++) {
      await new Promise((r) => setTimeout(r, 100));
      const tmp = readdirSync(out).find((f) => f.endsWith('.tmp'));
      partial = tmp ? statSync(path.join(out, tmp)).size : 0;
    }
    expect(partial, 'the temp file never appeared').toBeGreaterThan(0);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const left = readdirSync(out);
    expect(left.filter((f) => f.endsWith('.md')), 'a partial report was left').toEqual([]);
    expect(left.filter((f) => f.endsWith('.tmp'))).toHaveLength(1);

    const err: string[] = [];
    const code = await runIngest(['--quiet', '--out', out, source], { out: () => {}, err: (t) => err.push(t), tty: false });
    expect(code, err.join('')).toBe(0);
    const after = readdirSync(out);
    expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const report = after.find((f) => f.endsWith('.md'))!;
    const text = readFileSync(path.join(out, report), 'utf8');
    expect(Buffer.byteLength(text)).toBeGreaterThan(partial);
    expect(readReportFile(report, text).ok).toBe(true);
  }, 120_000);
});
