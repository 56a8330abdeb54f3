/**
 * The site's view of the reports: loaded once from the content layer, sorted, grouped by
 * topic and year, with previous/next and related reports computed once for all pages
 * (so 10,000 reports cost one pass, not one pass per page). The content store holds only
 * what listings need; a page that shows a report's body or facts reads its parts
 * (`reportParts`), one report at a time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import partsDir from 'virtual:report-parts-dir';
import { compareByDateDesc, compareYearsDesc, dateLabel, reportYear } from './dates.ts';
import { readParts, readPartsData, type PartFields, type ReportParts, type ReportPartsData } from './report-parts.ts';
import { reportPath, shownTopics, topicSlug } from './topics.ts';
import { OTHER_TOPIC, UNDATED } from '../consts.ts';
import { readReportFile } from './report-file.ts';
import { isDraft } from './drafts.ts';

export { achievementKeys, listPageKey, reportPageKey } from './cache-keys.ts';

/** What the content store keeps of a report (src/content.config.ts): what listings need. */
export type ReportData = CollectionEntry<'reports'>['data'];

export interface ReportView {
  slug: string;
  url: string;
  data: ReportData;
  date: string | null;
  dateLabel: string;
  year: string | null;
  /** The first figure with a photo: the card image and the Open Graph image. */
  lead: ReportData['figures'][number] | null;
  /** The loader's digest of the file, its photos and the render code: names its parts files and changes whenever the entry does. */
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

function toView(entry: CollectionEntry<'reports'>): ReportView {
  if (!entry.digest) throw new Error(`content store entry "${entry.id}" has no digest: run the build again (the loader writes one for every report).`);
  return {
    slug: entry.id,
    url: reportPath(entry.id),
    data: entry.data,
    date: entry.data.date,
    dateLabel: dateLabel(entry.data),
    year: reportYear(entry.data),
    lead: entry.data.figures.find((f) => f.image) ?? null,
    digest: String(entry.digest),
  };
}

/** A report's page parts (body HTML, the rest of its front matter …), read from its parts files when its page renders. */
export function reportParts(report: ReportView): ReportParts {
  return readParts(partsDir, report.digest);
}

/** The whole front matter as a report's own page shows it: the store's fields and the parts' fields. */
export type ReportPageData = ReportData & PartFields;

export function reportPageData(report: ReportView, parts: ReportPartsData): ReportPageData {
  return { ...report.data, ...parts.data };
}

/** The parts without the body HTML: for facts.json and the 成果库. */
export function reportPartsData(report: ReportView): ReportPartsData {
  return readPartsData(partsDir, report.digest);
}

export function buildIndex(reports: ReportView[]): SiteIndex {
  reports.sort(compareByDateDesc);
  const byTopic = new Map<string, ReportView[]>();
  const years = new Map<string, ReportView[]>();
  for (const r of reports) {
    for (const t of shownTopics(r.data.topics)) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(r);
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
    // 其他 last: it is a catch-all, not a subject.
    .sort((a, b) => Number(a.topic === OTHER_TOPIC) - Number(b.topic === OTHER_TOPIC) || b.reports.length - a.reports.length || a.topic.localeCompare(b.topic, 'zh-CN'));
  const sortedYears = new Map([...years.entries()].sort(([a], [b]) => compareYearsDesc(a, b)));
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
 * An empty collection while published report files exist means the pages could not read the
 * content store (Astro swallows that and returns nothing): fail instead of publishing an empty
 * site. Drafts are not in the store, so a folder of drafts only is an empty site, not this.
 */
function assertLoaded(count: number): void {
  if (count > 0) return;
  const dir = process.env.REPORTS_DIR ?? 'content/reports';
  // Read only on this rare path (an empty store): a file the loader refused counts as published.
  const published = (f: string) => {
    const read = readReportFile(f, readFileSync(path.join(dir, f), 'utf8'));
    return !read.ok || !isDraft(read.report);
  };
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && published(f)).length : 0;
  if (files > 0) throw new Error(`${dir} has ${files} report(s) but the pages received none from the content store; run the build again, and if it persists check src/lib/data-store-file.ts against the installed Astro version.`);
}
