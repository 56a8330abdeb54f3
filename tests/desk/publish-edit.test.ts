/**
 * The desk's publish edit: exactly the draft lines go, every other byte stays; anything it
 * cannot prove safe is refused with the lines to delete by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { publishEdit } from '../../src/desk/publish-edit.ts';
import { readReportFile } from '../../src/lib/report-file.ts';

const DRAFT = readFileSync(path.resolve(import.meta.dirname, '../fixtures/drafts/2023-05-20-yin-xing-po-tian-wen-guan-ce-zhou.md'), 'utf8');
const DRAFT_LINES = ['draft: true', 'draftReasons:', '  - 未找到原文中写明的发表日期。', '  - 署名“某某”可能是图片说明的一部分，需要核对。'];

/** The file with the given 1-based lines left out. */
const withoutLines = (text: string, lines: number[]) =>
  text
    .split('\n')
    .filter((_, i) => !lines.includes(i + 1))
    .join('\n');

describe('publishEdit', () => {
  test('deletes the draft lines and nothing else', () => {
    const edit = publishEdit('x.md', DRAFT);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    const all = DRAFT.split('\n');
    expect(edit.lines.map((l) => all[l - 1])).toEqual(DRAFT_LINES);
    expect(edit.text).toBe(withoutLines(DRAFT, edit.lines));
    const read = readReportFile('x.md', edit.text);
    expect(read.ok && read.report.draft).toBe(false);
  });

  test('keeps comments and staff corrections elsewhere, CRLF files too', () => {
    const text = DRAFT.replace('title: ', '# 标题已核对\ntitle: ').replace('draft: true\n', 'factCorrections:\n  - anchor: p-1\n    text: 8317台\n    hidden: true\n# 以下待删\ndraft: true\n').replace(/\n/g, '\r\n');
    const edit = publishEdit('x.md', text);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.text).toContain('# 标题已核对\r\ntitle: ');
    expect(edit.text).toContain('# 以下待删\r\n');
    expect(edit.text).toContain('    hidden: true\r\n');
    expect(edit.text).not.toMatch(/^draft/m);
    expect(edit.text).toBe(text.replace(`${DRAFT_LINES.join('\r\n')}\r\n`, ''));
  });

  test('refuses a comment on the lines it would delete, and names them', () => {
    const edit = publishEdit('x.md', DRAFT.replace('draft: true\n', 'draft: true # 等王老师确认\n'));
    expect(edit).toMatchObject({ ok: false, lines: [26, 27, 28, 29] });
    expect(!edit.ok && edit.why).toContain('注释');
  });

  test('refuses fields that share a line with another field', () => {
    const flow = '---\n{title: 标题, draft: true, source: {file: a.txt, sha256: "' + 'a'.repeat(64) + '"}, dateStated: false, date: null, datePrecision: null}\n---\n正文。\n';
    expect(publishEdit('x.md', flow).ok).toBe(false);
  });

  test('refuses a report that is not a draft', () => {
    expect(publishEdit('x.md', DRAFT.replace('draft: true', 'draft: false'))).toMatchObject({ ok: false });
    expect(publishEdit('x.md', 'no front matter')).toMatchObject({ ok: false });
  });

  test('a draft without draftReasons loses only its draft line, wherever it stands', () => {
    const text = DRAFT.replace(/draft: true\ndraftReasons:\n(  - .*\n)+/, '').replace('kicker: null\n', 'kicker: null\ndraft: true\n');
    const edit = publishEdit('x.md', text);
    expect(edit).toMatchObject({ ok: true, lines: [5] });
    expect(edit.ok && edit.text).toBe(text.replace('draft: true\n', ''));
  });
});
