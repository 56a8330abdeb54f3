/**
 * /achievements.json — the same fields as the CSV, as a JSON array.
 * A one-path dynamic route only so it can return a cacheKey: an unchanged rebuild skips it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportRow } from '../facts/achievements.ts';
import { siteAchievementKeys, siteAchievements } from '../facts/site-achievements.ts';

export const getStaticPaths = (async () => [{ params: { file: 'achievements' }, cacheKey: (await siteAchievementKeys()).all }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { all } = await siteAchievements();
  return new Response(JSON.stringify(all.map((a) => exportRow(a, site!))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
