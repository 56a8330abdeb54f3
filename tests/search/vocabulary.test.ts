import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import cbor from 'cbor';
import { close, createIndex } from 'pagefind';
import { htmlForIndex } from '../../src/search/html-for-index.ts';
import { INDEX_LANGUAGE } from '../../src/search/build-shard.ts';
import { ShardVocabulary } from '../../src/search/vocabulary.ts';
import { writeFirstIndex } from '../../src/search/first-index-build.ts';
import { VOCABULARY_CHARS, VOCABULARY_LEAD } from '../../public/search/first-index.js';
import { serveFirstIndex } from './first-index-fetch.ts';
import { segmentQuery } from '../../public/search/segment.js';
import type { SearchFact } from '../../src/search/report-facts.ts';

/** A report page as the report layout marks it for Pagefind, in our own words. */
function page(title: string, body: string, extra = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>首页 栏目导航</nav>
<article data-pagefind-body><p class="kicker" data-pagefind-meta="kicker">校园动态</p><h1 data-pagefind-meta="title" data-pagefind-weight="10">${title}</h1>
<span data-pagefind-meta="date:2024-05-06"></span><span data-pagefind-filter="年份:2024"></span>${extra}
${body}<div data-pagefind-ignore><p>相关报道：不入索引的链接文字</p></div></article></body></html>`;
}

const FACT: SearchFact = { at: '#p-1:~:text=共,12所', text: '12所', subject: '参赛学校', clause: '全区共有12所学校参赛', sentence: '本届联赛规模空前，全区共有12所学校参赛。', level: '区级', category: '规模与数量', unit: '所' };

/** Pages whose words Pagefind cuts in several ways: punctuation inside a word, an entity, digits, an image description, a metadata value. */
const PAGES = [
  page('星辰小学举办科技节', '<p>科技节上，同学们展示了自制的水火箭、机器人和天文望远镜。</p><p>活动共吸引家长&amp;学生三百余人。</p><figure><img src="a.webp" alt="学生调试航模飞机"><figcaption>图为学生在调试作品</figcaption></figure>'),
  page('青禾中学“书香校园”读书月启幕', '<p>读书月期间，学校图书馆新增藏书两千册；各班开展共读活动。</p><p>校长说：阅读是终身的功课——也是最好的陪伴。</p>', '<span data-pagefind-meta="image:/images/读书月海报.webp"></span>'),
  page('区校园足球联赛收官', '<p>经过三周角逐，联赛落下帷幕。全区共有12所学校参赛。</p>'),
];

/** Every word of a Pagefind index folder (its index chunks: `pagefind_dcd` and CBOR). */
function indexWords(dir: string): string[] {
  const words: string[] = [];
  for (const f of readdirSync(join(dir, 'index'))) {
    const raw = gunzipSync(readFileSync(join(dir, 'index', f)));
    const chunk = cbor.decodeFirstSync(raw.subarray('pagefind_dcd'.length)) as [[string, ...unknown[]][]];
    for (const entry of chunk[0]) words.push(entry[0]);
  }
  return words;
}

describe('the vocabulary of a shard', () => {
  it('lists the Han start of each word, of its letters joined and of each run between other characters, cut to VOCABULARY_CHARS, without words another one begins', () => {
    const v = new ShardVocabulary();
    // 学校 begins 学校图书(馆); 天地，玄黄 is 天地玄黄 and 玄黄 to Pagefind; A级景区 and 2024年 begin with no Han character.
    v.addText(' 学校 学校图书馆 天地，玄黄 A级景区 2024年 ');
    expect(v.list()).toEqual(['天地玄黄', '学校图书', '玄黄'].sort());
  });

  it('decodes entities as Pagefind reads them', () => {
    const v = new ShardVocabulary();
    v.addText('家长&amp;学生 &#x822A;&#x5929;');
    expect(v.list()).toEqual(['学生', '家长学生', '航天'].sort());
  });

  describe('against Pagefind itself', () => {
    let dir: string;
    const vocabulary = new ShardVocabulary();
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'vocabulary-'));
      const { index } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
      for (const [i, html] of PAGES.entries()) {
        const res = await index!.addHTMLFile({ url: `/reports/r${i}/`, content: htmlForIndex(html, i === 2 ? [FACT] : [], vocabulary) });
        expect(res.errors).toEqual([]);
      }
      expect((await index!.writeFiles({ outputPath: dir })).errors).toEqual([]);
      await close();
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('covers every word Pagefind indexed that a Han query word can begin (text, title, metadata, image description, facts)', () => {
      const words = indexWords(dir);
      // The metadata and the facts record are words too (Pagefind 1.6 searches metadata).
      expect(words.some((w) => w.includes('读书月海报'))).toBe(true);
      expect(words.some((w) => w.startsWith('学生调试航模飞机'))).toBe(true);
      const listed = vocabulary.list();
      const missed = words
        .map((w) => VOCABULARY_LEAD.exec(w)?.[0]?.slice(0, VOCABULARY_CHARS))
        .filter((lead): lead is string => !!lead && !listed.some((l) => l.startsWith(lead)));
      expect(missed).toEqual([]);
    });

    it('leaves out the text Pagefind does not index', () => {
      const listed = vocabulary.list();
      expect(listed.some((l) => l.startsWith('栏目'))).toBe(false);
      expect(listed.some((l) => l.startsWith('相关'))).toBe(false);
    });
  });
});

describe('a search asks the vocabulary which shards can match', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vocabulary-files-'));
    const a = new ShardVocabulary();
    a.addText(' 足球 联赛 收官 学校 ');
    const b = new ShardVocabulary();
    b.addText(' 读书月 图书馆 学校 马克思主义 ');
    const c = new ShardVocabulary();
    c.addText(' 科技节 航模 ');
    const shards = [{ key: '2023-H1', words: a.list() }, { key: '2023-H2', words: b.list() }, { key: '2024-H1', words: c.list() }];
    await writeFirstIndex(dir, { entries: [], shards, filters: { 年份: { 2023: 2, 2024: 1 } } }, 'stamp');
    serveFirstIndex(dir);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.resetModules());

  const shardsFor = async (q: string) => (await import('../../public/search/first-pass.js')).shardsFor(segmentQuery(q));

  it('names the shards holding every query word, a word as the start of a longer one too', async () => {
    expect(await shardsFor('足球')).toEqual(['2023-H1']);
    expect(await shardsFor('学校')).toEqual(['2023-H1', '2023-H2']);
    expect(await shardsFor('学校 读书')).toEqual(['2023-H2']);
    expect(await shardsFor('航')).toEqual(['2024-H1']);
  });

  it('says no shard when a query word begins no word of the index', async () => {
    expect(await shardsFor('航天员')).toEqual([]);
    expect(await shardsFor('足球 图书馆')).toEqual([]);
  });

  it('decides nothing for words it does not list: digits, Latin letters, words longer than it keeps', async () => {
    expect(await shardsFor('2024')).toBeNull();
    expect(await shardsFor('robot')).toBeNull();
    // A query word of five characters (as a segmented term).
    const fp = await import('../../public/search/first-pass.js');
    expect(await fp.shardsFor('读书月活动')).toBeNull();
  });

  it('gives the archive\'s filter counts without Pagefind', async () => {
    const fp = await import('../../public/search/first-pass.js');
    expect(await fp.archiveFilters()).toEqual({ 年份: { 2023: 2, 2024: 1 } });
  });
});
