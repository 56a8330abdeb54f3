/**
 * Honest dates on the test build (issue 23): a report whose date is partial or inferred never
 * looks exact in the feed, the JSON-LD, Open Graph, the sitemap, the 成果库 or its exports.
 * Expectations come from the report files the build used.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { reportsOnDisk, type ReportOnDisk } from '../site/browser-helpers.ts';
import { reportPath } from '../../src/lib/topics.ts';
import { dateIso, dateLabel } from '../../src/lib/dates.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
let reports: ReportOnDisk[];
/** A report the source does not date to the day, or whose date was inferred. */
const inexact = (r: ReportOnDisk) => r.report.date !== null && (!r.report.dateStated || r.report.date.length < 10);

beforeAll(async () => {
  reports = await reportsOnDisk(inject('reportsDir'));
});

describe('honest dates', () => {
  test('the fixtures hold a year-only inferred date, a month and an inferred day', () => {
    expect(reports.some((r) => r.report.date === '2020' && !r.report.dateStated)).toBe(true);
    expect(reports.some((r) => r.report.date?.length === 7)).toBe(true);
    expect(reports.some((r) => r.report.date?.length === 10 && !r.report.dateStated)).toBe(true);
  });

  test('RSS: a pubDate only for a stated day; no "01 Jan" for a year', async () => {
    const xml = await (await fetch(`${base}/rss.xml`)).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(0);
    let checked = 0;
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)![1]!;
      const r = reports.find((x) => new URL(link).pathname === reportPath(x.slug));
      if (!r) continue;
      checked++;
      const pub = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
      if (r.report.date && !inexact(r)) expect(new Date(pub!).toISOString().slice(0, 10), r.slug).toBe(r.report.date);
      else expect(pub, r.slug).toBeUndefined();
    }
    expect(checked).toBeGreaterThan(0);
    expect(items.filter((i) => i.includes('劳动教育基地覆盖全区学校'))[0]).not.toContain('<pubDate>');
  });

  test('JSON-LD datePublished and article:published_time: a stated date cut to its precision, none when inferred', async () => {
    for (const r of reports) {
      const html = await readFile(path.join(dist, 'reports', r.slug, 'index.html'), 'utf8');
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { datePublished?: string };
      const og = /<meta property="article:published_time" content="([^"]+)"/.exec(html)?.[1];
      const want = r.report.dateStated ? dateIso(r.report) : null;
      expect(ld.datePublished ?? null, r.slug).toBe(want);
      expect(og ?? null, r.slug).toBe(want);
    }
  });

  test('the sitemap gives no lastmod (a page’s change date is not its report’s date, and a year is no day)', async () => {
    const files = (await readdir(dist)).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(await readFile(path.join(dist, f), 'utf8')).not.toContain('<lastmod>');
  });

  test('成果库 rows and the exports say 约2020年; 日期 is never padded to a day', async () => {
    const r = reports.find((x) => x.report.date === '2020')!;
    const html = await (await fetch(`${base}/chengguo/2020/`)).text();
    expect(html).toContain('>约2020年</td>');
    expect(html).not.toContain('>2020</td>');
    const csv = parse(Buffer.from(await (await fetch(`${base}/achievements.csv`)).arrayBuffer()), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of csv) {
      const of = reports.find((x) => new URL(row['链接']!).pathname === reportPath(x.slug))!;
      expect(row['日期'], of.slug).toBe(dateIso(of.report) ?? '');
      expect(row['日期说明'], of.slug).toBe(dateLabel(of.report));
    }
    expect(csv.find((row) => row['链接']!.includes(r.slug))).toMatchObject({ 日期: '2020', 日期说明: '约2020年' });
    const one = (await (await fetch(`${base}${reportPath(r.slug)}facts.json`)).json()) as { date: string; dateLabel: string; facts: { date: string; dateLabel: string }[] };
    expect(one).toMatchObject({ date: '2020', dateLabel: '约2020年' });
    expect(one.facts[0]).toMatchObject({ date: '2020', dateLabel: '约2020年' });
  });
});
