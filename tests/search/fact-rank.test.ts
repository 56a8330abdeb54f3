/**
 * The 数据 list's ranking and grouping (public/search/fact-rank.js, used by facts.js): a query
 * naming an award, a level or a counting word puts facts of that kind first, and a sentence with
 * several matching facts is one item with each number marked.
 */
import { describe, expect, test } from 'vitest';
import { AWARD, LEVEL_WORDS, groupBySentence, markNumbers, namedKinds } from '../../public/search/fact-rank.js';
import { factsOf, findFacts, queryWords } from '../../public/search/facts.js';
import { segmentQuery } from '../../public/search/segment.js';
import { CATEGORY_RULES, LEVEL_RULES } from '../../src/facts/patterns.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { reportSchema } from '../../src/schema/report.ts';
import { searchFacts } from '../../src/search/report-facts.ts';
import { encodeFacts } from '../../public/search/facts.js';
import { storedFacts } from './stored-facts.ts';

const words = (q: string) => queryWords(segmentQuery(q));

describe('the words that name a kind are the extractor\'s', () => {
  test('award words: the 荣誉与奖项 category\'s pattern', () => {
    const award = CATEGORY_RULES.find((r) => r.category === AWARD.category);
    expect(award?.pattern.source).toBe(AWARD.words.source);
  });
  test('level words: LEVEL_RULES, in the same order', () => {
    expect(LEVEL_WORDS.map((l) => [l.level, l.words.source])).toEqual(LEVEL_RULES.map((r) => [r.level, r.pattern.source]));
  });
});

describe('what a query names', () => {
  test('awards and levels as typed, though the search cuts them (市级 → 市 级)', () => {
    expect(namedKinds(words('一等奖')).award).toBe(true);
    expect(namedKinds(words('金牌')).award).toBe(true);
    expect([...namedKinds(words('国家级')).levels]).toEqual(['国家级']);
    expect([...namedKinds(words('市级')).levels]).toEqual(['市级']);
    expect([...namedKinds(words('全国 一等奖')).levels]).toEqual(['国家级']);
    expect(namedKinds(words('督学')).award).toBe(false);
    expect(namedKinds(words('督学')).levels.size).toBe(0);
  });
  test('a counting word only alone or after a number: 人次 in 120人次, not 名 in 名师 (cut 名 师)', () => {
    expect(namedKinds(words('120人次')).units.has('人次')).toBe(true);
    expect(namedKinds(words('人次')).units.has('人次')).toBe(true);
    expect(namedKinds(words('名师')).units.has('名')).toBe(false);
  });
});

/** A report record whose facts come from the real extractor, as the indexer stores them. */
function recordOf(url: string, paragraphs: string[], date = '2024-06-01') {
  const facts = extractFacts(paragraphs.map((text, i) => ({ anchor: `p-${i + 1}`, text, inBox: false })));
  const report = reportSchema.parse({ title: '测试', date, datePrecision: 'day', dateStated: true, topics: ['测试'], source: { file: 'x.txt', sha256: 'a'.repeat(64) }, facts });
  const slug = url.replace(/^\/reports\/|\/$/g, '');
  return { url, meta: { title: '测试', date, facts: encodeFacts(searchFacts(slug, report)) } };
}

describe('ranking a report\'s facts', () => {
  // One clause, three facts joined by 、: all three hold 一等奖 in their clause, two are awards.
  const mixed = recordOf('/reports/mixed/', ['学校共有教师120名、学生获市级一等奖30人次、全国一等奖5人次。']);
  test('一等奖: the awards before the teachers counted in the same clause though the report lists the teachers first', () => {
    expect(factsOf(mixed, words('学校')).map((f) => f.meta.text)).toEqual(['120名', '30人次', '5人次']);
    expect(factsOf(mixed, words('一等奖')).map((f) => f.meta.text)).toEqual(['30人次', '5人次', '120名']);
  });
  test('a level: 全国 puts the national award first, 市级 the city one', () => {
    expect(factsOf(mixed, words('全国 一等奖'))[0]?.meta.text).toBe('5人次');
    expect(factsOf(mixed, words('市级 一等奖'))[0]?.meta.text).toBe('30人次');
  });
  test('a counting word: 人次 before 名, 名 before 人次', () => {
    expect(factsOf(mixed, words('学校 人次')).map((f) => f.meta.text)).toEqual(['30人次', '5人次', '120名']);
    expect(factsOf(mixed, words('学校 名')).map((f) => f.meta.text)[0]).toBe('120名');
  });
});

describe('grouping by sentence', () => {
  const sentence = '其中全国一等奖59人次、全市一等奖120人次。';
  const url = '/reports/r/';
  const rows = [
    { at: '#p-2:~:text=59人次', text: '59人次', subject: '全国一等奖', clause: sentence, sentence, unit: '人次', category: '荣誉与奖项', level: '国家级' },
    { at: '#p-2:~:text=120人次', text: '120人次', subject: '全市一等奖', clause: sentence, sentence, unit: '人次', category: '荣誉与奖项', level: '市级' },
    // The same sentence in another paragraph is another item.
    { at: '#p-5:~:text=59人次', text: '59人次', subject: '全国一等奖', clause: sentence, sentence, unit: '人次', category: '荣誉与奖项', level: '国家级' },
  ];
  const record = { url, meta: { date: '2024', facts: storedFacts(rows) } };
  test('one item a sentence, its facts best first, each number marked once', () => {
    const groups = groupBySentence(factsOf(record, words('全市 一等奖')));
    expect(groups).toHaveLength(2);
    expect(groups[0]?.facts.map((f) => f.meta.text)).toEqual(['120人次', '59人次']);
    expect(groups[0]?.parts).toEqual([
      { text: '其中全国一等奖', num: false },
      { text: '59人次', num: true },
      { text: '、全市一等奖', num: false },
      { text: '120人次', num: true },
      { text: '。', num: false },
    ]);
    expect(groups[1]?.facts.map((f) => f.url)).toEqual([`${url}#p-5:~:text=59人次`]);
  });
  test('a number printed twice is marked in its own clause; the parts keep every character of the sentence', () => {
    const s = '去年获奖12项，今年获奖12项。';
    const parts = markNumbers(s, [{ meta: { text: '12项', clauseStart: s.indexOf('今年') } }]);
    expect(parts).toEqual([{ text: '去年获奖12项，今年获奖', num: false }, { text: '12项', num: true }, { text: '。', num: false }]);
    expect(parts.map((p) => p.text).join('')).toBe(s);
    // 74人次 is not the end of 474人次.
    const both = '全市一等奖474人次、全国一等奖74人次。';
    expect(markNumbers(both, [{ meta: { text: '74人次', clauseStart: 0 } }, { meta: { text: '474人次', clauseStart: 0 } }]).filter((p) => p.num).map((p) => p.text)).toEqual(['474人次', '74人次']);
    // Report text is never markup: the parts are plain strings the page puts in text nodes.
    expect(markNumbers('获<b>奖</b>2项', [{ meta: { text: '2项', clauseStart: 0 } }]).map((p) => p.text)).toEqual(['获<b>奖</b>', '2项']);
  });
});

describe('the 数据 list across reports', () => {
  // r0 is the search's best report but its only 一等奖 fact counts judges, not an award.
  const judges = (n: number) => ({ data: async () => ({ url: `/reports/r${n}/`, meta: { date: '2024', facts: storedFacts([{ at: '#p-1', text: '8名', subject: '评审专家', clause: '一等奖评审专家8名。', unit: '名', category: '教师' }]) } }) });
  const awards = (n: number) => ({ data: async () => ({ url: `/reports/r${n}/`, meta: { date: '2024', facts: storedFacts([{ at: '#p-1', text: '3项', subject: '一等奖', clause: '获一等奖3项。', unit: '项', category: '荣誉与奖项' }]) } }) });
  test('一等奖: an award from a later report before a non-award from an earlier one', async () => {
    const finder = findFacts([judges(0), awards(1)], segmentQuery('一等奖'));
    const groups = await finder.more(10);
    expect(groups.map((g) => g.facts[0]?.meta.text)).toEqual(['3项', '8名']);
    expect(finder.count).toBe(2);
  });
  test('a query naming no kind keeps the reports\' order', async () => {
    const finder = findFacts([judges(0), awards(1)], segmentQuery('评审专家'));
    expect((await finder.more(10)).map((g) => g.facts[0]?.url)).toEqual(['/reports/r0/#p-1']);
  });
  test('reads on for the kind named, within its budget, and shown items keep their place', async () => {
    const results = Array.from({ length: 40 }, (_, i) => (i === 25 ? awards(i) : judges(i)));
    const finder = findFacts(results, segmentQuery('一等奖'));
    // The count step: ten reports, no award among them.
    await finder.more(10, 10);
    expect(finder.read).toBe(10);
    const shown = finder.take(0, 2).map((g) => g.facts[0]?.url);
    // Asked for more: reads on until the award is found (report 25).
    const groups = await finder.more(3);
    expect(finder.read).toBe(30);
    expect(groups.slice(0, 2).map((g) => g.facts[0]?.url)).toEqual(shown);
    expect(groups[2]?.facts[0]?.url).toBe('/reports/r25/#p-1');
  });
});
