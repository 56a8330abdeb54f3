/** /reports/<slug>/facts.json — one report's visible facts, same fields as /achievements.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsOf, exportRow } from '../../../lib/chengguo/achievements.ts';
import { dateIso } from '../../../lib/dates.ts';
import { reportPartsData, siteIndex, type ReportView } from '../../../lib/reports.ts';

export const getStaticPaths = (async () => {
  const index = await siteIndex();
  // cacheKey: the facts come from the report's own entry only.
  return index.reports.map((report) => ({ params: { slug: report.slug }, props: { report }, cacheKey: report.digest }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: ReportView }> = ({ props, site }) => {
  const { report } = props;
  const { facts } = reportPartsData(report).data;
  const source = { ...report, date: dateIso(report.data), data: { title: report.data.title, topics: report.data.topics, facts } };
  const body = { title: report.data.title, date: source.date, dateLabel: report.dateLabel, url: new URL(report.url, site).href, facts: achievementsOf(source).map((a) => exportRow(a, site!)) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
