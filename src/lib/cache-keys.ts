/**
 * `cacheKey`s for Astro's incremental build: a page whose key (and template code) is the same
 * as in the previous build is not rendered again. Each key covers exactly what its page shows,
 * computed from the content store alone (digests, titles, dates, fact counts), so deciding
 * to skip a page never reads the reports' parts. Pure, so the tests need no Astro.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'astro';
import { UNDATED } from '../consts.ts';
import { compareYearsDesc } from './dates.ts';

/** What the keys read of a report (the site's ReportView has all of it). */
export interface KeyedReport {
  slug: string;
  url: string;
  dateLabel: string;
  year: string | null;
  /** The loader's digest of the file, its photos and the render code: changes whenever the report does. */
  digest: string;
  data: { title: string | null; factCount: number };
}

export interface KeyedLinks {
  prev: KeyedReport | null;
  next: KeyedReport | null;
  related: KeyedReport[];
}

export const hash = (parts: readonly string[]) => createHash('sha1').update(parts.join('\u0000')).digest('base64url');

/** What a link to another report shows (URL, title, date): a change there changes the linking page. */
const linkKey = (r: KeyedReport | null) => (r ? `${r.url}\u0001${r.data.title ?? ''}\u0001${r.dateLabel}` : '-');

/** A report as the pages that list its facts see it: where it is (slug) and what it says (digest). */
const entryKey = (r: KeyedReport) => `${r.slug}\u0001${r.digest}`;

/**
 * A report page: its own entry plus what it shows of its neighbours (previous/next, related).
 * Templates are covered by Astro's own module hash.
 */
export function reportPageKey(report: KeyedReport, links: KeyedLinks): string {
  return hash([report.digest, linkKey(links.prev), linkKey(links.next), ...links.related.map(linkKey)]);
}

/**
 * A listing page: its title, its place in the pagination, the total and its cards' entries,
 * each with its slug: a card links to /reports/<slug>/, so a renamed report (same bytes) must
 * change the key of every listing that shows it.
 */
export function listPageKey(page: Pick<Page<KeyedReport>, 'data' | 'currentPage' | 'lastPage' | 'total'>, title: string): string {
  return hash([title, String(page.currentPage), String(page.lastPage), String(page.total), ...page.data.map(entryKey)]);
}

export interface AchievementKeys {
  /** Years with at least one fact and their fact counts: newest first, undated last (as byYear). */
  years: [string, number][];
  /** Year → key of its 成果库 page and data.json: the year's reports and every year's count (the year links). */
  yearKeys: Map<string, string>;
  /** Key of what shows every report's facts: the 成果库 overview, achievements.csv and .json. */
  all: string;
}

/** `reports` in the site's order (newest first): the exports list the facts in that order. */
export function achievementKeys(reports: readonly KeyedReport[]): AchievementKeys {
  const byYear = new Map<string, { count: number; entries: string[] }>();
  for (const r of reports) {
    const y = r.year ?? UNDATED;
    const group = byYear.get(y) ?? byYear.set(y, { count: 0, entries: [] }).get(y)!;
    group.count += r.data.factCount;
    group.entries.push(entryKey(r));
  }
  const withFacts = [...byYear].filter(([, g]) => g.count > 0);
  withFacts.sort(([a], [b]) => compareYearsDesc(a, b));
  const years = withFacts.map(([y, g]): [string, number] => [y, g.count]);
  const counts = years.map(([y, n]) => `${y}:${n}`).join(',');
  const yearKeys = new Map(withFacts.map(([y, g]) => [y, hash([y, counts, ...g.entries])]));
  return { years, yearKeys, all: hash(reports.map(entryKey)) };
}
