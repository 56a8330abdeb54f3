/**
 * The corpus scorer counts each check as the corpus README defines it: NFKC and whitespace
 * ignored, a null date scored as "not invented", a publisher matched by containment, authors
 * one check each, furniture and must-keep strings against the joined body, facts one to one.
 */
import { describe, expect, it } from 'vitest';
import type { IngestJson } from '../../src/ingest/report-file.ts';
import { caseFilter, factsPrf, readersSee, scoreFacts, scorePage, type Expected } from '../../scripts/score-corpus/score.ts';

const out = (over: Partial<IngestJson>): IngestJson => ({
  title: null, subtitle: null, kicker: null, date: null, dateStated: false, publisher: null, sourceUrl: null, authors: [], photoCredit: null,
  sections: [], paragraphs: [], factBoxes: [], figures: [], removed: [], facts: [], draftReasons: [], ...over,
});
const expected = (over: Partial<Expected>): Expected => ({ title: null, date: null, publisher: null, authors: [], boilerplate: [], must_keep: [], facts: [], ...over });
const fact = (text: string, value: number, unit: string) => ({ text, value, unit, qualifier: null, subject: '', inBox: false });

describe('scorePage', () => {
  it('compares titles after NFKC and without whitespace, and skips a null title', () => {
    const pass = scorePage(out({ title: '某校 举办（科技节）' }), expected({ title: '某校举办(科技节)' }));
    expect(pass.checks.find((c) => c.field === 'title')?.pass).toBe(true);
    expect(scorePage(out({ title: '别的标题' }), expected({ title: null })).checks.some((c) => c.field === 'title')).toBe(false);
  });

  it('counts a stated date as invented when the page states none, and an inferred one as fine', () => {
    const invented = scorePage(out({ date: '2024-05-01', dateStated: true }), expected({}));
    expect(invented.checks.find((c) => c.field === 'date not invented')?.pass).toBe(false);
    const inferred = scorePage(out({ date: '2024', dateStated: false }), expected({}));
    expect(inferred.checks.find((c) => c.field === 'date not invented')?.pass).toBe(true);
  });

  it('matches publishers by containment; null matches only null', () => {
    const field = (p: string | null, e: string | null) => scorePage(out({ publisher: p }), expected({ publisher: e })).checks.find((c) => c.field === 'publisher')!.pass;
    expect(field('某某日报社', '某某日报')).toBe(true);
    expect(field(null, '某某日报')).toBe(false);
    expect(field('打印正文', null)).toBe(false);
    expect(field(null, null)).toBe(true);
  });

  it('checks each annotated author, each furniture string and each must-keep sentence', () => {
    const s = scorePage(
      out({ authors: ['张明'], paragraphs: ['第一段文字。', '第二段 文字。'] }),
      expected({ authors: ['张明', '李华'], boilerplate: ['浏览次数', '第一段'], must_keep: ['第二段文字。'] }),
    );
    expect(s.checks.filter((c) => c.field === 'authors').map((c) => c.pass)).toEqual([true, false]);
    expect(s.checks.filter((c) => c.field === 'boilerplate').map((c) => c.pass)).toEqual([true, false]);
    expect(s.checks.find((c) => c.field === 'must_keep')?.pass).toBe(true);
  });
});

describe('authors.noExtra and what readers see', () => {
  it('fails noExtra once per page when the output names someone the annotation lacks', () => {
    const extra = scorePage(out({ authors: ['张明', '汽车', '标题党'] }), expected({ authors: ['张明'] })).checks.filter((c) => c.field === 'authors.noExtra');
    expect(extra).toHaveLength(1);
    expect(extra[0]!.pass).toBe(false);
    expect(extra[0]!.detail).toContain('汽车');
    expect(scorePage(out({ authors: ['张明'] }), expected({ authors: ['张明'] })).checks.find((c) => c.field === 'authors.noExtra')!.pass).toBe(true);
  });

  it('counts published pages with a visible error, and drafts that were needless', () => {
    const page = (name: string, o: Partial<IngestJson>, e: Partial<Expected>) => ({ name, score: scorePage(out(o), expected(e)) });
    const seen = readersSee([
      // Published, right: no error.
      page('a', { title: '某校举办科技节', date: '2024-05-01', dateStated: true, paragraphs: ['正文。'] }, { title: '某校举办科技节', date: '2024-05-01' }),
      // Published with furniture in the body: a visible error.
      page('b', { title: '某校举办科技节', paragraphs: ['正文。评论一下'] }, { title: '某校举办科技节', boilerplate: ['评论一下'] }),
      // A draft of a page that states its headline and date, nothing wrong: needless.
      page('c', { title: '某校举办科技节', date: '2024-05-01', dateStated: true, draftReasons: ['…'] }, { title: '某校举办科技节', date: '2024-05-01' }),
      // A draft of a page with no stated date: not needless.
      page('d', { title: '某校举办科技节', draftReasons: ['…'] }, { title: '某校举办科技节' }),
      // A draft with a wrong headline: held back rightly.
      page('e', { title: '查看原文', date: '2024-05-01', dateStated: true, draftReasons: ['…'] }, { title: '某校举办科技节', date: '2024-05-01' }),
    ]);
    expect(seen).toEqual({ published: ['a', 'b'], publishedWithError: ['b'], drafts: ['c', 'd', 'e'], needlessDrafts: ['c'] });
  });

  it('selects cases by ranges and lists, numbers compared by value', () => {
    const keep = caseFilter('01-03,7, extra');
    expect(['01', '02', '03', '04', '07', '7', 'extra', 'other'].filter(keep)).toEqual(['01', '02', '03', '07', '7', 'extra']);
    expect(['01', 'x'].filter(caseFilter(undefined))).toEqual(['01', 'x']);
  });
});

describe('scoreFacts', () => {
  it('matches by value with agreeing units, one to one; optional facts count neither way', () => {
    const t = scoreFacts(
      [fact('12所', 12, '所'), fact('12所', 12, '所'), fact('3年', 3, '年'), fact('5人', 5, '人')],
      [
        { text: '12所学校', value: 12, unit: '所', qualifier: null },
        { text: '近3年', value: 3, unit: '年', qualifier: '近', optional: true },
        { text: '8名', value: 8, unit: null, qualifier: null },
      ],
    );
    expect(t.truePositives).toBe(1);
    expect(t.falsePositives).toEqual(['12所', '5人']);
    expect(t.falseNegatives).toEqual(['8名']);
  });

  it('gives precision, recall and F1 from the summed tallies', () => {
    expect(factsPrf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });
});
