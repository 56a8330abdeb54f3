/** The search's script fold: the committed table is opencc-js's, and index and query fold alike. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLD_MODULE, scriptFoldModule } from '../../scripts/make-script-fold.ts';
import { foldScript } from '../../public/search/script-fold.js';
import { indexText, segmentQuery } from '../../public/search/segment.js';
import { foldToSimplified } from '../../src/text/script-fold.ts';
import { qrSvg } from '../../src/lib/qr-svg.ts';
import { encode } from 'uqr';

describe('public/search/script-fold.js', () => {
  it('is what scripts/make-script-fold.ts makes from opencc-js today (run it after an opencc-js upgrade)', () => {
    expect(readFileSync(FOLD_MODULE, 'utf8')).toBe(scriptFoldModule());
  });
  it('folds as the extractor’s fold does, keeping length', () => {
    for (const t of ['高新區學校開展閱讀月活動', '督導 滿意度 軍訓 2萬冊', '学校图书馆', 'abc 123']) {
      expect(foldScript(t)).toBe(foldToSimplified(t));
      expect(foldScript(t)).toHaveLength(t.length);
    }
  });
  it('agrees with Node’s fold on every character of the CJK blocks the fold covers, both ways', () => {
    // Every code point of Extension A and the Unified Ideographs (U+3400–U+9FFF), one text: a
    // character either table changes and the other does not, or changes differently, shows here.
    let all = '';
    for (let c = 0x3400; c <= 0x9fff; c++) all += String.fromCharCode(c);
    const browser = foldScript(all);
    const node = foldToSimplified(all);
    const differ: string[] = [];
    for (let i = 0; i < all.length; i++) if (browser[i] !== node[i]) differ.push(`${all[i]}→${browser[i]}/${node[i]}`);
    expect(differ).toEqual([]);
    // Not vacuous: both fold thousands of characters.
    expect([...all].filter((ch, i) => node[i] !== ch).length).toBeGreaterThan(2000);
  });
  it('a traditional query and a simplified page (and back) give the same words', () => {
    expect(segmentQuery('學校圖書館')).toBe(segmentQuery('学校图书馆'));
    expect(indexText('高新區學校').trim()).toBe(indexText('高新区学校').trim());
  });
});

describe('qrSvg', () => {
  it('draws every dark module of the code, and nothing else', () => {
    const url = 'https://edu.cqgxq.example/reports/2024-09-x/';
    const svg = qrSvg(url, '二维码');
    const { data, size } = encode(url, { ecc: 'M', border: 0 });
    const dark = new Set<string>();
    for (const m of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) - 4 + i},${Number(m[2]) - 4}`);
    const want = new Set<string>();
    data.forEach((row, y) => row.forEach((on, x) => on && want.add(`${x},${y}`)));
    expect(dark).toEqual(want);
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(svg).toContain('aria-label="二维码"');
  });
});
