/** The site's achievements, computed once per build from the site index (shared by every 成果库 page and export). */
import { siteIndex } from '../lib/reports.ts';
import { allAchievements, type Achievement } from './achievements.ts';
import { byYear } from './chengguo-data.ts';

export interface SiteAchievements {
  all: Achievement[];
  years: Map<string, Achievement[]>;
  reportCount: number;
}

let cached: Promise<SiteAchievements> | undefined;

export function siteAchievements(): Promise<SiteAchievements> {
  cached ??= siteIndex().then((index) => {
    const all = allAchievements(index.reports);
    return { all, years: byYear(all), reportCount: index.reports.length };
  });
  return cached;
}
