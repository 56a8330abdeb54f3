/**
 * Turns a zod error on a report's front matter into one line per problem:
 * `content/reports/x.md:7: field "date": expected "YYYY-MM-DD", "YYYY-MM" or "YYYY", found "2024/9/1"`.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { factCorrectionSchema, reportSchema } from '../schema/report.ts';

function show(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function expected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `only the keys ${CORRECTION_KEYS.join(', ')}`;
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `text matching ${issue.pattern ?? issue.format}` : issue.message.replace(/^expected /, '');
    case 'too_small':
      return issue.origin === 'string' ? 'a non-empty text' : issue.message;
    default:
      return issue.message.replace(/^Invalid input: /, '').replace(/^expected /, '');
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(front matter)';
}

/** Keys a fact correction may have, for "did you mean" on a misspelt one. */
const CORRECTION_KEYS = Object.keys(factCorrectionSchema.shape);

/** ` (did you mean "hidden"?)` when a known name is close to `key`, else ''. */
export function didYouMean(key: string, known: readonly string[]): string {
  const best = closest(key, [...known]);
  return best && distance(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/**
 * Warnings, not errors, for what the schema lets through but staff most likely did not mean:
 * a field the schema does not know (`titel:` — named with the closest known field), a date
 * far in the future (it would become the newest report).
 */
export function frontMatterWarnings(file: string, data: Record<string, unknown>, lineOf: (path: readonly PropertyKey[]) => number, today = new Date()): string[] {
  const known = Object.keys(reportSchema.shape);
  const out: string[] = [];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) out.push(`${file}:${lineOf([key])}: field "${key}" is not a report field and is ignored${didYouMean(key, known)}.`);
  }
  const date = typeof data.date === 'string' ? Date.parse(data.date.length === 4 ? `${data.date}-01-01` : data.date.length === 7 ? `${data.date}-01` : data.date) : NaN;
  if (date > today.getTime() + FUTURE_DATE_MARGIN_MS) out.push(`${file}:${lineOf(['date'])}: field "date": ${String(data.date)} is more than a year ahead; it will be listed as the newest report. Check the year.`);
  return out;
}

/** A date this far ahead of today is almost surely a typo. */
const FUTURE_DATE_MARGIN_MS = 366 * 24 * 3600 * 1000;

/**
 * Characters no report text should hold: bidi controls can make a title read backwards
 * (U+202A–U+202E, U+2066–U+2069), and a lone surrogate is not text at all. One line each, with the field.
 */
export function textProblems(file: string, data: unknown, lineOf: (path: readonly PropertyKey[]) => number): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') {
      const bidi = /[\u202A-\u202E\u2066-\u2069]/.exec(v);
      if (bidi) out.push(`${file}:${lineOf(path)}: field "${fieldPath(path)}": expected text without bidi-control characters, found U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}. Delete it.`);
      else if (!v.isWellFormed()) out.push(`${file}:${lineOf(path)}: field "${fieldPath(path)}": expected text, found a lone surrogate (a broken character). Retype the text.`);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(data, []);
  return out;
}

export function formatSchemaIssues(
  file: string,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number,
): string[] {
  return error.issues.map((issue) => {
    const found =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => `unknown key "${k}"${didYouMean(k, CORRECTION_KEYS)}`).join(', ')
        : 'input' in issue
          ? show(issue.input)
          : 'another value';
    return `${file}:${lineOf(issue.path)}: field "${fieldPath(issue.path)}": expected ${expected(issue)}, found ${found}`;
  });
}
