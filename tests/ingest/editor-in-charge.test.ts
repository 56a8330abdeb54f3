/**
 * Issue 23: a `责任编辑：X` line gives the report's `editor` (shown as 责任编辑, never searched)
 * when X reads as a person's name; the line stays recorded as removed either way, and a source
 * without one writes no `editor` line at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestSource } from '../../src/ingest/ingest.ts';
import { editorInCharge } from '../../src/ingest/stages/strip-portal-furniture.ts';
import { normalizeLine } from '../../src/ingest/stages/normalize-lines.ts';
import { FIXTURES } from './helpers.ts';
import { parseReportFile } from '../../src/lib/front-matter.ts';
import { reportSchema } from '../../src/schema/report.ts';

const page = (credit: string) =>
  Buffer.from(
    [
      '全区新增公办学位4000个',
      '2023-11-02 08:15:40',
      '来源：某某日报',
      '某某日报11月1日讯 记者从区教委获悉，今年全区新建和改扩建学校9所，新增公办学位4000个，有效缓解了城区入学压力。',
      '据介绍，新校舍全部按照新标准建设，配齐了功能教室和运动场地。区教委表示，明年还将再开工建设学校5所。',
      credit,
    ].join('\n'),
  );

describe('editorInCharge', () => {
  test.each([
    ['责任编辑：周明远', '周明远'],
    ['责任编辑:孙立', '孙立'],
    ['【责编：王丽】', '王丽'],
    ['責任編輯：趙六', '趙六'],
  ])('%s → %s', (line, name) => {
    expect(editorInCharge(normalizeLine(line, 1))).toBe(name);
  });

  test.each(['责任编辑：新闻中心', '责任编辑：区教委办公室', '责任编辑：张三 审核：李四', '编辑：周明远', '审核：周明远'])('%s → no editor', (line) => {
    expect(editorInCharge(normalizeLine(line, 1))).toBeNull();
  });
});

describe('ingest', () => {
  test('a 责任编辑 line: the name becomes `editor`, the line is still removed as an editor credit', () => {
    const { state, json, render } = ingestSource('editor.txt', page('责任编辑：周明远'));
    const fileText = render();
    expect(state.editor).toBe('周明远');
    expect(json.removed).toContainEqual({ text: '责任编辑：周明远', reason: 'editor credit' });
    expect(state.paragraphs.join('')).not.toContain('周明远');
    expect(state.authors).not.toContain('周明远');
    const fm = reportSchema.parse(parseReportFile('editor.md', fileText).data);
    expect(fm.editor).toBe('周明远');
    expect(fileText).toMatch(/\nauthors:[^]*\neditor: 周明远\nphotoCredit:/);
  });

  test('a department after 责任编辑: removed, no editor', () => {
    const { state, json, render } = ingestSource('editor.txt', page('责任编辑：新闻中心'));
    const fileText = render();
    expect(state.editor).toBeNull();
    expect(json.removed).toContainEqual({ text: '责任编辑：新闻中心', reason: 'editor credit' });
    expect(fileText).not.toMatch(/^editor:/m);
  });

  test('the committed fixture pages with a 责任编辑 line get their editor', () => {
    for (const [name, editor] of [
      ['portal-key-value-lines', '周明远'],
      ['news-byline-start', '赵六'],
    ] as const) {
      const { state } = ingestSource('source.txt', readFileSync(join(FIXTURES, name, 'source.txt')));
      expect(state.editor, name).toBe(editor);
    }
  });
});
