/**
 * find-facts hands the extractor every body paragraph (p-N) and box item (box-B-I), and the
 * facts it returns are exactly what reaches the front matter and the --json output.
 */
import matter from 'gray-matter';
import { expect, it, vi } from 'vitest';
import type { FactParagraph } from '../../src/facts/extract.ts';
import type { Fact } from '../../src/schema/report.ts';
import { ingestSeed, loadGold } from './helpers.ts';

const calls: FactParagraph[][] = [];
const sentinel: Fact = {
  text: '42个',
  value: 42,
  unit: '个',
  qualifier: null,
  subject: '测试用事实',
  inBox: true,
  period: null,
  level: null,
  category: '其他',
  sentence: '测试句子。',
  anchor: 'box-1-2',
};
vi.mock('../../src/facts/extract.ts', () => ({
  extractFacts: (paragraphs: FactParagraph[]) => {
    calls.push(paragraphs);
    return [sentinel];
  },
}));

it('passes anchored paragraphs and box items, and keeps the returned facts', () => {
  const result = ingestSeed(loadGold('seed-000'));
  const input = calls.at(-1)!;
  const body = input.filter((p) => !p.inBox);
  expect(body.map((p) => p.anchor)).toEqual(result.state.paragraphs.map((_, i) => `p-${i + 1}`));
  expect(body.map((p) => p.text)).toEqual(result.state.paragraphs);
  const box = input.filter((p) => p.inBox);
  expect(box.map((p) => p.anchor)).toEqual(['box-1-1', 'box-1-2', 'box-1-3', 'box-1-4', 'box-1-5', 'box-1-6']);
  expect(box[1]).toEqual({ anchor: 'box-1-2', text: '截至目前创建全国全市科创、体育特色学校26所。', inBox: true, label: '创建国家级特色校' });

  const fm = matter(result.render()).data as { facts: Fact[] };
  expect(fm.facts).toEqual([sentinel]);
  expect(result.json.facts).toEqual([{ text: '42个', value: 42, unit: '个', qualifier: null, subject: '测试用事实', inBox: true }]);
});
