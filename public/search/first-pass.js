// @ts-check
/**
 * The search's first pass: the first screen of results from the compact index
 * (first-index.js: titles, decks, summaries, headings, bylines, topics, fact subjects, dates),
 * shown while Pagefind's full-text index loads. When the full-text results come, they take the
 * list's place in one step, in Pagefind's order (search.js): the list a reader pages through,
 * its counts and the facts beneath each report are the full-text search's, as before. (Keeping
 * the first screen on top instead, with the full-text results after it, put reports with many
 * matching facts first and cost recall@10 on `npm run bench:search`'s one list: 1.000 → 0.969.)
 * A query word costs one bucket file and a shown result one card file, whatever
 * the archive's size, where Pagefind's first search loads every shard's page table.
 *
 * A report matches when it holds every query word as a word of its compact fields (exact words,
 * the query cut as the index was): the full-text pass finds the rest. Ranked by the best field
 * of each word (title first, first-index.js FIELD_WEIGHTS), then newest first. For a query of
 * several words the candidates' cards are checked as pf/pagefind.js checks Pagefind's results:
 * those holding what was typed verbatim come first, then those holding every word as words of
 * one sentence in order (facts.js inOneSentence), and the others are left to the full-text pass.
 */
import { foldScript } from './script-fold.js';
import { dateWords, inOneSentence, normalizeWord, queryWords } from './facts.js';
import { indexText } from './segment.js';
import { FIRST_DIR, VOCABULARY_CHARS, VOCABULARY_WORD, bucketOf, maskWeight } from './first-index.js';

/** Results the first pass shows (the first screen). */
export const FIRST_SHOWN = 5;
/** Candidates whose cards are read for a query of several words (verbatim check). */
const CANDIDATES = 10;

/** @param {string} path */
const getJson = (path) => fetch(FIRST_DIR + path).then((r) => (r.ok ? r.json() : null), () => null);

/** @type {Promise<{ v: number, n: number, buckets: number, per: number, shards?: string[], wbuckets?: number } | null> | null} */
let meta = null;
const firstMeta = () => (meta ??= getJson('meta.json'));
/** @type {Map<number, Promise<any[] | null>>} */
const cardFiles = new Map();
/** @type {Map<number, Promise<Record<string, string[]> | null>>} */
const wordFiles = new Map();
/** @type {Promise<Record<string, Record<string, number>> | null> | null} */
let filterCounts = null;

/**
 * The archive's reports per year and topic (`filters.json`, counted at build time as Pagefind
 * counts them), so the filter panel shows them without loading every shard. Null without a
 * first-pass index.
 * @returns {Promise<Record<string, Record<string, number>> | null>}
 */
export function archiveFilters() {
  filterCounts ??= firstMeta().then((m) => (m ? getJson('filters.json') : null));
  return filterCounts;
}

/**
 * The shards a search for the segmented `term` needs, from the vocabulary (first-index.js):
 * those where every query word the vocabulary decides (Han only, up to VOCABULARY_CHARS
 * characters) begins a word. `[]` when some query word begins no word of the index: nothing
 * can match. Null when the vocabulary cannot tell (none written, or no query word it decides):
 * every shard.
 * @param {string} term
 * @returns {Promise<string[] | null>}
 */
export async function shardsFor(term) {
  const m = await firstMeta();
  if (!m?.shards || !m.wbuckets) return null;
  const wb = m.wbuckets;
  const words = [...new Set(queryWords(term))].filter((w) => VOCABULARY_WORD.test(w) && w.length <= VOCABULARY_CHARS);
  if (!words.length) return null;
  const masks = await Promise.all(words.map(async (w) => {
    const first = w[0] ?? '';
    const k = bucketOf(first, wb);
    if (!wordFiles.has(k)) wordFiles.set(k, getJson(`w/${k}.json`));
    const file = await wordFiles.get(k);
    // An unreadable file decides nothing: every shard.
    if (!file) return -1n;
    const list = file[first] ?? [];
    const rest = w.slice(1);
    let has = 0n;
    for (let i = 0; i < list.length; i += 2) if (String(list[i]).startsWith(rest)) has |= BigInt(`0x${list[i + 1]}`);
    return has;
  }));
  const need = masks.reduce((a, b) => a & b, -1n);
  return (m.shards ?? []).filter((/** @type {string} */ _, /** @type {number} */ i) => ((need >> BigInt(i)) & 1n) === 1n);
}

/**
 * @typedef {{ url: string, first: true, data: () => Promise<any> }} FirstResult
 */

/**
 * The first screen for a segmented query `term` (segmentQuery) and what was typed: up to
 * FIRST_SHOWN results shaped as Pagefind's (`url`, `data()`), and how many reports the compact
 * index holds the words in. Null when there is no first-pass index.
 * @param {string} term
 * @param {string} typed
 * @returns {Promise<{ results: FirstResult[], total: number } | null>}
 */
export async function firstSearch(term, typed) {
  const words = [...new Set(queryWords(term))];
  if (!words.length) return { results: [], total: 0 };
  const m = await firstMeta();
  if (!m) return null;
  const lists = await Promise.all(words.map(async (w) => /** @type {number[] | undefined} */ ((await getJson(`b/${bucketOf(w, m.buckets)}.json`))?.[w])));
  /** @type {Map<number, number> | null} id → score */
  let scores = null;
  for (const list of lists) {
    if (!list) return { results: [], total: 0 };
    /** @type {Map<number, number>} */
    const next = new Map();
    for (let i = 0, id = 0; i < list.length; i += 2) {
      id += /** @type {number} */ (list[i]);
      const w = maskWeight(/** @type {number} */ (list[i + 1]));
      if (!scores) next.set(id, w);
      else if (scores.has(id)) next.set(id, /** @type {number} */ (scores.get(id)) + w);
    }
    scores = next;
  }
  const ranked = [...(scores ?? new Map())].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  const several = words.length > 1;
  const head = ranked.slice(0, several ? CANDIDATES : FIRST_SHOWN);
  const cards = await Promise.all(head.map((id) => cardOf(id, m.per)));
  /** @type {{ card: any[], order: number }[]} */
  let kept = cards.filter(Boolean).map((card) => ({ card: /** @type {any[]} */ (card), order: 0 }));
  if (several) {
    // pf/pagefind.js's rule on the card's texts: when some hold every typed word verbatim, those
    // come first, then those holding the words apart in one sentence, in order; the rest wait for
    // the full-text pass. When none holds them verbatim, all are kept.
    const typedWords = queryWords(foldScript(typed));
    const verbatim = kept.map(({ card }) => {
      const all = `${textsOf(card).join(' ')} ${normalizeWord(dateWords(card[2] ?? ''))}`;
      return typedWords.length > 0 && typedWords.every((w) => all.includes(w));
    });
    if (verbatim.some(Boolean)) {
      kept = kept
        .map(({ card }, i) => ({ card, order: verbatim[i] ? 0 : rawTexts(card).some((t) => inOneSentence(indexText(t), words)) ? 1 : 2 }))
        .filter((k) => k.order < 2)
        .sort((a, b) => a.order - b.order);
    }
  }
  return { results: kept.slice(0, FIRST_SHOWN).map(({ card }) => resultOf(card, words)), total: ranked.length };
}

/**
 * @param {number} id
 * @param {number} per
 */
async function cardOf(id, per) {
  const k = Math.floor(id / per);
  if (!cardFiles.has(k)) cardFiles.set(k, getJson(`c/${k}.json`));
  return (await cardFiles.get(k))?.[id - k * per] ?? null;
}

/** The card's texts as the index compares them (folded, lower case, no punctuation). @param {any[]} card */
function textsOf(card) {
  return rawTexts(card).map((t) => normalizeWord(foldScript(t)));
}

/** The card's texts as written, title first. @param {any[]} card */
const rawTexts = (card) => [card[1], ...(card[6] ?? [])].map((/** @type {string} */ t) => String(t ?? ''));

const escapeText = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Characters of an excerpt before the first match. */
const BEFORE = 16;
/** Characters of an excerpt in all. */
const EXCERPT = 80;

/**
 * A result for the search page (render.js reportItem) from a card: its title, date, kicker and
 * image, and an excerpt of the first text holding a query word, the words marked.
 * @param {any[]} card
 * @param {string[]} words
 * @returns {FirstResult}
 */
function resultOf(card, words) {
  const [slug, title, date, dateLabel, kicker, image, texts] = card;
  const url = `/reports/${slug}/`;
  return {
    url,
    first: true,
    data: async () => ({
      url,
      meta: { title, shown_title: title, date, ...(dateLabel ? { date_label: dateLabel } : {}), kicker, ...(image ? { image } : {}) },
      excerpt: excerptOf(/** @type {string[]} */ (texts ?? []), words, title),
      sub_results: [],
    }),
  };
}

/**
 * @param {string[]} texts
 * @param {string[]} words
 * @param {string} title
 */
function excerptOf(texts, words, title) {
  // Folding is one character for one, so a match in the folded text is at the same place in the text.
  const hit = (/** @type {string} */ t) => words.some((w) => foldScript(t).toLocaleLowerCase().includes(w));
  const body = texts.slice(1);
  const text = body.find(hit) ?? body[0] ?? title ?? '';
  const folded = foldScript(text).toLocaleLowerCase();
  const starts = words.map((w) => folded.indexOf(w)).filter((i) => i >= 0);
  const from = starts.length ? Math.max(0, Math.min(...starts) - BEFORE) : 0;
  const piece = text.slice(from, from + EXCERPT);
  const low = folded.slice(from, from + EXCERPT);
  let out = '';
  for (let i = 0; i < piece.length; ) {
    const w = words.find((x) => low.startsWith(x, i));
    if (w) {
      out += `<mark>${escapeText(piece.slice(i, i + w.length))}</mark>`;
      i += w.length;
    } else {
      out += escapeText(piece[i] ?? '');
      i++;
    }
  }
  // Words side by side make one mark (夺冠 is cut 夺 + 冠).
  return `${from > 0 ? '…' : ''}${out.replaceAll('</mark><mark>', '')}${from + EXCERPT < text.length ? '…' : ''}`;
}

