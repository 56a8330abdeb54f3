import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportSchema, type ReportInput } from '../../src/schema/report.ts';
import { compactEntry, writeFirstIndex } from '../../src/search/first-index-build.ts';
import { FIRST_DIRNAME } from '../../public/search/first-index.js';
import { segmentQuery } from '../../public/search/segment.js';
import { serveFirstIndex } from './first-index-fetch.ts';

/** A report of the given fields (the rest as ingest leaves them). */
function report(fields: Partial<ReportInput>) {
  return reportSchema.parse({ title: null, date: null, datePrecision: null, dateStated: true, source: { file: 'a.txt', sha256: 'a'.repeat(64) }, ...fields });
}

/** The reports of a small archive, written in our own words. */
const REPORTS = [
  { slug: '2021-05-01-zuqiu', r: report({ title: '校园足球联赛开幕', date: '2021-05-01', summary: '全区二十支球队参加比赛。' }), body: '## 赛程安排\n\n正文。' },
  { slug: '2023-03-02-tiyu', r: report({ title: '体育课改革见成效', date: '2023-03-02', summary: '学校开设足球、篮球等项目。' }), body: '正文。' },
  { slug: '2024-09-10-zuqiu-2', r: report({ title: '少年足球队获冠军', date: '2024-09-10', summary: '球队在市级比赛中夺冠。', authors: ['林晓风'] }), body: '正文。' },
  { slug: '2024-10-01-yuedu', r: report({ title: '读书月活动启动', date: '2024-10-01', summary: '图书馆推出新书目。', topics: ['阅读'] }), body: '### 家长满意度调查\n\n正文。' },
];

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'first-pass-'));
  const entries = REPORTS.map(({ slug, r, body }) => compactEntry(slug, r, body, ''));
  await writeFirstIndex(dir, { entries }, 'stamp-1');
  serveFirstIndex(dir);
});
afterEach(() => {
  vi.unstubAllGlobals();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the page's module (it keeps the index's meta between searches). */
async function firstPass() {
  vi.resetModules();
  return import('../../public/search/first-pass.js');
}

async function slugsOf(q: string): Promise<string[]> {
  const fp = await firstPass();
  const res = await fp.firstSearch(segmentQuery(q), q);
  return Promise.all((res?.results ?? []).map(async (r) => ((await r.data()) as { url: string }).url.replace(/^\/reports\/|\/$/g, '')));
}

describe('the first-pass index', () => {
  it('finds a word of a title before the same word in a summary, newer first among equals', async () => {
    expect(await slugsOf('足球')).toEqual(['2024-09-10-zuqiu-2', '2021-05-01-zuqiu', '2023-03-02-tiyu']);
  });

  it('finds words of headings, bylines, topics and dates, every query word required', async () => {
    expect(await slugsOf('满意度')).toEqual(['2024-10-01-yuedu']);
    expect(await slugsOf('林晓风')).toEqual(['2024-09-10-zuqiu-2']);
    expect(await slugsOf('阅读')).toEqual(['2024-10-01-yuedu']);
    expect(await slugsOf('足球 2021')).toEqual(['2021-05-01-zuqiu']);
    expect(await slugsOf('足球 图书馆')).toEqual([]);
  });

  it('finds nothing for a word that is not in the compact fields (the full-text pass is for those)', async () => {
    expect(await slugsOf('正文')).toEqual([]);
    expect(await slugsOf('航天员')).toEqual([]);
  });

  it('shows a card with an excerpt of the field that holds the word, the word marked', async () => {
    const fp = await firstPass();
    const res = await fp.firstSearch(segmentQuery('夺冠'), '夺冠');
    const d = (await res!.results[0]!.data()) as { meta: Record<string, string>; excerpt: string };
    expect(d.meta.shown_title).toBe('少年足球队获冠军');
    expect(d.meta.date).toBe('2024-09-10');
    expect(d.excerpt).toBe('球队在市级比赛中<mark>夺冠</mark>。');
    expect(res!.total).toBe(1);
  });

  it('is not written again for the same stamp, and is for another', async () => {
    const meta = join(dir, FIRST_DIRNAME, 'meta.json');
    const before = statSync(meta).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect((await writeFirstIndex(dir, { entries: [] }, 'stamp-1')).written).toBe(false);
    expect(statSync(meta).mtimeMs).toBe(before);
    expect((await writeFirstIndex(dir, { entries: [] }, 'stamp-2')).written).toBe(true);
    expect(JSON.parse(readFileSync(meta, 'utf8')).n).toBe(0);
  });
});

