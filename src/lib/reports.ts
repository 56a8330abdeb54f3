/**
 * The site's view of the reports: loaded once from the content layer, sorted, grouped by
 * topic and year, with previous/next and related reports computed once for all pages
 * (so 10,000 reports cost one pass, not one pass per page).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import type { Page } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { TocHeading } from './markdown/index.ts';
import { compareByDateDesc, dateLabel, reportYear } from './dates.ts';
import { reportPath, topicSlug, UNDATED } from './topics.ts';

export type ReportData = CollectionEntry<'reports'>['data'];

export interface ReportView {
  slug: string;
  url: string;
  data: ReportData;
  date: string | null;
  dateLabel: string;
  year: string | null;
  html: string;
  headings: TocHeading[];
  readingMinutes: number;
  placeholders: Record<string, string>;
  /** The first figure with a photo: the card image and the Open Graph image. */
  lead: ReportData['figures'][number] | null;
  /** The loader's digest of the file, its photos and the render code: changes whenever the entry does. */
  digest: string;
}

export interface ReportLinks {
  /** Older report. */
  prev: ReportView | null;
  /** Newer report. */
  next: ReportView | null;
  related: ReportView[];
}

export interface TopicGroup {
  topic: string;
  slug: string;
  reports: ReportView[];
}

export interface SiteIndex {
  reports: ReportView[];
  links: Map<string, ReportLinks>;
  topics: TopicGroup[];
  /** Year → reports, newest year first; undated reports under UNDATED. */
  years: Map<string, ReportView[]>;
}

const RELATED_MAX = 4;
/** How many neighbours per shared topic are considered for "related" (keeps it linear at 10,000 reports). */
const RELATED_WINDOW = 6;

const hash = (parts: readonly string[]) => createHash('sha1').update(parts.join('\u0000')).digest('base64url');

function toView(entry: CollectionEntry<'reports'>): ReportView {
  const meta = (entry.rendered?.metadata ?? {}) as Record<string, unknown>;
  return {
    slug: entry.id,
    url: reportPath(entry.id),
    data: entry.data,
    date: entry.data.date,
    dateLabel: dateLabel(entry.data),
    year: reportYear(entry.data),
    html: entry.rendered?.html ?? '',
    headings: (meta.headings as TocHeading[] | undefined) ?? [],
    readingMinutes: (meta.readingMinutes as number | undefined) ?? 1,
    placeholders: (meta.placeholders as Record<string, string> | undefined) ?? {},
    lead: entry.data.figures.find((f) => f.image) ?? null,
    // Entries stored before the loader kept its digest: hash what the page shows.
    digest: (meta.digest as string | undefined) ?? hash([JSON.stringify(entry.data), entry.rendered?.html ?? '']),
  };
}

/** What a link to another report shows (URL, title, date): a change there changes the linking page. */
const linkKey = (r: ReportView | null) => (r ? `${r.url}\u0001${r.data.title ?? ''}\u0001${r.dateLabel}` : '-');

/**
 * `cacheKey` of a report page for Astro's incremental build: its own entry plus what it shows
 * of its neighbours (previous/next, related). Templates are covered by Astro's own module hash.
 */
export function reportPageKey(report: ReportView, links: ReportLinks): string {
  return hash([report.digest, linkKey(links.prev), linkKey(links.next), ...links.related.map(linkKey)]);
}

/** `cacheKey` of a page made from plain data (the 成果库 year pages): a hash of that data. */
export function dataKey(value: unknown): string {
  return hash([JSON.stringify(value)]);
}

/** `cacheKey` of a listing page: its title, its place in the pagination, the total and its cards' entries. */
export function listPageKey(page: Pick<Page<ReportView>, 'data' | 'currentPage' | 'lastPage' | 'total'>, title: string): string {
  return hash([title, String(page.currentPage), String(page.lastPage), String(page.total), ...page.data.map((r) => r.digest)]);
}

export function buildIndex(reports: ReportView[]): SiteIndex {
  reports.sort(compareByDateDesc);
  const byTopic = new Map<string, ReportView[]>();
  const years = new Map<string, ReportView[]>();
  for (const r of reports) {
    for (const t of r.data.topics) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(r);
    const y = r.year ?? UNDATED;
    (years.get(y) ?? years.set(y, []).get(y)!).push(r);
  }
  const position = new Map<ReportView, Map<string, number>>();
  for (const [t, list] of byTopic) list.forEach((r, i) => (position.get(r) ?? position.set(r, new Map()).get(r)!).set(t, i));

  const links = new Map<string, ReportLinks>();
  reports.forEach((r, i) => {
    const score = new Map<ReportView, number>();
    for (const t of r.data.topics) {
      const list = byTopic.get(t)!;
      const at = position.get(r)!.get(t)!;
      for (let j = Math.max(0, at - RELATED_WINDOW); j <= Math.min(list.length - 1, at + RELATED_WINDOW); j++) {
        if (list[j] !== r) score.set(list[j]!, (score.get(list[j]!) ?? 0) + 1);
      }
    }
    const related = [...score.entries()]
      .sort((a, b) => b[1] - a[1] || compareByDateDesc(a[0], b[0]))
      .slice(0, RELATED_MAX)
      .map(([v]) => v);
    links.set(r.slug, { prev: reports[i + 1] ?? null, next: reports[i - 1] ?? null, related });
  });
  const topics = [...byTopic.entries()]
    .map(([topic, list]) => ({ topic, slug: topicSlug(topic), reports: list }))
    .sort((a, b) => b.reports.length - a.reports.length || a.topic.localeCompare(b.topic, 'zh-CN'));
  const sortedYears = new Map([...years.entries()].sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a))));
  return { reports, links, topics, years: sortedYears };
}

let cached: Promise<SiteIndex> | undefined;

/** The whole site index, computed once per build and shared by every page. */
export function siteIndex(): Promise<SiteIndex> {
  cached ??= getCollection('reports').then((entries) => {
    assertLoaded(entries.length);
    return buildIndex(entries.map(toView));
  });
  return cached;
}

/**
 * An empty collection while report files exist means the pages could not read the content
 * store (Astro swallows that and returns nothing): fail instead of publishing an empty site.
 */
function assertLoaded(count: number): void {
  if (count > 0) return;
  const dir = process.env.REPORTS_DIR ?? 'content/reports';
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0;
  if (files > 0) throw new Error(`${dir} has ${files} report(s) but the pages received none from the content store; run the build again, and if it persists check src/lib/data-store-file.ts against the installed Astro version.`);
}
