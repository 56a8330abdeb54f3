/**
 * Turns a zod error on a report's front matter into one line per problem:
 * `content/reports/x.md:7: field "date": expected "YYYY-MM-DD", "YYYY-MM" or "YYYY", found "2024/9/1"`.
 */
import type { z } from 'zod';

function show(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function expected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
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

export function formatSchemaIssues(
  file: string,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number,
): string[] {
  return error.issues.map((issue) => {
    const found = 'input' in issue ? show(issue.input) : 'another value';
    return `${file}:${lineOf(issue.path)}: field "${fieldPath(issue.path)}": expected ${expected(issue)}, found ${found}`;
  });
}
