/** The drafts rule and the build's list of drafts, without a build. */
import { expect, test } from 'vitest';
import { draftsMessage, isDraft } from '../../src/lib/drafts.ts';

test('only `draft: true` holds a report back', () => {
  expect(isDraft({ draft: true })).toBe(true);
  expect(isDraft({ draft: false })).toBe(false);
  expect(isDraft({})).toBe(false);
  // Raw front matter a tool reads without the schema (which refuses a string there).
  expect(isDraft({ draft: 'true' })).toBe(false);
});

test('the list: a count line, then each file with its reasons joined into one sentence; nothing when there is no draft', () => {
  expect(draftsMessage([])).toBe('');
  expect(
    draftsMessage([
      { file: 'content/reports/a.md', reasons: ['未找到标题。', '未找到日期。'] },
      { file: 'content/reports/b.md', reasons: [] },
    ]),
  ).toBe('2 篇草稿未发布：\ncontent/reports/a.md — 未找到标题；未找到日期\ncontent/reports/b.md — 未注明原因');
});
