/** /achievements.csv — every visible fact of every report (UTF-8 with BOM for Excel). */
import type { APIRoute } from 'astro';
import { achievementsCsv } from '../facts/achievements.ts';
import { siteAchievements } from '../facts/site-achievements.ts';

export const GET: APIRoute = async ({ site }) => {
  const { all } = await siteAchievements();
  return new Response(achievementsCsv(all, site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
