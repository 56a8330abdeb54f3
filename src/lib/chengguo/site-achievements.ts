/**
 * The site's achievements, computed once per build (shared by every 成果库 page and export).
 * The facts are in the reports' parts files, not the content store: they are read only
 * when one of those pages is rendered; deciding whether to render it (its cacheKey) needs
 * only the store (`achievementKeys`).
 */
import { achievementKeys, reportPartsData, siteIndex } from '../reports.ts';
import type { AchievementKeys } from '../cache-keys.ts';
import { allAchievements, type Achievement, type AchievementSource } from './achievements.ts';
import { byYear } from './chengguo-data.ts';
import { dateIso } from '../dates.ts';

export interface SiteAchievements {
  all: Achievement[];
  years: Map<string, Achievement[]>;
  reportCount: number;
}

let cached: Promise<SiteAchievements> | undefined;
let keys: Promise<AchievementKeys> | undefined;

export function siteAchievements(): Promise<SiteAchievements> {
  cached ??= siteIndex().then((index) => {
    const sources: AchievementSource[] = index.reports.map((r) => {
      const { facts } = reportPartsData(r).data;
      return { slug: r.slug, url: r.url, date: dateIso(r.data), dateLabel: r.dateLabel, year: r.year, data: { title: r.data.title, topics: r.data.topics, facts } };
    });
    const all = allAchievements(sources);
    return { all, years: byYear(all), reportCount: index.reports.length };
  });
  return cached;
}

/** The 成果库's years, their fact counts and the cacheKeys of its pages, from the content store alone. */
export function siteAchievementKeys(): Promise<AchievementKeys> {
  keys ??= siteIndex().then((index) => achievementKeys(index.reports));
  return keys;
}
