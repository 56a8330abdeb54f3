/**
 * The 成果库's cacheKeys and counts come from the content store alone (digest, slug, year,
 * fact count): the counts must equal what the pages compute from the facts themselves, and a
 * key must change exactly when what its page shows can change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { achievementKeys, listPageKey, reportPageKey, type KeyedReport } from '../../src/lib/cache-keys.ts';
import { allAchievements, type AchievementSource } from '../../src/lib/chengguo/achievements.ts';
import { byYear } from '../../src/lib/chengguo/chengguo-data.ts';
import { readReportFile } from '../../src/lib/report-file.ts';
import { visibleFacts } from '../../src/lib/fact-view.ts';
import { dateLabel, reportYear } from '../../src/lib/dates.ts';
import type { Report } from '../../src/schema/report.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/site-reports');

type Site = KeyedReport & AchievementSource;

function view(slug: string, report: Report, digest: string): Site {
  return {
    slug,
    url: `/reports/${slug}/`,
    date: report.date,
    dateLabel: dateLabel(report),
    year: reportYear(report),
    digest,
    data: { title: report.title, topics: report.topics, facts: visibleFacts(report), factCount: visibleFacts(report).length },
  };
}

const fixtures = readdirSync(FIXTURES).map((name) => {
  const r = readReportFile(name, readFileSync(path.join(FIXTURES, name), 'utf8'));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return { slug: name.slice(0, -3), report: r.report };
});

/** The fixture with the most facts. */
const most = [...fixtures].sort((x, y) => y.report.facts.length - x.report.facts.length)[0]!;

/** The fixtures plus an undated copy, a copy without facts in its own year, and a hidden fact. */
function site(): Site[] {
  const a = fixtures[0]!;
  const b = most;
  const hidden = { ...b.report, factCorrections: [{ anchor: b.report.facts[0]!.anchor, text: b.report.facts[0]!.text, hidden: true }] };
  return [
    ...fixtures.map((f, i) => view(f.slug, f.report, `d${i}`)),
    view('undated-copy', { ...a.report, date: null, datePrecision: null }, 'u1'),
    view('2019-no-facts', { ...a.report, date: '2019-05-01', facts: [] }, 'n1'),
    view('2018-hidden', { ...hidden, date: '2018' }, 'h1'),
  ];
}

describe('achievementKeys', () => {
  test('year counts equal the 成果库 built from the facts (years without facts left out, undated last)', () => {
    const reports = site();
    const fromFacts = [...byYear(allAchievements(reports))].map(([y, rows]): [string, number] => [y, rows.length]);
    const { years, yearKeys } = achievementKeys(reports);
    expect(years).toEqual(fromFacts);
    expect(years.map(([y]) => y)).not.toContain('2019');
    expect(years.at(-1)![0]).toBe('undated');
    expect([...yearKeys.keys()]).toEqual(years.map(([y]) => y));
    // The hidden fact is not counted.
    expect(years.find(([y]) => y === '2018')![1]).toBe(visibleFacts(most.report).length - 1);
  });

  test('a changed report changes its own year and the overview, not other years', () => {
    const before = achievementKeys(site());
    const changed = site();
    const y2023 = changed.find((r) => r.year === '2023')!;
    y2023.digest = 'changed';
    const after = achievementKeys(changed);
    expect(after.all).not.toBe(before.all);
    for (const [year] of before.years) {
      if (year === '2023') expect(after.yearKeys.get(year)).not.toBe(before.yearKeys.get(year));
      else expect(after.yearKeys.get(year)).toBe(before.yearKeys.get(year));
    }
  });

  test('a changed fact count changes every year page (they all show the year counts)', () => {
    const before = achievementKeys(site());
    const changed = site();
    changed.find((r) => r.year === '2023')!.data.factCount += 1;
    const after = achievementKeys(changed);
    for (const [year] of before.years) expect(after.yearKeys.get(year)).not.toBe(before.yearKeys.get(year));
  });

  test('a renamed report (same content, new URL) changes its year and the overview', () => {
    const before = achievementKeys(site());
    const changed = site();
    changed.find((r) => r.year === '2024')!.slug = 'renamed';
    const after = achievementKeys(changed);
    expect(after.yearKeys.get('2024')).not.toBe(before.yearKeys.get('2024'));
    expect(after.all).not.toBe(before.all);
    expect(achievementKeys(site())).toEqual(before);
  });
});

describe('page keys', () => {
  test('a report page key follows its own digest and what it shows of its neighbours', () => {
    const [a, b, c] = site();
    const links = { prev: b!, next: null, related: [c!] };
    const key = reportPageKey(a!, links);
    expect(reportPageKey({ ...a!, digest: 'x' }, links)).not.toBe(key);
    expect(reportPageKey(a!, { ...links, prev: { ...b!, data: { ...b!.data, title: '新标题' } } })).not.toBe(key);
    // A neighbour's body changing (digest) does not change the links it shows.
    expect(reportPageKey(a!, { ...links, related: [{ ...c!, digest: 'other' }] })).toBe(key);
  });

  test('a listing page key follows its cards and its place in the pagination', () => {
    const reports = site();
    const page = { data: reports.slice(0, 2), currentPage: 1, lastPage: 2, total: 4 };
    const key = listPageKey(page, '2024年报道');
    expect(listPageKey({ ...page, total: 5 }, '2024年报道')).not.toBe(key);
    expect(listPageKey({ ...page, data: [reports[0]!, { ...reports[1]!, digest: 'x' }] }, '2024年报道')).not.toBe(key);
    expect(listPageKey(page, '2024年报道')).toBe(key);
  });
});
