/** /achievements.json — the same fields as the CSV, as a JSON array. */
import type { APIRoute } from 'astro';
import { exportRow } from '../facts/achievements.ts';
import { siteAchievements } from '../facts/site-achievements.ts';

export const GET: APIRoute = async ({ site }) => {
  const { all } = await siteAchievements();
  return new Response(JSON.stringify(all.map((a) => exportRow(a, site!))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
