/**
 * The index-time speed-up of public/search/segment.js (one segmenter pass per text, see
 * scripts/bench) must not change a single cut: the index and the query are cut by the same
 * function, so any change would cost recall. Reference: each Han run segmented on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../public/search/segment.js';
import { buildPool } from '../../scripts/bench/seed-pool.ts';
import { buildArticle } from '../../scripts/bench/generate-corpus.ts';
import { articleHtml } from '../../scripts/bench/article-html.ts';

const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const reference = (text: string) =>
  text.replace(/\p{Script=Han}+/gu, (run) => ` ${[...seg.segment(run)].map((s) => s.segment).join(' ')} `);

const dir = join(import.meta.dirname, '../../content/sources');
const pool = buildPool(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));

describe('segmentText', () => {
  it('cuts generated report pages exactly like run-by-run segmentation', () => {
    const texts = Array.from({ length: 60 }, (_, i) => articleHtml(buildArticle(i, 3, pool))).flatMap((html) => [...html.matchAll(/>([^<]+)</g)].map((m) => m[1]!));
    expect(texts.length).toBeGreaterThan(3000);
    for (const t of texts) expect(segmentText(t)).toBe(reference(t));
  });

  it('keeps edge cases identical: digits, Latin, quotes, spaces, kana, hangul, astral Han', () => {
    for (const t of ['2024年教育', 'AI数字孪生课堂', '“S2C”数字教育', '5万余人次，97.3%', 'a 教育 b', '教育\u00a0发展', '東京タワーで大会', '한국어와 中文', '𠮷野家', 'no han at all', '']) {
      expect(segmentText(t)).toBe(t && /\p{Script=Han}/u.test(t) ? reference(t) : t);
    }
  });
});
