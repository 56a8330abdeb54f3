/**
 * What a hand edit can slip into a report's front matter and the schema alone would let
 * through: an impossible date, a misspelt correction key, a bidi-control or a broken
 * character in a text, a misspelt field name, a date years ahead, an id that is no id.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReportFile } from '../../src/lib/report-file.ts';

const GOOD = readFileSync(path.join(import.meta.dirname, '../fixtures/site-reports/2021-06-11-du-dao-zhen-gong-fu-ce-shi.md'), 'utf8');
const lineOf = (raw: string, start: string) => raw.split('\n').findIndex((l) => l.startsWith(start)) + 1;

function read(raw: string) {
  return readReportFile('content/reports/x.md', raw);
}
function problems(raw: string): string[] {
  const r = read(raw);
  return r.ok ? [] : r.problems;
}

describe('front-matter hygiene', () => {
  test('a date that is not on the calendar is an error', () => {
    const raw = GOOD.replace('date: "2021-06-11"', 'date: "2021-02-30"');
    expect(problems(raw)).toEqual([expect.stringMatching(new RegExp(`^content/reports/x\\.md:${lineOf(raw, 'date:')}: field "date": expected a date that exists on the calendar.*found "2021-02-30"$`))]);
    expect(problems(GOOD.replace('date: "2021-06-11"', 'date: "2024-02-29"'))).toEqual([]);
    expect(problems(GOOD.replace('date: "2021-06-11"', 'date: "2021-13"'))).toHaveLength(1);
  });

  test('a misspelt correction key is an error naming the key it resembles', () => {
    const raw = GOOD.replace(/^factCorrections: \[\]$/m, 'factCorrections:\n  - anchor: p-1\n    text: 3所\n    hiden: true');
    expect(raw).not.toBe(GOOD);
    expect(problems(raw)).toEqual([expect.stringMatching(/field "factCorrections\[0\]": expected only the keys anchor, text, hidden.*found unknown key "hiden" \(did you mean "hidden"\?\)$/)]);
  });

  test('bidi controls and lone surrogates in any text are errors with the field', () => {
    const bidi = GOOD.replace(/^title: (.*)$/m, 'title: "\\u202Eabc"');
    expect(problems(bidi)).toEqual([`content/reports/x.md:${lineOf(bidi, 'title:')}: field "title": expected text without bidi-control characters, found U+202E. Delete it.`]);
    const surrogate = GOOD.replace(/^title: (.*)$/m, 'title: "abc\\uD800"');
    expect(problems(surrogate)).toEqual([expect.stringMatching(/field "title": expected text, found a lone surrogate/)]);
  });

  test('an unknown field and a date years ahead are warnings, not errors', () => {
    const raw = GOOD.replace(/^title: /m, 'titel: x\ntitle: ').replace('date: "2021-06-11"', 'date: "2099-01-01"');
    const r = read(raw);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toEqual([
        `content/reports/x.md:${lineOf(raw, 'titel:')}: field "titel" is not a report field and is ignored (did you mean "title"?).`,
        expect.stringMatching(/field "date": 2099-01-01 is more than a year ahead/),
      ]);
    }
    const good = read(GOOD);
    expect(good.ok && good.warnings).toEqual([]);
  });

  test('a figure id must be an id', () => {
    const raw = GOOD.replace(/^  - id: fig-1$/m, '  - id: "x\\" onload=\\"y"');
    expect(raw).not.toBe(GOOD);
    expect(problems(raw)).toEqual([expect.stringMatching(/field "figures\[0\]\.id": expected an id of lower-case letters/)]);
  });
});

describe('topics', () => {
  test('a topic name with markup is refused', () => {
    const raw = GOOD.replace(/^topics:\n/m, 'topics:\n  - "<img src=x onerror=alert(1)>"\n');
    expect(raw).not.toBe(GOOD);
    expect(problems(raw)).toEqual([expect.stringMatching(/field "topics\[0\]": expected a topic name of 1–40 characters without/)]);
  });
});
