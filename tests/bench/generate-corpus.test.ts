import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schema/report.ts';
import { buildPool } from '../../scripts/bench/seed-pool.ts';
import {
  CORPUS_RULES,
  MAX_REPORTS,
  buildArticle,
  createRng,
  renderReport,
  renderSource,
  titleParts,
  varyNumbers,
  writeCorpus,
} from '../../scripts/bench/generate-corpus.ts';

const dir = join(import.meta.dirname, '../../content/sources');
const pool = buildPool(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')));
const articles = Array.from({ length: 300 }, (_, i) => buildArticle(i, 1, pool));
const bodyChars = (text: string) => (text.match(/[\u3400-\u9fff]/g) ?? []).length;

describe('the generated corpus', () => {
  it('is reproducible from its seed, and another seed gives other articles', () => {
    expect(renderSource(buildArticle(7, 1, pool))).toBe(renderSource(buildArticle(7, 1, pool)));
    expect(renderSource(buildArticle(7, 2, pool))).not.toBe(renderSource(buildArticle(7, 1, pool)));
  });

  it('gives every report its own title, up to MAX_REPORTS', () => {
    const titles = new Set(Array.from({ length: 20_000 }, (_, i) => JSON.stringify(titleParts(i))));
    expect(titles.size).toBe(20_000);
    expect(() => buildArticle(MAX_REPORTS, 1, pool)).toThrow(/at most/);
  });

  it('spreads stated dates over 2015–2026', () => {
    const years = new Set(articles.map((a) => Number(a.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(CORPUS_RULES.firstYear);
    expect(Math.max(...years)).toBe(CORPUS_RULES.lastYear);
    expect(years.size).toBe(CORPUS_RULES.lastYear - CORPUS_RULES.firstYear + 1);
    for (const a of articles) expect(renderSource(a)).toContain(`发布日期：${a.date}`);
  });

  it('writes about 5,000 characters per article', () => {
    const sizes = articles.map((a) => bodyChars(renderSource(a)));
    const mean = sizes.reduce((s, n) => s + n, 0) / sizes.length;
    expect(mean).toBeGreaterThan(4500);
    expect(mean).toBeLessThan(6000);
    expect(Math.min(...sizes)).toBeGreaterThan(3500);
  });

  it('has figures, 数说 boxes and bylines in both places', () => {
    const sources = articles.map(renderSource);
    const withBox = sources.filter((s) => s.includes('## 数说>>>')).length;
    expect(withBox / sources.length).toBeGreaterThan(0.35);
    expect(withBox / sources.length).toBeLessThan(0.65);
    expect(articles.every((a) => a.sections.some((s) => s.blocks.some((b) => b.kind === 'figure')))).toBe(true);
    expect(sources.some((s) => /\n记者 \S+/.test(s))).toBe(true);
    expect(sources.some((s) => s.includes('图片由'))).toBe(true);
  });

  it('reuses seed paragraphs, changing only counted numbers', () => {
    const mask = (s: string) => s.replace(/\d+(\.\d+)?/g, '#');
    const seedShapes = new Set(pool.paragraphs.map(mask));
    const paragraphs = articles.slice(0, 20).flatMap((a) => a.sections.slice(1).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : []))));
    const fromSeeds = paragraphs.filter((p) => seedShapes.has(mask(p)));
    expect(fromSeeds.length / paragraphs.length).toBeGreaterThan(0.8);
  });
});

describe('varyNumbers', () => {
  it('changes counted numbers and keeps years and plan names', () => {
    const text = '2024年，“1345”体系推进，56节入选部级精品课，获奖率100%。';
    const out = varyNumbers(text, createRng(3));
    expect(out).toMatch(/^2024年，“1345”体系推进，\d{2}节入选部级精品课，获奖率\d+\.\d%。$/);
    expect(out).not.toBe(text);
  });
});

describe('renderReport (the fallback when ingest is not there)', () => {
  it('writes front matter the shared schema accepts, with figures matching the body', () => {
    for (const a of articles.slice(0, 30)) {
      const { fileName, text } = renderReport(a, renderSource(a));
      expect(fileName).toMatch(new RegExp(`^${a.date}-bench-\\d{5}\\.md$`));
      const { data, content } = matter(text);
      const parsed = reportSchema.safeParse(data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const ids = [...content.matchAll(/^::: figure (fig-\d+)$/gm)].map((m) => m[1]);
      expect(ids).toEqual(parsed.data!.figures.map((f) => f.id));
      expect(content.includes('::: facts 数说')).toBe(a.box !== null);
    }
  });
});

describe('writeCorpus', () => {
  it('writes N sources and, when asked, N reports', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'bench-test-'));
    try {
      const res = await writeCorpus({ dir: join(tmp, 's'), n: 12, seed: 5, pool, reportsDir: join(tmp, 'r') });
      const sources = (await readdir(join(tmp, 's'))).sort();
      expect(sources).toHaveLength(12);
      expect(sources[0]).toBe('bench-00001.txt');
      expect(await readdir(join(tmp, 'r'))).toHaveLength(12);
      const total = (await Promise.all(sources.map((f) => readFile(join(tmp, 's', f))))).reduce((s, b) => s + b.length, 0);
      expect(res.bytes).toBe(total);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
