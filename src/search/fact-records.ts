/**
 * The facts (key statistics) of the reports as Pagefind custom records: one record per fact,
 * pointing at the paragraph it comes from, so a search for 一等奖 lists the awards with their
 * numbers. Facts are read from the report files with the site's reader (src/lib/report-file.ts),
 * rather than scraped back out of the built HTML: the front matter already has value, unit,
 * subject and anchor as data, and staff corrections apply through the loader's own fact view
 * (src/lib/fact-view.ts), so the index shows what the pages show. Drafts are skipped
 * (`isDraft`, the loader's rule): the site has no page for them, so their facts must not be
 * found either.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dateWords } from './html-for-index.ts';
import type { Fact, Report } from '../schema/report.ts';
import { readReportFile } from '../lib/report-file.ts';
import { visibleFacts } from '../lib/fact-view.ts';
import { isDraft } from '../lib/drafts.ts';
import { pagefindFilter } from '../lib/output-escape.ts';
import { UNDATED_SORT, UNTITLED } from '../consts.ts';
import { shownTopics } from '../lib/topics.ts';

/** One Pagefind custom record (the shape `addCustomRecord` takes, minus the language). */
export interface FactRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The filter value that marks fact records (reports carry 报道). */
export const FACT_KIND = '数据';

/** Percent-encodes a text-fragment term ("-", "," and "&" are syntax there). */
const encodeTextTerm = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');

/**
 * `/reports/<slug>/#p-3:~:text=前文-,5万余人次`: the paragraph anchor, then a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/) that makes the browser scroll to the
 * number and highlight it, with no script on the report page; where text fragments are not
 * supported the browser still goes to #p-3. The text also keeps the URLs of two facts from
 * the same paragraph apart: Pagefind keeps one record per URL.
 */
export function factUrl(slug: string, fact: Pick<Fact, 'anchor' | 'text' | 'sentence'>): string {
  const page = `/reports/${slug}/`;
  if (!fact.anchor) return page;
  const at = fact.sentence.indexOf(fact.text);
  const before = at > 0 ? fact.sentence.slice(Math.max(0, at - 8), at).trim() : '';
  return `${page}#${fact.anchor}:~:text=${before ? `${encodeTextTerm(before)}-,` : ''}${encodeTextTerm(fact.text)}`;
}

/** Punctuation that ends a clause of a sentence. */
const CLAUSE_START = ['，', '；', '。', '：'];
const CLAUSE_END = ['，', '；', '。'];

/**
 * What a fact record indexes: its subject and the clause of its sentence that holds the number
 * ("隐患 排查整改隐患137处，"), not the whole sentence. A sentence often carries several facts,
 * and each record repeating it cost the index memory and time for words that find the other
 * facts anyway (1,000 reports, 24,500 facts: Pagefind 1.96 → 1.82 GB, 25.5 → 22.5 CPU s;
 * bench:search recall and precision unchanged). The fact's title holds the subject too.
 */
export function factClause(fact: Pick<Fact, 'sentence' | 'subject' | 'text'>): string {
  const at = fact.sentence ? fact.sentence.indexOf(fact.text) : -1;
  if (at < 0) return fact.sentence || `${fact.subject} ${fact.text}`;
  const start = Math.max(...CLAUSE_START.map((p) => fact.sentence.lastIndexOf(p, at) + 1));
  const ends = CLAUSE_END.map((p) => fact.sentence.indexOf(p, at + fact.text.length)).filter((i) => i >= 0);
  return `${fact.subject}：${fact.sentence.slice(start, ends.length ? Math.min(...ends) + 1 : undefined)}`;
}

/** The records for one report. `slug` is the file name without `.md`. */
export function factRecords(slug: string, report: Report): FactRecord[] {
  // The report as every page names it (never its file name: readers do not know those).
  const title = report.title ?? UNTITLED;
  const year = report.date?.slice(0, 4);
  const filters: Record<string, string[]> = { 类型: [FACT_KIND] };
  if (year) filters['年份'] = [year];
  // The same escaped values the report pages give (ReportLayout): a search UI may show them as HTML.
  filters['专题'] = shownTopics(report.topics).map(pagefindFilter);
  // Undated facts too: Pagefind leaves records without the key out of sorted results.
  const sort: Record<string, string> = { date: report.date ?? UNDATED_SORT };
  return visibleFacts(report).map((fact): FactRecord => {
    const label = fact.subject || fact.text;
    return {
      url: factUrl(slug, fact),
      // The date is searchable too ("2024 一等奖"); the clause alone rarely gives the year.
      content: `${factClause(fact)}${report.date ? `（${dateWords(...(report.date.split('-') as [string, string?, string?]))}）` : ''}`,
      meta: {
        title: `${label}：${fact.text}`,
        text: fact.text,
        value: String(fact.value),
        unit: fact.unit,
        subject: fact.subject,
        report: title,
        report_url: `/reports/${slug}/`,
        date: report.date ?? '',
      },
      filters,
      sort,
    };
  });
}

/**
 * The report file names (`*.md`) of `dir`, sorted; none when the folder is missing. Drafts
 * included: knowing which is one means reading it, left to readFactRecordsOf, which reads each
 * file anyway. A draft's bytes are then still part of its shard's input hash, so publishing it
 * or taking it back rebuilds that shard, and shard boundaries do not move when one is toggled.
 */
export async function reportFiles(dir: string, warn: (msg: string) => void = () => {}): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  } catch {
    warn(`${dir}: no reports directory, no facts indexed`);
    return [];
  }
}

/** The fact records of the given report files of `dir` (one index shard's reports), drafts left out. */
export async function readFactRecordsOf(dir: string, files: string[], warn: (msg: string) => void = () => {}): Promise<FactRecord[]> {
  const records: FactRecord[] = [];
  for (const file of files) {
    // The site's own reader (fast js-yaml path, same schema): the index sees what the pages see.
    const read = readReportFile(file, await readFile(join(dir, file), 'utf8'));
    if (!read.ok) {
      warn(`${file}: front matter does not match the report schema, its facts are not indexed`);
      continue;
    }
    if (isDraft(read.report)) continue;
    records.push(...factRecords(file.replace(/\.md$/, ''), read.report));
  }
  return records;
}
