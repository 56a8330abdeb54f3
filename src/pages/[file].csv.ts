/**
 * /achievements.csv — every visible fact of every report (UTF-8 with BOM for Excel).
 * A one-path dynamic route only so it can return a cacheKey: an unchanged rebuild skips it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsCsvPieces } from '../lib/chengguo/achievements.ts';
import { siteAchievementKeys, siteAchievements } from '../lib/chengguo/site-achievements.ts';
import { piecewiseResponse } from '../lib/piecewise-response.ts';

export const getStaticPaths = (async () => [{ params: { file: 'achievements' }, cacheKey: (await siteAchievementKeys()).all }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { all } = await siteAchievements();
  return piecewiseResponse(achievementsCsvPieces(all, site!), 'text/csv; charset=utf-8');
};
