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
  const precision = precisionOf({ date, datePrecision });
  let text = `${y}年`;
  if (m && precision !== 'year') text += `${m}月`;
  if (d && precision === 'day') text += `${d}日`;
  return dateStated ? text : `约${text}`;
}

/** The precision of a date: as the front matter says, else as far as the date string goes. */
function precisionOf({ date, datePrecision }: Pick<DateFields, 'date' | 'datePrecision'>): 'day' | 'month' | 'year' {
  return datePrecision ?? (date && date.length > 7 ? 'day' : date && date.length > 4 ? 'month' : 'year');
}

const ISO_LENGTH = { day: 10, month: 7, year: 4 } as const;

/**
 * The machine-readable form for <time datetime>, JSON-LD and the exports: cut to what is known
 * ("2024-09-10", "2024-09", "2020": ISO 8601's reduced precision), so a year-only date never
 * reads as 1 January.
 */
export function dateIso(fields: Pick<DateFields, 'date' | 'datePrecision'>): string | null {
  return fields.date ? fields.date.slice(0, ISO_LENGTH[precisionOf(fields)]) : null;
}

/**
 * The date for machine fields that have no way to say "约" (JSON-LD datePublished, Open Graph
 * article:published_time): a stated date as precise as known; null when it was inferred, so the
 * field is left out rather than asserting a guess.
 */
export function statedDateIso(fields: DateFields): string | null {
  return fields.dateStated ? dateIso(fields) : null;
}

/**
 * A Date for RSS pubDate, only when the source states the day. RFC 822 dates have no month- or
 * year-only form and no "about": 2020 would become "01 Jan 2020", which reads as exact. RSS 2.0
 * makes pubDate optional, so such an item goes without one.
 */
export function feedDate(fields: DateFields): Date | undefined {
  if (!fields.date || fields.date.length !== 10 || !fields.dateStated || precisionOf(fields) !== 'day') return undefined;
  const [y, m, d] = fields.date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d));
}

/** Year of the report, or null when undated. */
export function reportYear({ date }: Pick<Report, 'date'>): string | null {
  return date ? date.slice(0, 4) : null;
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
