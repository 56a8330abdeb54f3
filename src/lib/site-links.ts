/** Link lists for the home and index pages, from the site index. */
import type { SiteIndex } from './reports.ts';
import { topicPath, yearPath, UNDATED } from './topics.ts';

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
    label: y === UNDATED ? '日期不详' : `${y}年`,
    href: yearPath(y),
    count: list.length,
  }));
}
