/**
 * How a report's date reads on the page: "2024年9月10日", "2024年9月", "2024年"; an inferred
 * date (not stated by the source) is marked "约…". Pure, so the tests need no Astro.
 */
import type { Report } from '../schema/report.ts';
import { UNDATED } from '../consts.ts';

type DateFields = Pick<Report, 'date' | 'datePrecision' | 'dateStated'>;

export function dateLabel({ date, datePrecision, dateStated }: DateFields): string {
  if (!date) return '日期不详';
  const [y, m, d] = date.split('-').map(Number);
  const precision = datePrecision ?? (d ? 'day' : m ? 'month' : 'year');
  let text = `${y}年`;
  if (m && precision !== 'year') text += `${m}月`;
  if (d && precision === 'day') text += `${d}日`;
  return dateStated ? text : `约${text}`;
}

/** The machine-readable form for <time datetime> and JSON-LD (as precise as known). */
export function dateIso({ date }: Pick<Report, 'date'>): string | null {
  return date;
}

/** Year of the report, or null when undated. */
export function reportYear({ date }: Pick<Report, 'date'>): string | null {
  return date ? date.slice(0, 4) : null;
}

/** A Date for feeds and sorting; month/year precision falls on the first day. */
export function dateValue({ date }: Pick<Report, 'date'>): Date | undefined {
  if (!date) return undefined;
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

/** Year buckets (a year or UNDATED) newest first, the undated bucket last: the year archives and the 成果库. */
export function compareYearsDesc(a: string, b: string): number {
  return a === UNDATED ? (b === UNDATED ? 0 : 1) : b === UNDATED ? -1 : b.localeCompare(a);
}

/** A year bucket as the navigation names it. */
export const yearLabel = (year: string): string => (year === UNDATED ? '日期不详' : `${year}年`);

/** Newest first; undated reports last; ties by slug for a stable order. */
export function compareByDateDesc(a: { slug: string; date: string | null }, b: { slug: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.slug.localeCompare(b.slug);
}
