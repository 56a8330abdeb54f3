/**
 * Word documents and saved web pages (issue 11), in process: each fixture gives the expected
 * --json fields (tests/fixtures/documents/expected), its figures point at photos of its own,
 * every line of the document is accounted for, and the --json shape is the text source's.
 * A `.txt` that is really HTML is read as HTML; bad files are refused with one line naming them.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { ingestPath, ingestSource, type IngestResult } from '../../src/ingest/ingest.ts';
import { IngestInputError } from '../../src/ingest/state.ts';
import { SOURCES } from './helpers.ts';
import { DOC_FIXTURES, jsonLdPage, portalPage, wordArticle } from './documents/make-fixtures.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));
vi.setConfig({ testTimeout: 30_000 });

const temp = mkdtempSync(join(tmpdir(), 'ingest-documents-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const results: Record<string, IngestResult> = {};
const paths: Record<string, string> = {};

beforeAll(async () => {
  paths['portal-page'] = await portalPage(join(temp, 'portal'));
  paths['json-ld-page'] = await jsonLdPage(join(temp, 'jsonld'));
  paths['word-article'] = await wordArticle(join(temp, 'word'));
  for (const [name, path] of Object.entries(paths)) results[name] = await ingestPath(path);
});

const expected = (name: string) => JSON.parse(readFileSync(join(DOC_FIXTURES, 'expected', `${name}.json`), 'utf8')) as Record<string, unknown>;

describe.each(['word-article', 'portal-page', 'json-ld-page'])('%s', (name) => {
  it('gives the expected --json fields', () => {
    const json = results[name]!.json as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected(name))) expect({ [key]: json[key] }).toEqual({ [key]: value });
  });

  it('has the --json shape of a text source', () => {
    const text = ingestSource('000.txt', readFileSync(join(SOURCES, '000_2164ace071901f5d.txt'))).json;
    expect(Object.keys(results[name]!.json)).toEqual(Object.keys(text));
  });

  it('accounts for every line: body, heading, caption, image, byline, headline or a recorded removal', () => {
    const s = results[name]!.state;
    for (const l of s.lines) {
      if (l.text === '') continue;
      const where = `line ${l.no} “${l.raw}”`;
      expect(l.role, where).not.toBeNull();
      if (l.role === 'body') expect(s.paragraphs.some((p) => p.includes(l.text)), where).toBe(true);
      if (l.role === 'caption') expect(s.figures.some((f) => f.caption && l.text.startsWith(f.caption)), where).toBe(true);
      if (l.role === 'image') expect(s.figureImages.some((f) => f.image === l.hint?.image) || s.figures.length > 0, where).toBe(true);
      if (l.role === 'removed') expect(s.removed, where).toContainEqual({ text: l.raw, reason: l.reason!, line: l.no });
    }
  });

  it('gives each figure a photo of its own report, stored once', async () => {
    const { state, fileName } = results[name]!;
    const slug = fileName.replace(/\.md$/, '');
    expect(state.photos.length).toBe(new Set(state.figures.map((f) => f.image)).size);
    for (const f of state.figures) expect(f.image).toMatch(new RegExp(`^\\./photos/${slug}/\\d{2}\\.(jpg|png)$`));
    for (const p of state.photos) {
      const meta = await sharp(p.bytes).metadata();
      expect(meta.width).toBeGreaterThanOrEqual(900);
    }
  });
});

describe('Word: a correspondent article with three photos', () => {
  it('takes the caption under each photo, its credit, and skips the icon and the repeated photo', () => {
    const s = results['word-article']!.state;
    expect(s.figures.map((f) => f.caption)).toEqual(['学生在稻田里学习割稻', '图为同学们分拣刚收获的红薯', '劳动成果展示会上，学生介绍自己种植的蔬菜']);
    expect(s.figures[0]!.credit).toBe('（宋清 摄）');
    expect(s.photos.map((p) => p.path.split('/').pop())).toEqual(['01.jpg', '02.jpg', '03.png']);
    expect(s.removed.map((r) => r.reason)).toEqual(['image too small to be a photo', 'duplicate image']);
  });

  it('keeps tables as text and footnotes, and reads the title style and a bold line as headings', () => {
    const s = results['word-article']!.state;
    expect(s.title).toBe('红枫中学开展“走进秋收”劳动实践周活动');
    expect(s.sections.map((x) => x.heading)).toEqual(['田间课堂', '校园里的丰收节']);
    expect(s.paragraphs).toContain('初一 280人 12小时');
    expect(s.paragraphs).toContain('注1：劳动时长按学校劳动教育记录卡统计。');
    expect(s.body).toMatch(/::: figure fig-1\n学生在稻田里学习割稻\n:::/);
  });
});

describe('saved portal page', () => {
  it('keeps scripts, styles, forms and hidden text out, and records navigation, share bar, related list, footer and logo', () => {
    const s = results['portal-page']!.state;
    for (const word of ['访问统计脚本', 'float', '站内搜索', '隐藏的文字', '分享到', '相关新闻', '版权所有', '首页']) expect(s.body).not.toContain(word);
    const reasons = new Set(s.removed.map((r) => r.reason));
    for (const r of ['navigation', 'breadcrumb', 'article info', 'share bar', 'related news', 'page footer', 'image too small to be a photo', 'non-raster image', 'image outside the page folder', 'editor credit']) {
      expect(reasons, r).toContain(r);
    }
    expect(s.removed.find((r) => r.text.includes('logo.png'))?.reason).toBe('image too small to be a photo');
    expect(s.removed.filter((r) => r.reason === 'image outside the page folder').map((r) => r.text)).toEqual(['[图片] http://stats.example.com/count.gif', '[图片] ../shared/outside.jpg']);
  });

  it('copies the article photo as it is (no re-encoding)', () => {
    const s = results['portal-page']!.state;
    expect(Buffer.compare(Buffer.from(s.photos[0]!.bytes), readFileSync(join(temp, 'portal/page_files/rocket.jpg')))).toBe(0);
  });

  it('warns about and skips an image that cannot be decoded', async () => {
    const dir = join(temp, 'broken');
    const page = await portalPage(dir);
    writeFileSync(join(dir, 'page_files/rocket.jpg'), 'not a jpeg at all');
    const s = (await ingestPath(page)).state;
    // The caption stays, as a figure without a photo (as for a text source).
    expect(s.figures.map((f) => [f.caption, f.image])).toEqual([['学生们在操场上放飞自制的水火箭', null]]);
    expect(s.removed.find((r) => r.text.includes('rocket.jpg'))?.reason).toBe('image cannot be decoded');
    expect(s.warnings.join('\n')).toContain('page_files/rocket.jpg 无法解码');
  });
});

describe('page with JSON-LD', () => {
  it('takes date, author and publisher from the NewsArticle', () => {
    const s = results['json-ld-page']!.state;
    expect(s.dateEvidence).toEqual(['JSON-LD datePublished: 2023-11-08T09:15:00+08:00']);
    expect(s.authors).toEqual(['郑安然']);
    expect(s.publisher).toBe('示例晚报');
  });

  it('reads a .txt that is really HTML as HTML (its image folder is then saved_files/, so news_files/ is outside)', async () => {
    const dir = join(temp, 'as-txt');
    const path = await jsonLdPage(dir, 'saved.txt');
    const r = await ingestPath(path);
    expect(r.state.document?.format).toBe('html');
    const { figures, removed, ...rest } = r.json;
    const { figures: htmlFigures, removed: htmlRemoved, ...htmlRest } = results['json-ld-page']!.json;
    expect(rest).toEqual(htmlRest);
    expect(figures.map((f) => [f.caption, f.image])).toEqual([[htmlFigures[0]!.caption, null]]);
    expect(removed).toEqual([...htmlRemoved.slice(0, 2), { text: '[图片] news_files/lab.jpg', reason: 'image outside the page folder' }, ...htmlRemoved.slice(2)]);
  });
});

describe('bad documents: one line naming the file', () => {
  const refuse = async (name: string, bytes: Uint8Array | string) => {
    const path = join(temp, name);
    writeFileSync(path, bytes);
    const e = await ingestPath(path).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IngestInputError);
    const message = (e as Error).message;
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).not.toContain('\n');
    return message;
  };
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

  it('an old .doc', async () => expect(await refuse('old.doc', ole)).toContain('旧版 Word'));
  it('an encrypted .docx', async () => expect(await refuse('locked.docx', Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]))).toContain('密码'));
  it('a corrupt .docx', async () => {
    const good = readFileSync(paths['word-article']!);
    expect(await refuse('cut.docx', good.subarray(0, 2000))).toContain('不是有效的 Word 文档');
  });
  it('a .docx that is not one at all', async () => expect(await refuse('fake.docx', '这不是 Word 文档')).toContain('不是有效的 Word 文档'));
  it('an HTML page with no article text', async () => {
    const html = '<html><head><title>首页</title><script>var a = "很长的脚本文字，不是正文。很长的脚本文字，不是正文。很长的脚本文字。";</script></head><body><ul class="nav"><li><a href="/">首页</a></li><li><a href="/b">新闻</a></li></ul></body></html>';
    expect(await refuse('empty.html', html)).toContain('没有找到正文');
  });
  it('a saved page whose copy is a .txt keeps the text rules for plain text', () => {
    copyFileSync(join(SOURCES, '004_4d22831c33528974.txt'), join(temp, 'plain.txt'));
    expect(ingestSource('plain.txt', readFileSync(join(temp, 'plain.txt'))).state.document).toBeNull();
  });
});
