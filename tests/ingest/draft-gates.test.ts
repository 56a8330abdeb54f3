/**
 * The publish gates added for pages the ingest has never met: each holds a report whose field
 * stands on weak evidence, and lets the ordinary shape through. Views written in our own words.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_REASONS, type DraftView } from '../../src/ingest/patterns.ts';

const view = (over: Partial<DraftView>): DraftView => ({
  lines: [],
  statedTitles: [],
  title: '东岭小学举行春季运动会',
  date: '2024-04-12',
  dateStated: true,
  doubtfulNames: [],
  paragraphs: ['4月11日，东岭小学举行春季运动会。', '全校学生参加了比赛。'],
  factBoxes: [],
  ...over,
});
const held = (name: string, v: DraftView) => DRAFT_REASONS.find((r) => r.name === name)!.test(v);

describe('unit-title', () => {
  it('holds a headline that is only a school or an office', () => {
    expect(held('unit-title', view({ title: '某某区长椿街幼儿园' }))).toBe(true);
    expect(held('unit-title', view({ title: '重庆高新区西苑中学' }))).toBe(true);
    expect(held('unit-title', view({ title: '某某区教育局' }))).toBe(true);
  });
  it('lets a headline about a school through', () => {
    expect(held('unit-title', view({}))).toBe(false);
    expect(held('unit-title', view({ title: '走进东岭小学' }))).toBe(false);
    expect(held('unit-title', view({ title: '区中小学田径运动会成功举办' }))).toBe(false);
    expect(held('unit-title', view({ title: '流动图书车开进山区小学' }))).toBe(false);
  });
});

describe('unread-byline', () => {
  it('holds a credit line left in the body', () => {
    expect(held('unread-byline', view({ paragraphs: ['文|《某某周刊》记者甲乙、丙丁 编辑戊己', '正文第一句。'] }))).toBe(true);
  });
  it('lets an interview question and ordinary text through', () => {
    expect(held('unread-byline', view({ paragraphs: ['记者：你们是怎样安排课后服务的？', '校长：我们开设了二十门课程。'] }))).toBe(false);
    expect(held('unread-byline', view({}))).toBe(false);
  });
});

describe('unread-date', () => {
  const lines = (...folds: [string, string | null][]) => folds.map(([fold, role]) => ({ fold, role }));
  it('holds an inferred date while the head prints a full one the ingest did not read', () => {
    const v = view({ date: '2023', dateStated: false, lines: lines(['校园快讯 ※ 2023.10.18 ※ 第3期', 'body'], ['新城中学运动会日前举行。', 'body']) });
    expect(held('unread-date', v)).toBe(true);
  });
  it('lets a stated date, or a full date inside the article text, through', () => {
    expect(held('unread-date', view({ lines: lines(['校园快讯 ※ 2023.10.18', 'body']) }))).toBe(false);
    const inText = view({ date: '2023', dateStated: false, lines: lines(['新城中学运动会日前举行。', 'body'], ['2023年10月18日 晴', 'body']) });
    expect(held('unread-date', inText)).toBe(false);
  });
});
