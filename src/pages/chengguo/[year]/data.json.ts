/** /chengguo/<year>/data.json — the compact year data the filter script reads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { yearPayload } from '../../../lib/chengguo/chengguo-data.ts';
import { siteAchievementKeys, siteAchievements } from '../../../lib/chengguo/site-achievements.ts';

export const getStaticPaths = (async () => {
  const { years, yearKeys } = await siteAchievementKeys();
  return years.map(([year]) => ({ params: { year }, cacheKey: yearKeys.get(year)! }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { years } = await siteAchievements();
  const year = params.year!;
  return new Response(JSON.stringify(yearPayload(year, years.get(year) ?? [])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
