/** The pure parts of the search index: segmentation on both sides, page text preparation, facts on their report's record and how the search page matches them. */
import { describe, expect, test } from 'vitest';
import { segmentQuery, segmentText, unsegment } from '../../public/search/segment.js';
import { excerptHtml } from '../../public/search/render.js';
import { htmlForIndex } from '../../src/search/html-for-index.ts';
import { factClause, factUrl, searchFacts } from '../../src/search/report-facts.ts';
import { DATE_WORD, decodeFacts, factsOf, findFacts, queryWords, wordsTogether } from '../../public/search/facts.js';
import { storedFacts } from './stored-facts.ts';
import { reportSchema } from '../../src/schema/report.ts';

describe('segmentation', () => {
  test('a query is cut into the same words as the same text in a page', () => {
    const page = segmentText('重庆高新区代表队参加世界机器人大赛总决赛').split(' ').filter(Boolean);
    for (const w of segmentQuery('世界机器人大赛').split(' ')) expect(page).toContain(w);
  });
  test('numbers and Latin text keep their form and are split from Chinese', () => {
    expect(segmentQuery('满意度达97.3%')).toMatch(/ 97\.3% ?$|97\.3%/);
    expect(segmentQuery('2024年 AI')).toMatch(/^2024 年 AI$/);
  });
  test('display text loses the spaces the cut added, also around highlights', () => {
    expect(unsegment('重庆 <mark>高新</mark> 区 ， 获 一等 奖 12 项')).toBe('重庆<mark>高新</mark>区，获一等奖12项');
  });
});

describe('page HTML for the index', () => {
  test('text is cut, attributes and scripts are not', () => {
    const html = '<h1 data-pagefind-meta="title:世界机器人大赛">世界机器人大赛</h1><script type="application/ld+json">{"a":"教育督导"}</script><p id="p-1">教育督导</p>';
    const out = htmlForIndex(html);
    expect(out).toContain('data-pagefind-meta="title:世界机器人大赛"');
    expect(out).toContain('{"a":"教育督导"}');
    const para = /<p id="p-1">([^<]*)<\/p>/.exec(out)?.[1] ?? '';
    expect(para.trim().split(' ').length).toBeGreaterThan(1);
    expect(para.replace(/ /g, '')).toBe('教育督导');
  });
});

test('only what Pagefind indexes is cut: the body outside ignored parts, and metadata text anywhere', () => {
  const out = htmlForIndex('<header><nav>教育督导专题</nav><h1 data-pagefind-meta="title">智慧教育</h1></header><article data-pagefind-body><p id="p-1">教育督导</p><div data-pagefind-ignore><p>相关报道推荐</p><img src="a.jpg"><br/></div><p id="p-2">智慧课堂</p></article><footer>重庆高新区</footer>');
  expect(out).toContain('<nav>教育督导专题</nav>');
  expect(out).toContain('<p>相关报道推荐</p>');
  expect(out).toContain('<footer>重庆高新区</footer>');
  for (const id of ['p-1', 'p-2']) expect(new RegExp(`<p id="${id}">([^<]*)</p>`).exec(out)?.[1]?.trim().split(' ').length).toBeGreaterThan(1);
  expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(out)?.[1]?.trim().split(' ').length).toBeGreaterThan(1);
});

test('the title is kept as written for display, beside the cut text', () => {
  const out = htmlForIndex('<header><h1 data-pagefind-meta="title">亮出督导真功夫 智慧教育"竞"芬芳</h1></header><article data-pagefind-body><p id="p-1">正文</p></article>');
  expect(out).toContain('data-pagefind-meta="shown_title:亮出督导真功夫 智慧教育&quot;竞&quot;芬芳"');
  // The h1's own text is still cut into words for the index.
  expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(out)?.[1]?.split(' ').length).toBeGreaterThan(2);
});

test('the report\'s year is the first word Pagefind indexes (DATE_WORD)', () => {
  const out = htmlForIndex('<main><article data-pagefind-body><span data-pagefind-meta="date:2024-09-01"></span><h1 data-pagefind-meta="title">智慧教育</h1><p id="p-1">正文</p></article></main>');
  const text = out.slice(out.indexOf('data-pagefind-body')).replace(/<[^>]*>/g, ' ').replace(/^[^\s]*\s+/, '').trim();
  expect(text.split(/\s+/)[DATE_WORD]).toBe('2024');
});

test('the report date becomes searchable words inside the indexed region', () => {
  const out = htmlForIndex('<main><article data-pagefind-body><span data-pagefind-meta="date:2024-09-01"></span><p id="p-1">正文</p></article></main>');
  const body = /data-pagefind-body>(.*)<\/article>/.exec(out)?.[1] ?? '';
  expect(body.replace(/<[^>]+>| /g, '')).toContain('2024年9月1日');
});

describe('facts on their report\'s record', () => {
  const report = reportSchema.parse({
    title: '校园安全大检查', date: '2023-03-08', datePrecision: 'day', dateStated: true, topics: ['校园安全'],
    source: { file: 'x.txt', sha256: 'a'.repeat(64) },
    facts: [
      { text: '137处', value: 137, unit: '处', qualifier: null, subject: '整改隐患', inBox: false, sentence: '排查整改隐患137处，确保师生平安。', anchor: 'p-1' },
      { text: '60余人次', value: 60, unit: '人次', qualifier: '余', subject: '检查人员', inBox: false, sentence: '共出动检查人员60余人次。', anchor: 'p-2' },
      { text: '3所', value: 3, unit: '所', qualifier: null, subject: '示范校', inBox: false, sentence: '另评出示范校3所，名单另行公布。', anchor: 'p-3' },
    ],
    factCorrections: [{ anchor: 'p-2', text: '60余人次', hidden: true }, { anchor: 'p-1', text: '137处', subject: '安全隐患' }],
  });
  const slug = '2023-03-08-an-quan';
  const facts = searchFacts(slug, report);
  test('hidden facts are left out and corrections apply', () => {
    expect(facts.map((f) => f.text)).toEqual(['137处', '3所']);
    expect(facts[0]?.subject).toBe('安全隐患');
  });
  test('a fact points at its paragraph and highlights its number', () => {
    expect(`/reports/${slug}/${facts[0]?.at}`).toBe(factUrl(slug, report.facts[0]!));
    expect(decodeURIComponent(facts[0]?.at ?? '')).toBe('#p-1:~:text=排查整改隐患-,137处');
  });

  const html = '<main><article data-pagefind-body><span data-pagefind-meta="date:2023-03-08"></span><h1 data-pagefind-meta="title">校园安全大检查</h1><p id="p-1">排查整改隐患137处，确保师生平安。</p><p id="p-3">另评出示范校3所，名单另行公布。</p></article></main>';
  const indexed = htmlForIndex(html, facts);
  test('the index copy carries the facts as metadata, stored as written and not indexed as text', () => {
    const meta = /<div hidden data-pagefind-ignore data-pagefind-meta="facts">([^<]*)<\/div>/.exec(indexed)?.[1] ?? '';
    expect(decodeFacts(meta.replace(/&amp;/g, '&'))).toEqual(facts.map((f) => ({ ...f, clauseStart: f.sentence.indexOf(f.clause) })));
    // Each sentence is stored once, however many facts it holds.
    expect(facts[0]).toMatchObject({ sentence: '排查整改隐患137处，确保师生平安。', clause: '排查整改隐患137处，', unit: '处', category: '其他', level: '' });
  });
  test('a subject the page does not hold becomes low-weight text, one the page holds does not', () => {
    const extra = /<p data-pagefind-weight="0.5">([^<]*)<\/p>/.exec(indexed)?.[1]?.replace(/ /g, '') ?? '';
    expect(extra).toContain('安全隐患');
    expect(extra).not.toContain('示范校');
  });

  // A report result as Pagefind returns it, with the facts metadata the index copy gave it.
  const result = (meta: string, date = '2023-03-08') => ({ url: `/reports/${slug}/`, meta: { title: '校园 安全 大 检查', shown_title: '校园安全大检查', date, facts: meta } });
  const stored = /data-pagefind-meta="facts">([^<]*)</.exec(indexed)?.[1]?.replace(/&amp;/g, '&') ?? '';
  test('a fact matches when every query word begins one of its words, its subject\'s or its date\'s', () => {
    const texts = (q: string) => factsOf(result(stored), queryWords(segmentQuery(q))).map((f) => f.meta.text);
    expect(texts('隐患')).toEqual(['137处']);
    expect(texts('安全隐患')).toEqual(['137处']);
    expect(texts('示范校 2023')).toEqual(['3所']);
    expect(texts('示范校 2024')).toEqual([]);
    expect(texts('评出')).toEqual(['3所']);
    // The sentence's next clause is not the fact's.
    expect(texts('名单')).toEqual([]);
    // Both words are in the report, not in one fact.
    expect(texts('隐患 示范校')).toEqual([]);
  });
  test('a matching fact links to its paragraph, names its report as written and carries its sentence', () => {
    const [f] = factsOf(result(stored), queryWords(segmentQuery('隐患')));
    expect(f?.url).toBe(factUrl(slug, report.facts[0]!));
    expect(f?.meta).toMatchObject({ text: '137处', subject: '安全隐患', report: '校园安全大检查', report_url: `/reports/${slug}/`, date: '2023-03-08', sentence: '排查整改隐患137处，确保师生平安。', clauseStart: 0 });
  });
  test('of two facts in one clause, the one whose number the query names comes first', () => {
    const sentence = '其中全国一等奖59人次、全市一等奖120人次。';
    const meta = storedFacts([
      { at: '#p-1:~:text=59', text: '59人次', subject: '全国一等奖', clause: sentence, sentence, unit: '人次', category: '荣誉与奖项', level: '国家级' },
      { at: '#p-1:~:text=120', text: '120人次', subject: '全市一等奖', clause: sentence, sentence, unit: '人次', category: '荣誉与奖项', level: '市级' },
    ]);
    expect(factsOf(result(meta), queryWords(segmentQuery('120人次'))).map((f) => f.meta.text)).toEqual(['120人次', '59人次']);
    expect(factsOf(result(meta), queryWords(segmentQuery('一等奖'))).map((f) => f.meta.text)).toEqual(['59人次', '120人次']);
    // A level the query names: 全市 is 市级.
    expect(factsOf(result(meta), queryWords(segmentQuery('全市 一等奖'))).map((f) => f.meta.text)).toEqual(['120人次', '59人次']);
  });
  test('metadata that is not a list of facts gives none', () => {
    expect(decodeFacts('not json')).toEqual([]);
    expect(decodeFacts('{"a":1}')).toEqual([]);
    expect(decodeFacts('{"s":["句子"],"f":[[1]]}')).toEqual([]);
    // The earlier one-row-a-fact form is not read (the index is rebuilt when this code changes).
    expect(factsOf(result(JSON.stringify([['#p-1', '2项', '奖项', '获奖2项']])), ['奖'])).toEqual([]);
  });
  test('for a several-word query, reports holding the words together are read first, the others after', async () => {
    const one = (n: number, words: number[]) => ({ words, data: async () => ({ url: `/reports/r${n}/`, meta: { date: '2024', facts: storedFacts([{ at: '#p-1', text: '120人次', subject: '参训教师', clause: `参训教师${n}达120人次`, unit: '人次' }]) } }) });
    // Ranked 0, 1, 2; only report 2 has 120 and 人次 side by side.
    const finder = findFacts([one(0, [3, 90]), one(1, [5, 70]), one(2, [40, 41])], segmentQuery('120人次'));
    expect((await finder.more(3)).map((g) => g.facts[0]?.url)).toEqual(['/reports/r2/#p-1', '/reports/r0/#p-1', '/reports/r1/#p-1']);
    expect(wordsTogether([40, 41], 2)).toBe(true);
    expect(wordsTogether([3, 90], 2)).toBe(false);
    expect(wordsTogether([3], 1)).toBe(true);
    // Word 0 is the report's year: "满意度 2024" in a 2024 report.
    expect(wordsTogether([0, 90], 2)).toBe(true);
    expect(wordsTogether([0], 2)).toBe(false);
  });

  test('facts are found report by report, reading only as many reports as needed', async () => {
    let reads = 0;
    const one = (n: number) => ({ data: async () => { reads++; return { url: `/reports/r${n}/`, meta: { date: '2024', facts: storedFacts(n % 2 ? [{ at: '#p-1', text: `${n}名`, subject: '教师', clause: `教师${n}名`, unit: '名', category: '教师' }] : []) } }; } });
    const finder = findFacts(Array.from({ length: 40 }, (_, i) => one(i)), segmentQuery('教师'));
    expect((await finder.more(3)).map((g) => g.facts[0]?.meta.text)).toEqual(['1名', '3名', '5名', '7名', '9名']);
    expect(reads).toBe(10);
    expect(finder.done).toBe(false);
    // A budget of reports per call: 5 more reports read at most.
    await finder.more(100, 5);
    expect(finder.read).toBe(15);
    await finder.more(100);
    expect(finder.done).toBe(true);
    expect(finder.found.length).toBe(20);
  });
});

describe('fact clauses', () => {
  test('the clause holding the number, not the whole sentence', () => {
    const fact = { text: '12项', sentence: '8月中旬，比赛落幕。重庆高新区代表队共获一等奖12项、二等奖8项，获奖数量创历史新高。' };
    expect(factClause(fact)).toBe('重庆高新区代表队共获一等奖12项、二等奖8项，');
  });
  test('a fact whose text is not in its sentence keeps the sentence, or its number', () => {
    expect(factClause({ text: '9名', sentence: '九名教师获奖。' })).toBe('九名教师获奖。');
    expect(factClause({ text: '9名', sentence: '' })).toBe('9名');
  });
});

test('a title, a byline and the first sentence stay apart in excerpts: a separator dot after a block that ends no sentence', () => {
  const page = '<article data-pagefind-body><h1 data-pagefind-meta="title">教学大赛评选结束</h1><div class="byline"><p><span data-pagefind-ignore>来源：</span><span data-pagefind-weight="0.5">测试教育新闻</span></p></div><p id="p-1">本届大赛评出一等奖42名。</p><p id="p-2">下一段。</p></article>';
  const out = htmlForIndex(page);
  const body = out.slice(out.indexOf('data-pagefind-body'));
  const shown = unsegment(body.replace(/<span data-pagefind-ignore>[^<]*<\/span>/g, '').replace(/<[^>]*>/g, ' ').replace(/^[^\s]*\s+/, '')).trim();
  expect(shown.replace(/\s+/g, '')).toBe('教学大赛评选结束·测试教育新闻·本届大赛评出一等奖42名。下一段。');
  // As the search page shows an excerpt: a block not indexed between two (the date line) leaves one dot.
  expect(excerptHtml('评选 结束  ·  ·  测试 教育 新闻  ·  本届 <mark>大赛</mark>')).toBe('评选结束·测试教育新闻·本届<mark>大赛</mark>');
  expect(excerptHtml(' ·  本届 大赛')).toBe('本届大赛');
  // The heading's own text (the title metadata) is unchanged.
  expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(out)?.[1]?.replace(/ /g, '')).toBe('教学大赛评选结束');
});

test('a space the author wrote between Chinese words survives the index as a mark; indentation does not', () => {
  const out = htmlForIndex('<article data-pagefind-body><h2 id="s-1">集聚强劲动力源 练出精专督学尖兵</h2>\n  <p id="p-1">获奖 271人次</p></article>');
  // Still separate words for the index, with the author's space between them.
  expect(out).toMatch(/集聚 强劲 动力 源 +\u200b +练出/);
  expect(out).toMatch(/获奖 +\u200b +271 /);
  expect(out).not.toContain('\n\u200b');
  // What the search page shows: the segmenter's spaces gone, the author's back.
  expect(unsegment('集聚 强劲 动力 源 \u200b 练出 精专 督学 尖兵')).toBe('集聚强劲动力源 练出精专督学尖兵');
  expect(unsegment('获奖 \u200b 271 人次')).toBe('获奖 271人次');
  expect(unsegment('<mark>动力 源</mark> \u200b 练出')).toBe('<mark>动力源</mark> 练出');
});
