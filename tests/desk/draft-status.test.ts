/**
 * The desk's reading of draft reasons: every reason ingest can write is either re-tested on the
 * file or left to a person, and a retestable one turns "fixed" exactly when the file is fixed.
 */
import { describe, expect, test } from 'vitest';
import { JUDGEMENT, RETESTABLE, bodyParagraphs, isReady, reasonStatuses } from '../../src/desk/draft-status.ts';
import { DRAFT_REASONS, MIRROR_PINYIN_REASON, type DraftView } from '../../src/ingest/patterns.ts';
import { DOCUMENT_DRAFT_REASONS } from '../../src/ingest/patterns-document.ts';
import { reportSchema } from '../../src/schema/report.ts';

/** A state that trips every rule at once, so each rule's sentence can be produced. */
const BAD: DraftView = {
  lines: [{ cuts: [{ reason: MIRROR_PINYIN_REASON }] }],
  statedTitles: ['页面写明的另一个标题'],
  title: '通知公告',
  date: null,
  doubtfulNames: ['举报'],
  paragraphs: ['关注我们', '学校举办了运动会，同学们积极参加。'],
  factBoxes: [{ items: [{ text: '' }] }],
};

describe('draft reasons', () => {
  test('every rule ingest has is either re-tested or left to a person', () => {
    const names = DRAFT_REASONS.map((r) => r.name);
    expect([...Object.keys(RETESTABLE), ...JUDGEMENT].filter((n) => n !== 'unmarked-headline').sort()).toEqual([...names].sort());
  });

  test("each retestable rule's sentence is recognised as that rule and no other", () => {
    for (const rule of DRAFT_REASONS) {
      const sentence = rule.reason(BAD);
      const matched = Object.keys(RETESTABLE).filter((n) => RETESTABLE[n]!.test(sentence));
      expect(matched, rule.name).toEqual(rule.name in RETESTABLE ? [rule.name] : []);
    }
    expect(Object.keys(RETESTABLE).filter((n) => RETESTABLE[n]!.test(DOCUMENT_DRAFT_REASONS.unmarkedHeadline('标题')))).toEqual([]);
  });

  const report = (fields: Record<string, unknown>) =>
    reportSchema.parse({ title: null, date: null, datePrecision: null, dateStated: false, source: { file: 'a.txt', sha256: 'a'.repeat(64) }, draft: true, ...fields });
  const noDate = DRAFT_REASONS.find((r) => r.name === 'no-date')!.reason(BAD);
  const noTitle = DRAFT_REASONS.find((r) => r.name === 'no-title')!.reason(BAD);
  const byline = DRAFT_REASONS.find((r) => r.name === 'doubtful-byline')!.reason(BAD);

  test('a reason is fixed once the file no longer has the problem', () => {
    const before = report({ title: '银杏坡小学天文观测周', draftReasons: [noDate, noTitle] });
    expect(reasonStatuses(before, '学生观测月亮。').map((s) => s.state)).toEqual(['open', 'fixed']);
    expect(isReady(reasonStatuses(before, '学生观测月亮。'))).toBe(false);
    const after = report({ title: '银杏坡小学天文观测周', date: '2023-05', datePrecision: 'month', draftReasons: [noDate, noTitle] });
    expect(isReady(reasonStatuses(after, '学生观测月亮。'))).toBe(true);
  });

  test('a reason for a person stays until staff delete it from draftReasons', () => {
    const r = report({ title: '银杏坡小学天文观测周', date: '2023-05-20', datePrecision: 'day', draftReasons: [byline] });
    expect(reasonStatuses(r, '正文。')).toEqual([{ reason: byline, state: 'check' }]);
    expect(isReady(reasonStatuses(r, '正文。'))).toBe(false);
    expect(isReady(reasonStatuses(report({ title: '银杏坡小学天文观测周', date: '2023', datePrecision: 'year', draftReasons: [] }), '正文。'))).toBe(true);
  });

  test('body paragraphs leave out headings, figures and boxes', () => {
    const body = '第一段，\n续行。\n\n## 小标题\n\n::: figure fig-1\n说明\n:::\n\n::: facts 数说\n\n### 项目\n\n内容\n\n:::\n\n最后一段。\n';
    expect(bodyParagraphs(body)).toEqual(['第一段，续行。', '最后一段。']);
  });
});
