/** The pure parts of the search index: segmentation on both sides, page text preparation, fact records. */
import { describe, expect, test } from 'vitest';
import { segmentQuery, segmentText, unsegment } from '../../public/search/segment.js';
import { htmlForIndex } from '../../src/search/html-for-index.ts';
import { factClause, factRecords, factUrl } from '../../src/search/fact-records.ts';
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

test('the title is kept as written for display, beside the cut text', () => {
  const out = htmlForIndex('<header><h1 data-pagefind-meta="title">亮出督导真功夫 智慧教育"竞"芬芳</h1></header><article data-pagefind-body><p id="p-1">正文</p></article>');
  expect(out).toContain('data-pagefind-meta="shown_title:亮出督导真功夫 智慧教育&quot;竞&quot;芬芳"');
  // The h1's own text is still cut into words for the index.
  expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(out)?.[1]?.split(' ').length).toBeGreaterThan(2);
});

test('the report date becomes searchable words inside the indexed region', () => {
  const out = htmlForIndex('<main><article data-pagefind-body><span data-pagefind-meta="date:2024-09-01"></span><p id="p-1">正文</p></article></main>');
  const body = /data-pagefind-body>(.*)<\/article>/.exec(out)?.[1] ?? '';
  expect(body.replace(/<[^>]+>| /g, '')).toContain('2024年9月1日');
});

describe('fact records', () => {
  const report = reportSchema.parse({
    title: '校园安全大检查', date: '2023-03-08', datePrecision: 'day', dateStated: true, topics: ['校园安全'],
    source: { file: 'x.txt', sha256: 'a'.repeat(64) },
    facts: [
      { text: '137处', value: 137, unit: '处', qualifier: null, subject: '整改隐患', inBox: false, sentence: '排查整改隐患137处，确保师生平安。', anchor: 'p-1' },
      { text: '60余人次', value: 60, unit: '人次', qualifier: '余', subject: '检查人员', inBox: false, sentence: '共出动检查人员60余人次。', anchor: 'p-2' },
    ],
    factCorrections: [{ anchor: 'p-2', text: '60余人次', hidden: true }, { anchor: 'p-1', text: '137处', subject: '隐患' }],
  });
  const records = factRecords('2023-03-08-an-quan', report);
  test('hidden facts are left out and corrections apply', () => {
    expect(records.map((r) => r.meta.text)).toEqual(['137处']);
    expect(records[0]?.meta.subject).toBe('隐患');
  });
  test('a record points at its paragraph and highlights its number', () => {
    expect(records[0]?.url).toBe(factUrl('2023-03-08-an-quan', report.facts[0]!));
    expect(decodeURIComponent(records[0]?.url ?? '')).toBe('/reports/2023-03-08-an-quan/#p-1:~:text=排查整改隐患-,137处');
  });
  test('filters and sort: 类型 数据, the year and the topics', () => {
    expect(records[0]?.filters).toEqual({ 类型: ['数据'], 年份: ['2023'], 专题: ['校园安全'] });
    expect(records[0]?.sort).toEqual({ date: '2023-03-08' });
  });
});

describe('fact record content', () => {
  test('the subject and the clause holding the number, not the whole sentence', () => {
    const fact = { text: '12项', subject: '世界机器人大赛一等奖', sentence: '8月中旬，比赛落幕。重庆高新区代表队共获一等奖12项、二等奖8项，获奖数量创历史新高。' };
    expect(factClause(fact)).toBe('世界机器人大赛一等奖：重庆高新区代表队共获一等奖12项、二等奖8项，');
  });
  test('a fact whose text is not in its sentence keeps the sentence', () => {
    expect(factClause({ text: '9名', subject: '教师', sentence: '九名教师获奖。' })).toBe('九名教师获奖。');
    expect(factClause({ text: '9名', subject: '教师', sentence: '' })).toBe('教师 9名');
  });
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
