/**
 * The 成果库 and the exports: every visible fact of every report, with the report's title,
 * date and URL. Pure; the pages feed it the site's report views and the fact view the loader
 * wrote into the parts (src/lib/fact-view.ts): corrections are already applied there.
 */
import { stringify } from 'csv-stringify/sync';
import type { Fact, Report } from '../../schema/report.ts';
import { UNTITLED } from '../../consts.ts';
import { compareByDateDesc } from '../dates.ts';
import { csvCell } from '../output-escape.ts';

/** What the 成果库 needs of a report (the site's ReportView has all of it). */
export interface AchievementSource {
  slug: string;
  /** Page path, e.g. "/reports/2024-09-xxx/". */
  url: string;
  /** The date cut to its precision (`dateIso`): YYYY-MM-DD, YYYY-MM or YYYY; null when undated. */
  date: string | null;
  /** The date as the pages show it (`dateLabel`): "2024年9月10日", "2024年9月", "约2020年", "日期不详". */
  dateLabel: string;
  year: string | null;
  /** `facts`: the fact view (corrections applied, hidden ones gone), as the loader stored it. */
  data: Pick<Report, 'title' | 'topics' | 'facts'>;
}

/** One fact as the 成果库 and the exports show it: the fact's own fields (documented in the schema) and its report's. */
export interface Achievement extends Pick<Fact, 'value' | 'unit' | 'qualifier' | 'subject' | 'period' | 'level' | 'category' | 'sentence' | 'text' | 'inBox'> {
  reportTitle: string;
  /** Report date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY; '' when undated. Never padded to a day. */
  date: string;
  /**
   * The date as readers see it, with its precision and whether it was inferred: "2024年9月10日",
   * "约2020年" (a year the source does not state), "日期不详". A spreadsheet cell of "2020"
   * alone cannot say which.
   */
  dateLabel: string;
  /** Link to the paragraph: page path + "#" + anchor (absolute in the exports). */
  url: string;
  year: string | null;
  topics: string[];
  reportSlug: string;
}

export { displayNumber } from './display-number.js';

export function achievementsOf(r: AchievementSource): Achievement[] {
  return r.data.facts.map((f) => ({
    reportTitle: r.data.title ?? UNTITLED,
    date: r.date ?? '',
    dateLabel: r.dateLabel,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    subject: f.subject,
    period: f.period,
    level: f.level,
    category: f.category,
    sentence: f.sentence,
    url: f.anchor ? `${r.url}#${f.anchor}` : r.url,
    text: f.text,
    inBox: f.inBox,
    year: r.year,
    topics: r.data.topics,
    reportSlug: r.slug,
  }));
}

/** All achievements, newest report first, in document order within a report. */
export function allAchievements(reports: readonly AchievementSource[]): Achievement[] {
  return [...reports].sort(compareByDateDesc).flatMap(achievementsOf);
}

/**
 * Export columns: field → header (Chinese, for staff opening the CSV in Excel). 日期 is the date
 * as precise as known (2024-09-10, 2024-09 or 2020); 日期说明 says how it reads on the site,
 * with 约 when the source does not state it (约2020年), so neither column makes a guess exact.
 * The 成果库's filtered CSV (chengguo-client.js) writes the same columns.
 */
export const EXPORT_COLUMNS = [
  ['reportTitle', '报道标题'],
  ['date', '日期'],
  ['dateLabel', '日期说明'],
  ['value', '数值'],
  ['unit', '单位'],
  ['qualifier', '限定词'],
  ['subject', '统计对象'],
  ['period', '时段'],
  ['level', '级别'],
  ['category', '类别'],
  ['sentence', '原句'],
  ['url', '链接'],
] as const satisfies readonly (readonly [keyof Achievement, string])[];

export type ExportRow = { [K in (typeof EXPORT_COLUMNS)[number][0]]: Achievement[K] };

/** The export fields of an achievement, with the URL made absolute against `site`. */
export function exportRow(a: Achievement, site: URL | string): ExportRow {
  const row = Object.fromEntries(EXPORT_COLUMNS.map(([k]) => [k, a[k]])) as ExportRow;
  row.url = new URL(a.url, site).href;
  return row;
}

/** Export rows per piece: at 10,000 reports the exports are 100+ MB, built and written piece by piece, never as one string. */
export const EXPORT_PIECE_ROWS = 5000;

/** UTF-8 CSV with a BOM (so Excel shows the Chinese), CRLF line ends, a header row; text cells guarded against formulas (csvCell). */
export function achievementsCsv(rows: readonly Achievement[], site: URL | string): string {
  return [...achievementsCsvPieces(rows, site)].join('');
}

/** The CSV in consecutive pieces of `size` records (the first with the BOM and the header). */
export function* achievementsCsvPieces(rows: readonly Achievement[], site: URL | string, size = EXPORT_PIECE_ROWS): Generator<string> {
  const columns = EXPORT_COLUMNS.map(([, h]) => h);
  for (let i = 0; i === 0 || i < rows.length; i += size) {
    const records = rows.slice(i, i + size).map((a) => {
      const r = exportRow(a, site);
      // A subject or sentence starting with = + - @ must not run as a spreadsheet formula.
      return EXPORT_COLUMNS.map(([k]) => csvCell(r[k] ?? ''));
    });
    const body = stringify(records, { header: i === 0, columns, record_delimiter: 'windows' });
    yield i === 0 ? `\uFEFF${body}` : body;
  }
}

/** `JSON.stringify` of every export row (the /achievements.json array), in consecutive pieces of `size` rows. */
export function* achievementsJsonPieces(rows: readonly Achievement[], site: URL | string, size = EXPORT_PIECE_ROWS): Generator<string> {
  yield '[';
  for (let i = 0; i < rows.length; i += size) {
    const piece = rows.slice(i, i + size).map((a) => JSON.stringify(exportRow(a, site)));
    yield (i === 0 ? '' : ',') + piece.join(',');
  }
  yield ']';
}
