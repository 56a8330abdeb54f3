/**
 * The 成果库 split by year: one page and one compact JSON per year, so at 10,000 reports
 * (~150,000 facts, ~12,000 a year) a page loads one year's data, never all of it.
 */
import type { Achievement } from './achievements.ts';
import { UNDATED } from '../../consts.ts';
import { compareYearsDesc } from '../dates.ts';
import { factLevelSchema, factCategorySchema } from '../../schema/report.ts';

/** Rows the year page renders into its HTML (the script shows the rest after filtering). */
export const SERVER_ROWS = 50;
/** Rows the script renders per "显示更多". */
export const CLIENT_PAGE_ROWS = 100;

export const LEVELS = factLevelSchema.options;
export const CATEGORIES = factCategorySchema.options;

export const chengguoPath = (year?: string) => (year ? `/chengguo/${year}/` : '/chengguo/');

/** Achievements grouped by year, newest year first, undated last. */
export function byYear(rows: readonly Achievement[]): Map<string, Achievement[]> {
  const years = new Map<string, Achievement[]>();
  for (const a of rows) {
    const y = a.year ?? UNDATED;
    (years.get(y) ?? years.set(y, []).get(y)!).push(a);
  }
  return new Map([...years].sort(([a], [b]) => compareYearsDesc(a, b)));
}

/** Count per level (and '未标注') for the overview. */
export function levelCounts(rows: readonly Achievement[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries([...LEVELS, '未标注'].map((l) => [l, 0]));
  for (const a of rows) out[a.level ?? '未标注']!++;
  return out;
}

/**
 * The per-year JSON the filter script reads. Reports are listed once and facts point at
 * them by index. The sentence is in: the text filter searches it (staff look for words of the
 * fact, not only its subject) and the filtered CSV carries it.
 */
export interface YearPayload {
  year: string;
  /** [title, date (as precise as known), page path, topics, date as shown (约2020年)] */
  reports: [string, string, string, string[], string][];
  /** [report index, value, unit, text, qualifier, subject, period, level, category, anchor, sentence] */
  facts: [number, number, string, string, string | null, string, string | null, string | null, string, string, string][];
}

export function yearPayload(year: string, rows: readonly Achievement[]): YearPayload {
  const index = new Map<string, number>();
  const reports: YearPayload['reports'] = [];
  const facts: YearPayload['facts'] = rows.map((a) => {
    let r = index.get(a.reportSlug);
    if (r === undefined) {
      r = reports.push([a.reportTitle, a.date, a.url.split('#')[0]!, a.topics, a.dateLabel]) - 1;
      index.set(a.reportSlug, r);
    }
    const anchor = a.url.includes('#') ? a.url.slice(a.url.indexOf('#') + 1) : '';
    return [r, a.value, a.unit, a.text, a.qualifier, a.subject, a.period, a.level, a.category, anchor, a.sentence];
  });
  return { year, reports, facts };
}

/** Distinct values, in the order given by `order` when there is one, else by frequency. */
export function options(rows: readonly Achievement[], pick: (a: Achievement) => string | string[] | null, order?: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const a of rows) for (const v of [pick(a)].flat()) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (order) return order.filter((v) => counts.has(v));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([v]) => v);
}
