/** /chengguo/<year>/data.json — the compact year data the filter script reads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { yearPayload } from '../../../facts/chengguo-data.ts';
import { siteAchievements } from '../../../facts/site-achievements.ts';
import { dataKey } from '../../../lib/reports.ts';

export const getStaticPaths = (async () => {
  const { years } = await siteAchievements();
  return [...years].map(([year, rows]) => ({ params: { year }, cacheKey: dataKey(rows) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { years } = await siteAchievements();
  const year = params.year!;
  return new Response(JSON.stringify(yearPayload(year, years.get(year) ?? [])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
