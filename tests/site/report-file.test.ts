/** Reading a report file: a front-matter mistake names the file, the line, the field, what was expected and what was found. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReportFile } from '../../src/lib/report-file.ts';

const GOOD = readFileSync(path.join(import.meta.dirname, '../fixtures/site-reports/2021-06-11-du-dao-zhen-gong-fu-ce-shi.md'), 'utf8');

function problems(raw: string): string[] {
  const r = readReportFile('content/reports/x.md', raw);
  return r.ok ? [] : r.problems;
}

describe('readReportFile', () => {
  test('a valid fixture reads', () => {
    const r = readReportFile('x.md', GOOD);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.title).toBe('亮出督导真功夫 智慧教育竞芬芳');
  });

  test('a bad date names file, line, field, expected and found', () => {
    const raw = GOOD.replace('date: "2021-06-11"', 'date: "2021/06/11"');
    const line = raw.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    expect(problems(raw)).toEqual([
      `content/reports/x.md:${line}: field "date": expected "YYYY-MM-DD", "YYYY-MM" or "YYYY", found "2021/06/11"`,
    ]);
  });

  test('a nested field of the wrong type', () => {
    const raw = GOOD.replace(/sha256: [0-9a-f]{64}/, 'sha256: 12345');
    const [p] = problems(raw);
    expect(p).toMatch(/^content\/reports\/x\.md:\d+: field "source\.sha256": expected string, found 12345$/);
  });

  test('a missing required field', () => {
    const raw = GOOD.replace(/^dateStated: false\n/m, '');
    expect(problems(raw)).toEqual([expect.stringMatching(/field "dateStated": expected boolean, found nothing \(the field is missing\)$/)]);
  });

  test('a bad enum value inside a list names its index', () => {
    const raw = GOOD.replace('category: 其他', 'category: 奖项');
    expect(problems(raw)[0]).toMatch(/field "facts\[0\]\.category": expected one of "教师", .*"其他", found "奖项"$/);
  });

  test('no front matter, or broken YAML, is one clear line', () => {
    expect(problems('# 标题\n正文')).toEqual(['content/reports/x.md:1: expected YAML front matter between "---" lines at the top of the file, found none']);
    expect(problems('---\ntitle: [unclosed\n---\n正文')[0]).toMatch(/^content\/reports\/x\.md:\d+: front matter is not valid YAML: /);
  });
});
