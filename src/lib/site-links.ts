/** Link lists for the home and index pages, from the site index. */
import type { SiteIndex } from './reports.ts';
import { topicPath, yearPath } from './topics.ts';
import { yearLabel } from './dates.ts';

export interface CountedLink {
  label: string;
  href: string;
  count: number;
}

export function topicLinks(index: SiteIndex): CountedLink[] {
  return index.topics.map((t) => ({ label: t.topic, href: topicPath(t.topic), count: t.reports.length }));
}

export function yearLinks(index: SiteIndex): CountedLink[] {
  return [...index.years.entries()].map(([y, list]) => ({
    label: yearLabel(y),
    href: yearPath(y),
    count: list.length,
  }));
}
