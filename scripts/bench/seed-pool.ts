/**
 * Extracts reusable pieces from the seed sources (content/sources/*.txt) for the benchmark
 * corpus: whole paragraphs, section headings, subheadings, captions and numbers-box items.
 * Pure: takes the seed texts, returns the pool. The generator recombines these pieces, so the
 * synthetic reports read like the real ones (same vocabulary, same sentence lengths).
 */

export interface BoxItem {
  label: string;
  text: string;
}

export interface SeedPool {
  /** Complete body paragraphs (they end with sentence punctuation). */
  paragraphs: string[];
  /** Section headings without the leading `## `. */
  headings: string[];
  /** Section subheadings without the leading `### `. */
  subheadings: string[];
  /** Photo captions. */
  captions: string[];
  /** Numbers-box (数说) items. */
  boxItems: BoxItem[];
  /** Numbers-box subtitles without the leading `### `. */
  boxSubtitles: string[];
}

/** Thresholds that tell the seeds' line kinds apart. */
export const POOL_RULES = {
  /** A paragraph ends with one of these. */
  sentenceEnd: /[。！？…”」）)]$/,
  /** A body paragraph is at least this long (shorter complete lines are bylines or cut tails). */
  minParagraphChars: 40,
  /** Captions are between these lengths, have no sentence punctuation and no comma. */
  captionChars: [12, 45] as const,
  /** Newspaper couplet headings (seed 004): two consecutive short lines of this length range. */
  coupletChars: [5, 10] as const,
  /** Share of CJK characters a caption needs (drops the English advertisement lines). */
  minCjkShare: 0.8,
  /** The heading that opens a numbers box. */
  boxHeading: /^##\s*数说/,
  /** Photo-credit lines look like captions but are not. */
  credit: /提供|供图|摄/,
};

const CJK = /[\u3400-\u9fff]/g;

function cjkShare(s: string): number {
  return (s.match(CJK)?.length ?? 0) / Math.max(1, s.length);
}

function isBodyParagraph(line: string): boolean {
  return !line.startsWith('#') && line.length >= POOL_RULES.minParagraphChars && POOL_RULES.sentenceEnd.test(line);
}

function isShortPlain(line: string, [min, max]: readonly [number, number]): boolean {
  return (
    !line.startsWith('#') &&
    line.length >= min &&
    line.length <= max &&
    !POOL_RULES.sentenceEnd.test(line) &&
    !/[，、：]/.test(line) &&
    !POOL_RULES.credit.test(line) &&
    cjkShare(line) >= POOL_RULES.minCjkShare
  );
}

export function buildPool(seedTexts: readonly string[]): SeedPool {
  const pool: SeedPool = { paragraphs: [], headings: [], subheadings: [], captions: [], boxItems: [], boxSubtitles: [] };
  for (const text of seedTexts) {
    const lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    const bodyIdx = lines.map((l, i) => (isBodyParagraph(l) ? i : -1)).filter((i) => i >= 0);
    const first = bodyIdx[0] ?? 0;
    const last = bodyIdx.at(-1) ?? lines.length - 1;
    let inBox = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (POOL_RULES.boxHeading.test(line)) {
        inBox = true;
        continue;
      }
      if (inBox) {
        if (line.startsWith('#### ')) {
          const next = lines[i + 1];
          if (next && !next.startsWith('#')) pool.boxItems.push({ label: line.slice(5).trim(), text: next });
          i++;
        } else if (line.startsWith('### ')) {
          pool.boxSubtitles.push(line.slice(4).trim());
        } else if (line.startsWith('## ')) {
          inBox = false;
        }
        if (inBox) continue;
      }
      if (line.startsWith('## ')) pool.headings.push(line.slice(3).trim());
      else if (line.startsWith('### ')) pool.subheadings.push(line.slice(4).trim());
      else if (isBodyParagraph(line)) pool.paragraphs.push(line);
      else if (i > first && i < last) {
        const next = lines[i + 1];
        if (next && isShortPlain(line, POOL_RULES.coupletChars) && isShortPlain(next, POOL_RULES.coupletChars)) {
          pool.headings.push(`${line} ${next}`);
          i++;
        } else if (isShortPlain(line, POOL_RULES.captionChars)) {
          pool.captions.push(line);
        }
      }
    }
  }
  return pool;
}
