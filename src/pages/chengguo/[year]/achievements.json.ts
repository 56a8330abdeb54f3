/**
 * /chengguo/<year>/achievements.json — the year's facts with the same fields as the CSV; the
 * all-years /achievements.json is joined from these after the build (src/integrations/exports.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsJsonPieces } from '../../../facts/achievements.ts';
import { siteAchievementKeys, siteAchievements } from '../../../facts/site-achievements.ts';
import { piecewiseResponse } from '../../../lib/piecewise-response.ts';

export const getStaticPaths = (async () => {
  const { years, exportKeys } = await siteAchievementKeys();
  return years.map(([year]) => ({ params: { year }, cacheKey: exportKeys.get(year)! }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { years } = await siteAchievements();
  return piecewiseResponse(achievementsJsonPieces(years.get(params.year!) ?? [], site!), 'application/json; charset=utf-8');
};
