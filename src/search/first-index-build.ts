/**
 * The first-pass index (format: public/search/first-index.js). Each shard process makes a
 * compact entry of every report it indexes (`compactEntry`: the fields a first screen answers
 * from, cut into words as the page's own text is) and keeps them beside the shard in the cache
 * (`compact.json`), so an unchanged shard's entries are reused with it; after the shards,
 * `writeFirstIndex` joins every shard's entries into the bucket and card files.
 *
 * Why a separate index: a first search on Pagefind's sharded index loads every shard's page
 * table and a chunk per query word per shard (750–950 KB at 10,000 reports). The compact index
 * has no page table: a query word costs one bucket file and a result one card file.
 */
import { createHash } from 'node:crypto';
import { decodeHTMLAttribute } from 'entities';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexText } from '../../public/search/segment.js';
import { dateWords, normalizeWord } from '../../public/search/facts.js';
import { CARDS_PER_FILE, FIELD, FIRST_DIRNAME, FIRST_VERSION, bucketCount, bucketOf, wordBucketCount } from '../../public/search/first-index.js';
import { vocabularyFiles } from './vocabulary.ts';
import { visibleFacts } from '../lib/fact-view.ts';
import type { Report } from '../schema/report.ts';

/** A report's compact entry: its card and its words with the fields they are in. */
export interface CompactEntry {
  slug: string;
  /** Sort key (the report's date, '' when undated). */
  date: string;
  /** `[slug, title, date, dateLabel, kicker, image, texts]` (first-index.js). */
  card: [string, string, string, string, string, string, string[]];
  /**
   * Its words, separated by spaces, and `masks[i]` the fields (FIELD bits) word `i` is in. Not
   * an object of word → mask: building the postings of 10,000 such objects (Object.entries on
   * large parsed objects) took ~2 s.
   */
  words: string;
  masks: number[];
}

/** Longest text a card keeps of one field (the excerpt shows ~40 characters around a match). */
const CARD_TEXT_CHARS = 160;
/** A Markdown heading line of the body. */
const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm;


/** A `data-pagefind-meta="key:value"` value of the built page ('' when absent). */
function pageMeta(html: string, key: string): string {
  const m = new RegExp(`data-pagefind-meta="${key}:([^"]*)"`).exec(html);
  return m ? decodeHTMLAttribute(m[1]!) : '';
}

/** The compact entry of a published report (`html`: its built page, for the image and date label it shows). */
export function compactEntry(slug: string, report: Report, body: string, html: string): CompactEntry {
  const words: Record<string, number> = {};
  const texts: string[] = [];
  const add = (bit: number, text: string | null | undefined, shown = true): void => {
    if (!text) return;
    for (const w of indexText(text).split(/\s+/)) {
      const n = normalizeWord(w);
      if (n) words[n] = (words[n] ?? 0) | bit;
    }
    if (shown) texts.push(text.length > CARD_TEXT_CHARS ? text.slice(0, CARD_TEXT_CHARS) : text);
  };
  const title = report.title ?? '';
  add(FIELD.title, title);
  add(FIELD.deck, report.subtitle);
  add(FIELD.summary, report.summary);
  for (const m of body.matchAll(HEADING)) add(FIELD.heading, m[1]);
  add(FIELD.byline, [...report.authors, report.publisher ?? '', report.photoCredit ?? ''].filter(Boolean).join(' '));
  add(FIELD.topic, report.topics.join(' '));
  const facts = visibleFacts(report);
  add(FIELD.fact, [...new Set(facts.map((f) => f.subject).filter(Boolean))].join('；'));
  add(FIELD.fact, facts.map((f) => f.text).join(' '), false);
  const date = report.date ? String(report.date) : '';
  add(FIELD.date, dateWords(date), false);
  return {
    slug,
    date,
    card: [slug, title, date, pageMeta(html, 'date_label'), report.kicker ?? '', pageMeta(html, 'image'), texts],
    words: Object.keys(words).join(' '),
    masks: Object.values(words),
  };
}

/** The file a shard's entries are kept in, beside its Pagefind bundle in the cache (a ShardCompact). */
export const COMPACT_FILE = 'compact.json';

/** What a shard process keeps for the first-pass index. */
export interface ShardCompact {
  /** Its reports' compact entries. */
  entries: CompactEntry[];
  /** Its vocabulary (src/search/vocabulary.ts), null when its index was not cut by segment.js. */
  words: string[] | null;
  /** Its reports per filter value, `{ key: { value: reports } }`, as Pagefind's `filters()` counts them. */
  filters: Record<string, Record<string, number>>;
}

/** What the first-pass index is written from. */
export interface FirstIndexInput {
  entries: CompactEntry[];
  /** Every shard's key and vocabulary, the primary's too; without them (or with one unknown) no vocabulary is written. */
  shards?: { key: string; words: string[] | null }[];
  /** The archive's reports per filter value. */
  filters?: Record<string, Record<string, number>>;
}

/** A `data-pagefind-filter="key:value"` of a built page. */
const FILTER_ATTR = /\sdata-pagefind-filter="([^"]*)"/g;

/** Adds a page's filter values to `counts` (one report per value, as Pagefind counts pages). */
export function countFilters(html: string, counts: Record<string, Record<string, number>>): void {
  const seen = new Set<string>();
  for (const m of html.matchAll(FILTER_ATTR)) {
    const value = decodeHTMLAttribute(m[1]!);
    const colon = value.indexOf(':');
    if (colon <= 0 || seen.has(value)) continue;
    seen.add(value);
    const key = value.slice(0, colon).trim();
    const v = value.slice(colon + 1).trim();
    (counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1;
  }
}

/** Sums shards' filter counts into `into`. */
export function addFilterCounts(into: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>): void {
  for (const [key, values] of Object.entries(counts)) for (const [v, n] of Object.entries(values)) (into[key] ??= {})[v] = (into[key]![v] ?? 0) + n;
}

/**
 * Writes the first-pass index of `entries` into `<indexDir>/first/`, unless `stamp` (a hash
 * of every shard's inputs) is the one it was last written for; `load` fills `entries` when it
 * must be written. The stamp is written last, so a build stopped half-way writes it all again.
 */
export async function writeFirstIndex(indexDir: string, input: FirstIndexInput, stamp: string | null, load: () => Promise<void> = async () => {}): Promise<{ written: boolean; reports: number; words: number; vocabulary: number }> {
  const dir = join(indexDir, FIRST_DIRNAME);
  const stampFile = join(dir, 'stamp.txt');
  if (stamp && existsSync(join(dir, 'meta.json')) && (await readFile(stampFile, 'utf8').catch(() => '')) === stamp) {
    return { written: false, reports: 0, words: 0, vocabulary: 0 };
  }
  // Read only now: an unchanged rebuild does not parse every shard's entries.
  await load();
  const sorted = [...input.entries].sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0) : a.date < b.date ? 1 : -1));
  const postings = new Map<string, number[]>();
  sorted.forEach((e, id) => {
    const words = e.words ? e.words.split(' ') : [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const mask = e.masks[i]!;
      const list = postings.get(w);
      if (list) list.push(id, mask);
      else postings.set(w, [id, mask]);
    }
  });
  let numbers = 0;
  for (const list of postings.values()) numbers += list.length;
  const buckets = bucketCount(numbers);
  const files: Record<string, number[]>[] = Array.from({ length: buckets }, () => ({}));
  for (const [w, list] of postings) {
    let prev = 0;
    for (let i = 0; i < list.length; i += 2) {
      const id = list[i]!;
      list[i] = id - prev;
      prev = id;
    }
    files[bucketOf(w, buckets)]![w] = list;
  }
  const out = new Map<string, string>();
  files.forEach((f, i) => out.set(`b/${i}.json`, JSON.stringify(f)));
  for (let k = 0; k * CARDS_PER_FILE < sorted.length; k++) {
    out.set(`c/${k}.json`, JSON.stringify(sorted.slice(k * CARDS_PER_FILE, (k + 1) * CARDS_PER_FILE).map((e) => e.card)));
  }
  // The vocabulary, when every shard's is known: its bucket files and the shards in mask-bit order.
  const shards = input.shards?.every((x) => x.words) ? input.shards : null;
  let vocabulary: { shards: string[]; wbuckets: number } | null = null;
  let listed = 0;
  if (shards) {
    const chars = shards.reduce((n, x) => n + x.words!.reduce((m, w) => m + w.length + 8, 0), 0);
    const wbuckets = wordBucketCount(chars);
    const wfiles = vocabularyFiles(shards.map((x) => x.words!), (c) => bucketOf(c, wbuckets), wbuckets);
    wfiles.forEach((f, i) => {
      out.set(`w/${i}.json`, JSON.stringify(f));
      for (const list of Object.values(f)) listed += list.length / 2;
    });
    vocabulary = { shards: shards.map((x) => x.key), wbuckets };
  }
  // Apart from meta.json, so a changed count does not change the layout (and rewrite every file).
  out.set('filters.json', JSON.stringify(input.filters ?? {}));
  const meta = JSON.stringify({ v: FIRST_VERSION, n: sorted.length, buckets, per: CARDS_PER_FILE, ...vocabulary });
  const old = await readFile(join(dir, 'meta.json'), 'utf8').catch(() => '');
  if (old === meta) {
    // Same layout (a report edited): only the files whose bytes changed are written, each
    // atomically — rewriting all ~1,750 files of 10,000 reports took 2–4 s of a one-report rebuild.
    await rm(join(dir, 'stamp.txt'), { force: true });
    await Promise.all([...out].map(async ([rel, text]) => {
      const file = join(dir, rel);
      if ((await readFile(file, 'utf8').catch(() => null)) === text) return;
      await writeFile(`${file}.tmp`, text);
      await rename(`${file}.tmp`, file);
    }));
  } else {
    // A new layout: written to a new folder and swapped in, so no file of the old one is left.
    const tmp = `${dir}.tmp`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(join(tmp, 'b'), { recursive: true });
    await mkdir(join(tmp, 'c'), { recursive: true });
    await mkdir(join(tmp, 'w'), { recursive: true });
    await Promise.all([...out].map(([rel, text]) => writeFile(join(tmp, rel), text)));
    await writeFile(join(tmp, 'meta.json'), meta);
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  }
  if (stamp) await writeFile(stampFile, stamp);
  return { written: true, reports: sorted.length, words: postings.size, vocabulary: listed };
}

/** The stamp of a set of shards: their keys and input hashes (null when any is unknown). */
export function firstIndexStamp(hashes: Map<string, string>, keys: string[]): string | null {
  if (!keys.every((k) => hashes.has(k))) return null;
  const h = createHash('sha256').update(`first-index ${FIRST_VERSION}`);
  for (const k of [...keys].sort()) h.update(`\0${k}\0${hashes.get(k)}`);
  return h.digest('hex');
}
