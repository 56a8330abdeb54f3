// @ts-check
/**
 * Chinese word segmentation shared by the search index (Node, at build time) and the search
 * page (browser, at query time). Both sides use the same segmenter, Intl.Segmenter with ICU's
 * dictionary, so a phrase is cut into the same words in a report as in a query. Pagefind's own
 * Chinese mode cuts the index with jieba (charabia) but the query with Intl.Segmenter; the two
 * disagree (世界机器人大赛 → 世界/机器人/大赛 vs 世界/机器/人大/赛) and searches find nothing.
 * The words are separated by spaces; Pagefind then indexes them without a segmenter of its own.
 * Plain JavaScript (no build step) because the search page loads it as an external file.
 */

import { foldScript } from './script-fold.js';

/** A run of Han characters (the only text that needs cutting; digits and Latin split on spaces). */
const HAN_RUN = /\p{Script=Han}+/gu;
/** A Han character or a Chinese punctuation mark (regular-expression source). */
export const CJK_CHAR = '[\\p{Script=Han}，。、；：！？“”‘’（）《》—…]';
/** Spaces with a Han character or Chinese punctuation on one side (the segmenter put them there). */
const SPACE_BY_HAN = new RegExp(`(?<=${CJK_CHAR})[ \\u00a0]+|[ \\u00a0]+(?=${CJK_CHAR})`, 'gu');
/** The same next to a <mark> tag whose other side is Han: "高 <mark>新</mark>" → "高<mark>新</mark>". */
const SPACE_BY_MARK = /(?<=[\p{Script=Han}，。、；：！？“”（）》])[ \u00a0]+(?=<mark>)|(?<=<\/mark>)[ \u00a0]+(?=[\p{Script=Han}，。、；：！？“”（）《])|(?<=[\p{Script=Han}，。、；：！？“”（）》]<\/mark>)[ \u00a0]+|[ \u00a0]+(?=<mark>[\p{Script=Han}，。、；：！？“”（）《])/gu;

/** @type {Intl.Segmenter | null} */
let segmenter = null;

/**
 * Cuts every Han run of `text` into words and separates them (and the run from its
 * neighbours) with single spaces. Text without Han characters is returned unchanged.
 * @param {string} text
 * @returns {string}
 */
export function segmentText(text) {
  if (!HAN_RUN.test(text)) return text;
  HAN_RUN.lastIndex = 0;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const cut = /** @type {Intl.Segmenter} */ (segmenter);
  // One segmenter pass over the whole text: calling segment() once per Han run cost 2.2× the
  // time at index build (npm run bench: 6.0 → 2.7 ms per report page). A Han run between
  // punctuation, digits or Latin gets the same word boundaries either way; text with kana or
  // hangul (which the dictionary joins to Han) or a segment mixing Han with other characters
  // takes the run-by-run path, so the output is always the same as before.
  if (OTHER_DICTIONARY_SCRIPT.test(text)) return segmentRuns(text, cut);
  let out = '';
  let inHan = false;
  for (const { segment } of cut.segment(text)) {
    if (HAN_ONLY.test(segment)) {
      out += ` ${segment}`;
      inHan = true;
    } else if (HAN_RUN.test(segment)) {
      HAN_RUN.lastIndex = 0;
      return segmentRuns(text, cut);
    } else {
      out += inHan ? ` ${segment}` : segment;
      inHan = false;
    }
  }
  return inHan ? `${out} ` : out;
}

/** A segment that is Han characters only. */
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Scripts ICU's CJK dictionary segments together with Han. */
const OTHER_DICTIONARY_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Cuts each Han run of `text` on its own (the reference behaviour of segmentText).
 * @param {string} text
 * @param {Intl.Segmenter} cut
 * @returns {string}
 */
function segmentRuns(text, cut) {
  return text.replace(HAN_RUN, (run) => {
    const words = [];
    for (const { segment } of cut.segment(run)) words.push(segment);
    return ` ${words.join(' ')} `;
  });
}

/**
 * Turns what a reader typed into the query Pagefind gets: traditional characters folded to
 * simplified as the index was (script-fold.js), the same cut as the index, runs of spaces collapsed.
 * @param {string} query
 * @returns {string}
 */
export function segmentQuery(query) {
  return segmentText(foldScript(query.normalize('NFKC'))).replace(/\s+/g, ' ').trim();
}

/**
 * What the index stores for a text: folded to simplified (so either script finds it), then cut.
 * @param {string} text
 * @returns {string}
 */
export function indexText(text) {
  return segmentText(foldScript(text));
}

/**
 * How the index writes a space the author put between Chinese words (src/search/html-for-index.ts):
 * a zero-width space, which Pagefind neither turns into a plain space nor indexes as a word.
 */
export const AUTHOR_SPACE_MARK = '\u200b';
/** The mark with the segmenter's spaces around it. */
const AUTHOR_SPACE = /[ \u00a0]*\u200b[ \u00a0]*/g;

/**
 * Removes the spaces the segmenter put between Chinese words from text shown to readers
 * (excerpts and titles come back from Pagefind with them), and shows the author's own spaces.
 * @param {string} html
 * @returns {string}
 */
export function unsegment(html) {
  return html.replace(SPACE_BY_MARK, '').replace(SPACE_BY_HAN, '').replace(AUTHOR_SPACE, ' ').trim();
}
