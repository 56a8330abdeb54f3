/**
 * /achievements.json — the same fields as the CSV, as a JSON array.
 * A one-path dynamic route only so it can return a cacheKey: an unchanged rebuild skips it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsJsonPieces } from '../lib/chengguo/achievements.ts';
import { siteAchievementKeys, siteAchievements } from '../lib/chengguo/site-achievements.ts';
import { piecewiseResponse } from '../lib/piecewise-response.ts';

export const getStaticPaths = (async () => [{ params: { file: 'achievements' }, cacheKey: (await siteAchievementKeys()).all }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { all } = await siteAchievements();
  return piecewiseResponse(achievementsJsonPieces(all, site!), 'application/json; charset=utf-8');
};
