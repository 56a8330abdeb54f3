// @ts-check
/**
 * The first-pass index's format, shared by the build (src/search/first-index-build.ts writes
 * it) and the search page (first-pass.js reads it). One source of truth for the folder, the
 * field bits and their weights, and which file holds a word or a report.
 *
 * The first pass answers a search from a compact index of what a report is about (title,
 * deck, summary, headings, byline, topics, fact subjects, date) before Pagefind's full-text
 * index has loaded: a word's postings are in one small bucket file (no page table of the
 * whole archive to load first), a result's card (title, date, texts) in one small card file.
 * Exact words only (the query cut as the index was, segment.js): Pagefind's full-text pass,
 * which follows, finds the rest, prefixes included.
 *
 * Files under FIRST_DIR:
 * - `meta.json`: `{ v, n, buckets, per, shards, wbuckets }` (format version, reports, bucket
 *   files, cards per file; every shard of Pagefind's index in mask-bit order and the
 *   vocabulary's bucket files, both left out when no vocabulary was written);
 * - `filters.json`: the archive's reports per filter value, `{ key: { value: reports } }` (apart
 *   from meta.json, so a changed count is no new layout);
 * - `b/<bucket>.json`: `{ word: [id, mask, id, mask, …] }`, ids ascending as deltas from the
 *   previous id (the first from 0), `mask` the fields (FIELD bits) the word is in;
 * - `c/<id / per>.json`: the cards of ids `per·k … per·k+per−1`, each
 *   `[slug, title, date, dateLabel, kicker, image, texts]` (texts: the compact fields' text as
 *   written, title first, for the excerpt and the verbatim check).
 * - `w/<bucket>.json`: the vocabulary, `{ firstChar: [rest, mask, rest, mask, …] }`: the start
 *   (VOCABULARY_CHARS) of every word of Pagefind's full-text index that starts with Han
 *   characters (VOCABULARY_LEAD), by its first character, `mask` the shards holding it as hex
 *   bits (bit i: `shards[i]`).
 * Report ids: newest first (by date, then slug), so a lower id is the newer report.
 *
 * The vocabulary lets a search skip what cannot match (issue 22). Pagefind finds a page when
 * every query word begins one of its words, so a query word that begins no word of the
 * vocabulary finds nothing (the page says so without loading Pagefind), and a shard none of
 * whose words a query word begins is not merged for that search (its page table and chunks
 * are not fetched). Words are read from exactly what Pagefind indexes of a page (src/search/
 * vocabulary.ts: the indexed text, metadata values, image descriptions) and cut as Pagefind
 * cuts them; only their Han starts are listed, so a query word with digits or Latin letters
 * (which Pagefind stems or splits its own way), or longer than VOCABULARY_CHARS, rules
 * nothing out.
 */

/** Where the first-pass index is served (inside the Pagefind folder, which the build keeps). */
export const FIRST_DIR = '/pagefind/first/';
/** Its folder name inside the index folder (`dist/pagefind/first`). */
export const FIRST_DIRNAME = 'first';
/** Version of the file format (meta.json `v`). */
export const FIRST_VERSION = 2;

/**
 * A word the vocabulary lists: CJK Unified Ideographs and Extension A only (characters no
 * Unicode normalisation changes; compatibility ideographs and other scripts are left out).
 */
const LISTED = '[\\u3400-\\u4dbf\\u4e00-\\u9fff]+';
export const VOCABULARY_WORD = new RegExp(`^${LISTED}$`);
/** A word's leading run of listed characters (what a Han-only query word can be a prefix of). */
export const VOCABULARY_LEAD = new RegExp(`^${LISTED}`);
/**
 * Characters of a word the vocabulary keeps: a word is listed by its first four characters,
 * so a query word of up to four characters is decided, a longer one rules nothing out. Keeps
 * the list small where Pagefind indexes long unsegmented runs (metadata values, the facts
 * record), whose every start would otherwise be a word of its own.
 */
export const VOCABULARY_CHARS = 4;

/**
 * Vocabulary bucket files for `chars` characters of listed words and masks: about 16 KB of
 * JSON a bucket, a power of two, at most 1024.
 * @param {number} chars
 */
export function wordBucketCount(chars) {
  let b = 1;
  while (b < 1024 && b * 16000 < chars) b *= 2;
  return b;
}

/** The fields of the compact index, one bit each. */
export const FIELD = Object.freeze({ title: 1, deck: 2, summary: 4, heading: 8, byline: 16, topic: 32, fact: 64, date: 128 });

/**
 * A word's weight in a field, as the report page weighs it for Pagefind (title 10, deck 7,
 * byline names 0.5): the best field of each query word counts.
 * @type {[bit: number, weight: number][]}
 */
export const FIELD_WEIGHTS = [
  [FIELD.title, 10],
  [FIELD.deck, 7],
  [FIELD.summary, 5],
  [FIELD.heading, 4],
  [FIELD.topic, 3],
  [FIELD.fact, 2],
  [FIELD.byline, 1],
  [FIELD.date, 0.5],
];

/** The weight of a word found in the fields `mask`. */
export function maskWeight(/** @type {number} */ mask) {
  for (const [bit, w] of FIELD_WEIGHTS) if (mask & bit) return w;
  return 0;
}

/**
 * The bucket file of a word: FNV-1a over its UTF-16 code units, modulo the bucket count.
 * @param {string} word
 * @param {number} buckets
 */
export function bucketOf(word, buckets) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

/**
 * Bucket files for postings of `numbers` numbers in all (two a report a word): about 24 KB of
 * JSON a bucket (~6–10 KB gzip; a word in every report of a 10,000-report archive is ~40 KB
 * alone), a power of two, at most 4096. Sized by bytes, not words: at 10,000 generated reports
 * 9,675 words in 64 buckets (200 words each) made buckets of up to 375 KB (30 KB gzip).
 * @param {number} numbers
 */
export function bucketCount(numbers) {
  let b = 1;
  while (b < 4096 && b * 8000 < numbers) b *= 2;
  return b;
}

/** Cards per card file: a first screen of five reads five files of this many. */
export const CARDS_PER_FILE = 8;
