// @ts-check
/**
 * Facts in search, carried by their report's own Pagefind record.
 *
 * A fact is not a Pagefind record of its own: at 10,000 reports the 248,000 fact records were
 * about half of the index's build time, and their page tables (~2 MB gzip) made a first search
 * megabytes. Instead the indexer (src/search/build-shard.ts) writes each report's visible facts
 * into the report's record as one metadata field (`facts`, encoded by `encodeFacts` below), and
 * the search page finds a query's facts in the reports the query found: a fact matches when
 * every query word begins one of the words of its subject, its clause or its report's date —
 * the rule Pagefind applies to a page. Every word of a fact is a word of its report, so no
 * fact is missed that a report search would find; facts come in their reports' order, and the
 * search page scans the reports' fragments a batch at a time (`findFacts`).
 *
 * This file is the one contract between the indexer (Node imports it) and the search page.
 */
import { indexText } from './segment.js';

/** The metadata field of a report record that holds its facts. */
export const FACTS_META = 'facts';

/**
 * One fact as the index stores it, in this order: what follows the report's URL to reach the
 * fact (`#p-3:~:text=…`, or '' for the report itself), the number as printed, what it counts,
 * and the clause of its sentence that holds it.
 * @typedef {[at: string, text: string, subject: string, clause: string]} StoredFact
 */

/**
 * @param {{ at: string, text: string, subject: string, clause: string }[]} facts
 * @returns {string}
 */
export function encodeFacts(facts) {
  return JSON.stringify(facts.map((f) => /** @type {StoredFact} */ ([f.at, f.text, f.subject, f.clause])));
}

/**
 * @param {string | undefined} meta
 * @returns {{ at: string, text: string, subject: string, clause: string }[]}
 */
export function decodeFacts(meta) {
  if (!meta) return [];
  try {
    const rows = JSON.parse(meta);
    if (!Array.isArray(rows)) return [];
    return rows.filter((r) => Array.isArray(r) && r.length >= 4).map((r) => ({ at: String(r[0]), text: String(r[1]), subject: String(r[2]), clause: String(r[3]) }));
  } catch {
    return [];
  }
}

/** Characters Pagefind drops from queries and words (its own rule). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu;

/** A word as Pagefind compares it: lower case, no punctuation. */
export const normalizeWord = (/** @type {string} */ s) => s.toLocaleLowerCase().replace(PUNCTUATION, '');

/** The words of a segmented query (segmentQuery in segment.js). */
export const queryWords = (/** @type {string} */ term) => term.split(/\s+/).map(normalizeWord).filter(Boolean);

/** Ends of sentences in the indexed text. */
const SENTENCE_END = /[。！？!?；;]/;

/**
 * Whether one sentence of the segmented `text` has all `words` as indexed words, in order (the
 * near-miss check's "words apart" rule: pf/pagefind.js and first-pass.js).
 * @param {string} text
 * @param {string[]} words
 */
export function inOneSentence(text, words) {
  return text.split(SENTENCE_END).some((sentence) => {
    let at = 0;
    const tokens = sentence.split(/\s+/).map(normalizeWord);
    for (const w of words) {
      const i = tokens.indexOf(w, at);
      if (i < 0) return false;
      at = i + 1;
    }
    return true;
  });
}

/** @param {string} date "2024-09-01", "2024-09", "2024" or "" */
export function dateWords(date) {
  const [y, m, d] = (date ?? '').split('-');
  return y ? `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}` : '';
}

const escapeText = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A fact as the search page shows it.
 * @typedef {{ own: number, url: string, excerpt: string, meta: { text: string, subject: string, title: string, report: string, report_url: string, date: string, date_label: string } }} FactResult
 */

/**
 * factsOf's answers by result data and query: the search page asks for a report's facts both to
 * show them beneath it and while listing the 数据 tab.
 * @type {WeakMap<object, { key: string, out: FactResult[] }>}
 */
const matched = new WeakMap();

/**
 * The facts of one report result (Pagefind result data) that match the query's words, as the
 * search page shows them: `url` to the paragraph, `excerpt` (the clause, query words in
 * <mark>), and `meta` with the number, subject and report.
 * @param {any} d
 * @param {string[]} words normalized query words (queryWords)
 * @returns {FactResult[]}
 */
export function factsOf(d, words) {
  const facts = decodeFacts(d?.meta?.[FACTS_META]);
  if (!facts.length || !words.length) return [];
  const key = words.join(' ');
  const known = matched.get(d);
  if (known?.key === key) return known.out;
  const date = d.meta.date ?? '';
  const dateTokens = indexText(dateWords(date)).split(/\s+/).map(normalizeWord).filter(Boolean);
  const begins = (/** @type {string} */ t) => words.some((w) => t.startsWith(w));
  /** @type {FactResult[]} */
  const out = [];
  for (const f of facts) {
    const tokens = indexText(f.clause).split(/\s+/).filter(Boolean);
    const normalized = tokens.map(normalizeWord);
    const all = [...normalized, ...indexText(f.subject).split(/\s+/).map(normalizeWord).filter(Boolean), ...dateTokens];
    if (!words.every((w) => all.some((t) => t.startsWith(w)))) continue;
    const excerpt = tokens.map((t, i) => (begins(normalized[i] ?? '') ? `<mark>${escapeText(t)}</mark>` : escapeText(t))).join(' ');
    out.push({
      /** Query words the number itself holds (120人次 for "120 人次"): such facts come first. */
      own: words.filter((w) => normalizeWord(indexText(f.text)).includes(w)).length,
      url: `${d.url}${f.at}`,
      excerpt,
      meta: {
        text: f.text,
        subject: f.subject,
        title: `${f.subject || f.text}：${f.text}`,
        report: d.meta.shown_title || d.meta.title || '',
        report_url: d.url,
        date,
        // The site's 约… label of an inferred date, shown instead of the bare date (render.js).
        date_label: d.meta.date_label ?? '',
      },
    });
  }
  // A clause may hold several numbers (全国一等奖59人次、全市一等奖120人次): the one the query names first.
  out.sort((a, b) => b.own - a.own);
  matched.set(d, { key, out });
  return out;
}

/** Reports whose fragments are loaded at once while looking for facts. */
const BATCH = 10;

/** Where a report record's date words begin (its year): see htmlForIndex. */
export const DATE_WORD = 0;
/** Words apart at most, for the query's words to stand together as in one clause. */
const CLAUSE_SPAN = 12;

/**
 * Whether a report's matched word locations (Pagefind's `words`, all query words together)
 * hold `n` of them within CLAUSE_SPAN words: where a fact of a several-word query (120 人次,
 * 世界机器人大赛 一等奖) is likely to be. A report that holds the words only far apart may
 * still have such a fact (one word in its subject or date), so it is read after, not skipped.
 * @param {number[] | undefined} locations
 * @param {number} n
 */
export function wordsTogether(locations, n) {
  if (n < 2) return true;
  const at = [...(locations ?? [])].sort((a, b) => a - b);
  // Word 0 of a report's record is its year (the index copy starts with its date as words,
  // src/search/html-for-index.ts): "满意度 2024" matches the facts of a 2024 report by its date.
  if (at[0] === DATE_WORD && at.length >= n) return true;
  for (let i = 0; i + n - 1 < at.length; i++) if (/** @type {number} */ (at[i + n - 1]) - /** @type {number} */ (at[i]) <= CLAUSE_SPAN) return true;
  return false;
}

/**
 * The facts of a report search's results, found a batch of reports at a time: first the reports
 * that hold the query's words together (wordsTogether), then the others, each in their ranking
 * order. `more(want)` reads reports until `want` facts are found, the results end, or `budget`
 * more reports have been read (each is a fragment download), and resolves to the facts found so
 * far; calls run one after another.
 * @param {any[]} ranked Pagefind results of the report search (near-miss checked)
 * @param {string} term the segmented query
 */
export function findFacts(ranked, term) {
  const words = queryWords(term);
  const together = ranked.map((r) => wordsTogether(r?.words, words.length));
  const results = [...ranked.filter((_, i) => together[i]), ...ranked.filter((_, i) => !together[i])];
  /** @type {any[]} */
  const found = [];
  let next = 0;
  /** @type {Promise<any[]>} */
  let chain = Promise.resolve(found);
  const finder = {
    found,
    /** True when every report has been read. */
    get done() {
      return next >= results.length;
    },
    /** Reports read so far. */
    get read() {
      return next;
    },
    /**
     * @param {number} want
     * @param {number} [budget]
     */
    more(want, budget = 3 * BATCH) {
      chain = chain.then(async () => {
        let read = 0;
        while (found.length < want && next < results.length && read < budget) {
          const batch = results.slice(next, next + Math.min(BATCH, budget - read));
          next += batch.length;
          read += batch.length;
          const data = await Promise.all(batch.map((r) => r.data()));
          for (const d of data) found.push(...factsOf(d, words));
        }
        return found;
      });
      return chain;
    },
  };
  return finder;
}
