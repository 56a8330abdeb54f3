/**
 * /chengguo/<year>/achievements.csv — the year's facts for Excel (UTF-8 with BOM). The
 * all-years /achievements.csv is joined from these after the build (src/integrations/exports.ts):
 * a one-report edit renders one year's file again, and Astro never holds the 100 MB file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsCsvPieces } from '../../../facts/achievements.ts';
import { siteAchievementKeys, siteAchievements } from '../../../facts/site-achievements.ts';
import { piecewiseResponse } from '../../../lib/piecewise-response.ts';

export const getStaticPaths = (async () => {
  const { years, exportKeys } = await siteAchievementKeys();
  return years.map(([year]) => ({ params: { year }, cacheKey: exportKeys.get(year)! }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { years } = await siteAchievements();
  return piecewiseResponse(achievementsCsvPieces(years.get(params.year!) ?? [], site!), 'text/csv; charset=utf-8');
};
