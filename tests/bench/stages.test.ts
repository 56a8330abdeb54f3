import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editOneReport, splitIndexPhase } from '../../scripts/bench/stages.ts';
import { summarize, toMarkdown } from '../../scripts/bench/report-table.ts';
import type { StageResult } from '../../scripts/bench/stages.ts';

const line = (t: number, text: string) => ({ t, stream: 'stdout' as const, text });

describe('splitIndexPhase', () => {
  const lines = [
    line(500, '22:48:08 [gaoxin-pagefind] search facts facts-2024: 1000 reports, 24000 facts in 8.1 s'),
    line(800, '22:48:08 [gaoxin-pagefind] search facts: 1 shards (1 built, 0 unchanged), 24000 facts, in 8.3 s'),
    line(1000, ' generating static routes '),
    line(9000, '22:48:16 ✓ Completed in 8.0s.'),
    line(9100, '22:48:16 [build] ✓ Completed in 8.2s.'),
    line(9200, "22:48:16 [@astrojs/sitemap] `sitemap-index.xml` created"),
    line(9300, '22:48:16 [gaoxin-pagefind] search index: start, 1000 pages in 1 shards'),
    line(20000, '22:48:27 [gaoxin-pagefind] search index: 1000 pages in 1 shards + 1 facts shards'),
    line(20010, '22:48:27 [build] 1002 page(s) built in 20.0s'),
  ];
  it('starts the index where Astro’s last build step ended, and ends it at the build summary', () => {
    // The facts lines before it (indexed alongside Astro) do not start the index phase.
    expect(splitIndexPhase({ lines, phaseStartMs: { astro: 0, index: 9500 }, wallMs: 20100 })).toEqual({ indexStartMs: 9100, indexEndMs: 20010 });
  });
  it('finds no index when the index never started', () => {
    const plain = lines.filter((l) => !l.text.includes('search index'));
    expect(splitIndexPhase({ lines: plain, phaseStartMs: { astro: 0 }, wallMs: 20100 }).indexStartMs).toBeNull();
  });
});

const stage = (s: Partial<StageResult> & Pick<StageResult, 'stage'>): StageResult => ({
  status: 'ok',
  wallMs: 0,
  memory: { peakTreeKb: 0, cpuMs: 0, perProcessKb: {} },
  items: 0,
  outBytes: null,
  indexBytes: null,
  note: '',
  ...s,
});

describe('summarize', () => {
  it('adds wall times, takes the largest peak and rates pages over the whole build', () => {
    const rows = summarize([
      stage({ stage: 'ingest', wallMs: 4000, memory: { peakTreeKb: 300 * 1024, cpuMs: 3000, perProcessKb: {} }, items: 1000 }),
      stage({ stage: 'astro build', wallMs: 10000, memory: { peakTreeKb: 900 * 1024, cpuMs: 12500, perProcessKb: {} }, items: 1020, outBytes: 50 * 1024 ** 2 }),
      stage({ stage: 'index', wallMs: 6000, memory: { peakTreeKb: 1200 * 1024, cpuMs: 7000, perProcessKb: {} }, items: 1020, indexBytes: 20 * 1024 ** 2 }),
    ]);
    expect(rows.at(-1)).toEqual({ stage: 'total', wall: '20.0', cpu: '22.5', peak: '1.17 GB', output: '70.0 MB', index: '20.0 MB', rate: '51' });
    expect(rows[0]!.rate).toBe('250');
    expect(rows[1]!.rate).toBe('102');
  });
  it('shows a missing stage as not available and leaves it out of the total', () => {
    const rows = summarize([stage({ stage: 'ingest', status: 'not available' }), stage({ stage: 'astro build', wallMs: 2000, items: 10, outBytes: 1024 })]);
    expect(rows[0]!.wall).toBe('not available');
    expect(rows.at(-1)!.wall).toBe('2.0');
    expect(toMarkdown(rows).split('\n')[1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  });
});

describe('editOneReport', () => {
  it('appends a paragraph to one report and leaves the others alone', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'bench-edit-'));
    try {
      for (const n of ['a', 'b', 'c']) await writeFile(join(tmp, `${n}.md`), `---\ntitle: ${n}\n---\n\n正文。\n`);
      const edited = await editOneReport(tmp);
      expect(edited).toBe(join(tmp, 'b.md'));
      expect(await readFile(join(tmp, 'b.md'), 'utf8')).toMatch(/正文。\n\n编辑补充：.+\n$/);
      expect(await readFile(join(tmp, 'a.md'), 'utf8')).toBe('---\ntitle: a\n---\n\n正文。\n');
      expect((await readdir(tmp)).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
