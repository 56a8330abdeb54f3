/**
 * The all-years exports are joined from the per-year files after the build: the joined bytes
 * must be exactly what one export of every fact writes (same order, one BOM and header).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { achievementsCsv, achievementsJsonPieces, allAchievements, type AchievementSource } from '../../src/facts/achievements.ts';
import { byYear } from '../../src/facts/chengguo-data.ts';
import { exportYears, joinExports } from '../../src/facts/join-exports.ts';
import { factSchema, type Fact } from '../../src/schema/report.ts';

const fact = (over: Partial<Fact>): Fact =>
  factSchema.parse({ text: '10名', value: 10, unit: '名', qualifier: null, subject: '专职督学', inBox: false, anchor: 'p-3', sentence: '组建了一支由10名专职督学组成的队伍，“督导”有力。', ...over });

const source = (slug: string, date: string | null, facts: Fact[]): AchievementSource => ({
  slug,
  url: `/reports/${slug}/`,
  date,
  year: date?.slice(0, 4) ?? null,
  data: { title: `报道 ${slug}`, topics: ['教育督导'], facts, factCorrections: [] },
});

const SITE = 'https://edu.example/';

describe('joinExports', () => {
  const reports = [
    source('2019-03-01-a', '2019-03-01', [fact({}), fact({ text: '3所', value: 3, unit: '所', anchor: 'p-4' })]),
    source('2024-09-b', '2024-09', [fact({ text: '97.3%', value: 97.3, unit: '%', anchor: 'box-1-1', inBox: true })]),
    source('2021-06-11-c', '2021-06-11', [fact({ text: '1.2亿元', value: 120000000, unit: '元', anchor: 'p-2' })]),
    source('undated-d', null, [fact({ anchor: 'p-1' })]),
  ];
  const all = allAchievements(reports);

  function site(): string {
    const dist = mkdtempSync(join(tmpdir(), 'join-exports-'));
    for (const [year, rows] of byYear(all)) {
      mkdirSync(join(dist, 'chengguo', year), { recursive: true });
      writeFileSync(join(dist, 'chengguo', year, 'achievements.csv'), achievementsCsv(rows, SITE));
      writeFileSync(join(dist, 'chengguo', year, 'achievements.json'), [...achievementsJsonPieces(rows, SITE)].join(''));
    }
    // A folder without exports (the overview's assets) is not a year.
    mkdirSync(join(dist, 'chengguo', 'assets'));
    return dist;
  }

  it('takes the years newest first, undated last', async () => {
    expect(await exportYears(site())).toEqual(['2024', '2021', '2019', 'undated']);
  });

  it('writes the bytes one export of every fact would', async () => {
    const dist = site();
    await joinExports(dist, SITE);
    expect(readFileSync(join(dist, 'achievements.csv'), 'utf8')).toBe(achievementsCsv(all, SITE));
    expect(readFileSync(join(dist, 'achievements.json'), 'utf8')).toBe([...achievementsJsonPieces(all, SITE)].join(''));
    expect(JSON.parse(readFileSync(join(dist, 'achievements.json'), 'utf8'))).toHaveLength(all.length);
  });

  it('a site without facts gets a header-only CSV and an empty array', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'join-exports-empty-'));
    await joinExports(dist, SITE);
    expect(readFileSync(join(dist, 'achievements.csv'), 'utf8')).toBe(achievementsCsv([], SITE));
    expect(readFileSync(join(dist, 'achievements.json'), 'utf8')).toBe('[]');
  });
});
