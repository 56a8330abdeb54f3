/**
 * The index shards: which years share a shard, and a real Pagefind build of a small site in
 * shards, rebuilt with one report changed (only that report's shard is built again).
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { groupPeriods, neededByMergedShard, primaryShard, periodOf } from '../../src/search/shards.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { renderReport } from '../../scripts/bench-search/render-site.ts';

describe('shard keys', () => {
  test('the half-year comes from the slug or the report URL', () => {
    expect(periodOf('/reports/2024-08-20-jiqiren/')).toBe('2024-H2');
    expect(periodOf('2024-06-30-x.md')).toBe('2024-H1');
    expect(periodOf('2024-09-yi-xin.md')).toBe('2024-H2');
    expect(periodOf('2024-jiqiren.md')).toBe('2024-H1');
    expect(periodOf('/about/')).toBe('other');
  });
  test('half-years join until a shard has enough pages; the short last run joins the one before', () => {
    const pages = new Map([['2015-H1', 150], ['2015-H2', 150], ['2016-H1', 450], ['2016-H2', 100], ['other', 0]]);
    const key = groupPeriods(pages, 300);
    expect(['2015-H1', '2015-H2', '2016-H1', '2016-H2'].map((p) => key.get(p))).toEqual(['2015-H1_2015-H2', '2015-H1_2015-H2', '2016-H1_2016-H2', '2016-H1_2016-H2']);
    expect(key.get('other')).toBe('other');
  });
  test('a small site is one shard; 0 pages minimum is one shard per half-year', () => {
    const pages = new Map([['2023-H2', 40], ['2024-H1', 60]]);
    expect(new Set(groupPeriods(pages, 300).values()).size).toBe(2); // "2023-H2_2024-H1" and "other"
    expect(groupPeriods(pages, 0).get('2023-H2')).toBe('2023-H2');
  });
  test('the newest shard is the primary; merged shards keep only their data files', () => {
    expect(primaryShard(['2015-H1_2016-H2', '2017-H1_2018-H1', 'other'])).toBe('2017-H1_2018-H1');
    expect(primaryShard(['2017-H1', '2016-H2_2018-H2', '2018-H1'])).toBe('2016-H2_2018-H2');
    expect(primaryShard(['other'])).toBe('other');
    expect(neededByMergedShard('pagefind-entry.json')).toBe(true);
    expect(neededByMergedShard('fragment/en_1.pf_fragment')).toBe(true);
    expect(neededByMergedShard('pagefind.en_ab.pf_meta')).toBe(true);
    expect(neededByMergedShard('wasm.en.pagefind')).toBe(false);
    expect(neededByMergedShard('pagefind-ui.js')).toBe(false);
  });
});

describe('a sharded build with a cache', () => {
  let work = '';
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A report; with `fact`, one fact (value, unit) found in its only paragraph. */
  const report = (date: string, title: string, text: string, fact?: [number, string]): string => {
    const facts = fact
      ? `\n  - { text: '${fact[0]}${fact[1]}', value: ${fact[0]}, unit: '${fact[1]}', qualifier: null, subject: 满意度, inBox: false, sentence: '${text}', anchor: p-1 }`
      : ' []';
    return `---\ntitle: ${title}\ndate: '${date}'\ndatePrecision: day\ndateStated: true\ntopics: [教育督导]\nsource: { file: x.txt, sha256: '${'a'.repeat(64)}' }\nfacts:${facts}\n---\n\n${text}\n`;
  };

  async function site(reports: string, dist: string): Promise<void> {
    for (const f of await readdir(reports)) {
      const dir = join(dist, 'reports', f.replace(/\.md$/, ''));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), renderReport(await readFile(join(reports, f), 'utf8')));
    }
  }

  test('shards per year, a manifest of the merged ones, and only the changed shard rebuilt', async () => {
    work = await mkdtemp(join(tmpdir(), 'shards-test-'));
    const reports = join(work, 'reports');
    await mkdir(reports);
    await writeFile(join(reports, '2023-05-10-a.md'), report('2023-05-10', '人大代表视察学校', '区人大代表视察新建学校。'));
    await writeFile(join(reports, '2024-01-15-b.md'), report('2024-01-15', '家长满意度调查', '家长满意度达97.3%。', [97.3, '%']));
    const dist = join(work, 'dist');
    await site(reports, dist);
    const cacheDir = join(work, 'cache');

    const first = await buildSearchIndex({ siteDir: dist, reportsDir: reports, cacheDir, minShardPages: 0 });
    // Page shards only: the facts ride on their reports' records.
    expect(first.shards.map((s) => [s.key, s.pages, s.facts, s.reused])).toEqual([['2023-H1', 1, 0, false], ['2024-H1', 1, 1, false]]);
    expect(JSON.parse(await readFile(join(dist, 'pagefind/shards.json'), 'utf8'))).toMatchObject({ shards: ['2023-H1'], primary: '2024-H1' });
    expect(readdirSync(join(dist, 'pagefind')).filter((f) => f.startsWith('facts-'))).toEqual([]);
    // The 2024 report's record carries its fact as metadata.
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString());
    expect(fragments.some((f) => f.includes('"facts":') && f.includes('97.3%'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/2023-H1/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/2023-H1/pagefind.js'))).toBe(false);

    // The report file is an input of its shard, the page apart: a staff correction of a fact
    // (which the page would show too) rebuilds the shard even if the page's bytes were the same.
    await writeFile(join(reports, '2024-01-15-b.md'), report('2024-01-15', '家长满意度调查', '家长满意度达97.3%。', [97.3, '%']).replace('facts:', 'factCorrections: [{ anchor: p-1, text: 97.3%, subject: 家长满意度 }]\nfacts:'));
    const corrected = await buildSearchIndex({ siteDir: dist, reportsDir: reports, cacheDir, minShardPages: 0 });
    expect(corrected.shards.map((s) => [s.key, s.reused])).toEqual([['2023-H1', true], ['2024-H1', false]]);

    // A fresh output folder (as astro build leaves it) with one report changed.
    await writeFile(join(reports, '2024-01-15-b.md'), report('2024-01-15', '家长满意度调查', '家长满意度达98.1%。', [98.1, '%']));
    await rm(dist, { recursive: true });
    await site(reports, dist);
    const second = await buildSearchIndex({ siteDir: dist, reportsDir: reports, cacheDir, minShardPages: 0 });
    expect(second.shards.map((s) => [s.key, s.reused])).toEqual([['2023-H1', true], ['2024-H1', false]]);
    expect(existsSync(join(dist, 'pagefind/2023-H1/pagefind-entry.json'))).toBe(true);

    // The output kept between builds (as the site keeps dist/): unchanged shards stay in place,
    // a changed merged shard is replaced and nothing else of it is left behind.
    const stale = join(dist, 'pagefind/2023-H1/fragment/stale.pf_fragment');
    await writeFile(stale, 'old');
    const entry2024 = await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
    await writeFile(join(reports, '2023-05-10-a.md'), report('2023-05-10', '人大代表视察学校', '区人大代表视察新建中学。'));
    await site(reports, dist);
    const fourth = await buildSearchIndex({ siteDir: dist, reportsDir: reports, cacheDir, minShardPages: 0 });
    expect(fourth.shards.map((s) => [s.key, s.reused])).toEqual([['2023-H1', false], ['2024-H1', true]]);
    expect(existsSync(stale)).toBe(false);
    expect(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(entry2024);
    expect(existsSync(join(dist, 'pagefind/2023-H1/pagefind-entry.json'))).toBe(true);
    expect(JSON.parse(await readFile(join(dist, 'pagefind/shards.json'), 'utf8'))).toMatchObject({ shards: ['2023-H1'], primary: '2024-H1' });

    // Without a cache, everything is built, and the output is the same shape.
    const copy = join(work, 'dist2');
    await cp(dist, copy, { recursive: true });
    const third = await buildSearchIndex({ siteDir: copy, reportsDir: reports, minShardPages: 0 });
    expect(third.shards.every((s) => !s.reused)).toBe(true);
    expect(existsSync(join(copy, 'pagefind/2023-H1/pagefind-entry.json'))).toBe(true);
  }, 60_000);
});
