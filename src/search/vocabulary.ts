/**
 * The vocabulary of the full-text index (format and use: public/search/first-index.js): the
 * Han starts of every word Pagefind indexes, and which shards hold them, so a search can say
 * "nothing" without loading Pagefind and skip the shards that cannot match.
 *
 * It must never miss a word Pagefind has: a missed word would make the page answer "nothing"
 * where Pagefind finds reports. So the words are read from everything Pagefind indexes of a
 * page, cut the way Pagefind cuts them (pagefind/src/fossick/splitting.rs, 1.6): the indexed
 * text, and every metadata value — Pagefind 1.6 indexes metadata as searchable words (the
 * title, the unsegmented `shown_title`, the facts record) — and image descriptions (`alt`).
 * A whitespace-separated token gives Pagefind its letters and digits joined (`天地，玄黄` →
 * 天地玄黄) and each run of them between other characters (天地, 玄黄); a Han-only query word
 * can only begin such a word where the word begins with Han characters, so the list keeps each
 * word's leading Han run, cut to VOCABULARY_CHARS.
 */
import { decodeHTML } from 'entities';
import { VOCABULARY_CHARS, VOCABULARY_LEAD } from '../../public/search/first-index.js';

/** Letters and digits, as Rust's `char::is_alphanumeric` (what Pagefind keeps of a word). */
const NOT_ALNUM = /[^\p{Alphabetic}\p{N}]+/gu;
const HAS_NOT_ALNUM = /[^\p{Alphabetic}\p{N}]/u;
const FIRST_ALNUM = /[\p{Alphabetic}\p{N}]/u;

/** The words of one shard: each listed once, cut to VOCABULARY_CHARS, with every start it covers. */
export class ShardVocabulary {
  /** Every start (1…VOCABULARY_CHARS characters) of a listed word. */
  private readonly covered = new Set<string>();
  private readonly words = new Set<string>();
  /**
   * Tokens already read: a shard's text repeats its words, and reading each distinct token
   * once made the vocabulary's cost in the shard processes ~5 times smaller.
   */
  private readonly seen = new Set<string>();

  /** Adds the words Pagefind makes of `text` (HTML text or an attribute value, entities and all). */
  addText(text: string): void {
    // Entities decoded first, as Pagefind reads the page.
    for (const token of (text.includes('&') ? decodeHTML(text) : text).split(/\s+/)) {
      if (!token || this.seen.has(token)) continue;
      this.seen.add(token);
      // The letters and digits joined begin as the token's first one does: only a Han one can lead.
      const first = FIRST_ALNUM.exec(token)?.[0];
      if (first && VOCABULARY_LEAD.test(first)) this.addLead(token.replace(NOT_ALNUM, ''));
      if (HAS_NOT_ALNUM.test(token)) for (const run of token.split(NOT_ALNUM)) this.addLead(run);
    }
  }

  private addLead(word: string): void {
    const lead = VOCABULARY_LEAD.exec(word)?.[0];
    if (!lead) return;
    const start = lead.slice(0, VOCABULARY_CHARS);
    if (this.covered.has(start)) return;
    this.words.add(start);
    for (let i = 1; i <= start.length; i++) this.covered.add(start.slice(0, i));
  }

  /** The words, without those that only begin another listed word (its bit covers them). */
  list(): string[] {
    const sorted = [...this.words].sort();
    return sorted.filter((w, i) => !(sorted[i + 1]?.startsWith(w) ?? false));
  }
}

/**
 * The vocabulary's bucket files from each shard's word list (`shards[i]`'s words at
 * `lists[i]`): `{ firstChar: [rest, mask, …] }` per bucket of first characters.
 */
export function vocabularyFiles(lists: string[][], bucketOf: (firstChar: string) => number, buckets: number): Record<string, string[]>[] {
  const masks = new Map<string, bigint>();
  lists.forEach((words, i) => {
    const bit = 1n << BigInt(i);
    for (const w of words) masks.set(w, (masks.get(w) ?? 0n) | bit);
  });
  const files: Record<string, string[]>[] = Array.from({ length: buckets }, () => ({}));
  for (const [w, mask] of [...masks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const first = String.fromCodePoint(w.codePointAt(0)!);
    const file = files[bucketOf(first)]!;
    (file[first] ??= []).push(w.slice(first.length), mask.toString(16));
  }
  return files;
}
