import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { achievementsCsv, allAchievements, displayNumber, exportRow, EXPORT_COLUMNS, type AchievementSource } from '../../src/lib/chengguo/achievements.ts';
import { byYear, levelCounts, yearPayload } from '../../src/lib/chengguo/chengguo-data.ts';
import { factSchema, type Fact, type Report } from '../../src/schema/report.ts';
import { visibleFacts } from '../../src/lib/fact-view.ts';

const fact = (over: Partial<Fact>): Fact =>
  factSchema.parse({ text: '10名', value: 10, unit: '名', qualifier: null, subject: '专职督学', inBox: false, anchor: 'p-3', sentence: '组建了一支由10名专职督学组成的队伍。', ...over });

/** The reports as written (facts + corrections); the 成果库 gets their fact view, as the loader stores it. */
const raw: (Omit<AchievementSource, 'data'> & { data: AchievementSource['data'] & Pick<Report, 'factCorrections'> })[] = [
  {
    slug: '2021-06-11-du-dao',
    url: '/reports/2021-06-11-du-dao/',
    date: '2021-06-11',
    dateLabel: '约2021年6月11日',
    year: '2021',
    data: {
      title: '亮出督导真功夫, "智慧教育"竞芬芳',
      topics: ['教育督导'],
      facts: [fact({}), fact({ text: '2次', value: 2, unit: '次', anchor: 'p-9', level: '区级' })],
      factCorrections: [{ anchor: 'p-9', text: '2次', hidden: true }],
    },
  },
  {
    slug: '2024-09-qiang-shi',
    url: '/reports/2024-09-qiang-shi/',
    date: '2024-09',
    dateLabel: '2024年9月',
    year: '2024',
    data: {
      title: '强师',
      topics: ['教师发展'],
      facts: [fact({ text: '5万余人次', value: 50000, unit: '人次', qualifier: '余', anchor: 'p-12', level: '国家级', subject: '参加培训教师' }), fact({ text: '97.3%', value: 97.3, unit: '%', anchor: 'box-1-1', inBox: true })],
      factCorrections: [{ anchor: 'p-12', text: '5万余人次', subject: '暑期教师培训参训人次', category: '培训与活动' }],
    },
  },
  { slug: 'undated-x', url: '/reports/undated-x/', date: null, dateLabel: '日期不详', year: null, data: { title: null, topics: [], facts: [fact({ anchor: 'p-1' })], factCorrections: [] } },
];
const reports: AchievementSource[] = raw.map((r) => ({ ...r, data: { title: r.data.title, topics: r.data.topics, facts: visibleFacts(r.data) } }));

describe('allAchievements', () => {
  const all = allAchievements(reports);
  it('lists visible facts newest report first, corrections applied, hidden ones gone', () => {
    expect(all.map((a) => [a.date, a.text])).toEqual([
      ['2024-09', '5万余人次'],
      ['2024-09', '97.3%'],
      ['2021-06-11', '10名'],
      ['', '10名'],
    ]);
    expect(all[0]).toMatchObject({ subject: '暑期教师培训参训人次', category: '培训与活动', url: '/reports/2024-09-qiang-shi/#p-12', reportTitle: '强师' });
    expect(all[3]!.reportTitle).toBe('（无标题）');
  });

  it('groups by year, newest first, undated last', () => {
    const years = byYear(all);
    expect([...years.keys()]).toEqual(['2024', '2021', 'undated']);
    expect(levelCounts(years.get('2024')!)).toMatchObject({ 国家级: 1, 未标注: 1, 市级: 0 });
  });

  it('packs a year compactly: each report once, facts pointing at it', () => {
    const p = yearPayload('2024', byYear(all).get('2024')!);
    expect(p.reports).toEqual([['强师', '2024-09', '/reports/2024-09-qiang-shi/', ['教师发展'], '2024年9月']]);
    expect(p.facts.map((f) => [f[0], f[1], f[3], f[9]])).toEqual([
      [0, 50000, '5万余人次', 'p-12'],
      [0, 97.3, '97.3%', 'box-1-1'],
    ]);
  });
});

describe('exports', () => {
  const all = allAchievements(reports);
  it('CSV: BOM, Chinese header, quoting, numbers and absolute URLs that parse back', () => {
    const csv = achievementsCsv(all, 'https://edu.example/');
    expect(csv.startsWith('\uFEFF报道标题,日期,日期说明,数值,')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(all.length);
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS.map(([, h]) => h));
    const r = rows.find((x) => x['日期'] === '2021-06-11')!;
    // An inferred date says so beside the machine value; a month stays a month.
    expect(r).toMatchObject({ 日期说明: '约2021年6月11日', 报道标题: '亮出督导真功夫, "智慧教育"竞芬芳', 数值: '10', 单位: '名', 限定词: '', 链接: 'https://edu.example/reports/2021-06-11-du-dao/#p-3' });
    expect(Number(rows[1]!['数值'])).toBe(97.3);
  });

  it('JSON rows carry exactly the export fields', () => {
    const row = exportRow(all[0]!, 'https://edu.example/');
    expect(Object.keys(row)).toEqual(EXPORT_COLUMNS.map(([k]) => k));
    expect(row).toMatchObject({ value: 50000, qualifier: '余', url: 'https://edu.example/reports/2024-09-qiang-shi/#p-12' });
  });

  it('puts the qualifier back where it was printed', () => {
    expect(displayNumber('两万名', '近')).toBe('近两万名');
    expect(displayNumber('100所', '以上')).toBe('100所以上');
    expect(displayNumber('5万余人次', '余')).toBe('5万余人次');
  });
});
