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
import { compareRanks, factRank, groupBySentence, namedKinds, namesAKind } from './fact-rank.js';

/** The metadata field of a report record that holds its facts. */
export const FACTS_META = 'facts';

/**
 * One fact as the search record carries it (src/search/report-facts.ts makes them).
 * @typedef {object} SearchFact
 * @property {string} at What follows the report's URL to reach the fact: `#p-3:~:text=…`, or '' without an anchor.
 * @property {string} text The number as printed (`5万余人次`).
 * @property {string} subject What it counts.
 * @property {string} clause The clause of its sentence that holds the number: what a query matches besides the subject.
 * @property {string} sentence The whole sentence, shown once for all its facts in the 数据 list.
 * @property {string} level The extractor's level (国家级 …), '' for none: a query naming it ranks the fact first.
 * @property {string} category The extractor's category (荣誉与奖项 …): a query naming an award ranks awards first.
 * @property {string} unit The counting word (人次 …): a query word that is it ranks the fact first.
 */

/**
 * Stored as `{"s": sentences, "f": rows}`: each sentence once (a sentence often holds several
 * facts), and per fact `[at, text, subject, sentence index, clause start, clause end, level,
 * category, unit]`, the clause being that slice of its sentence.
 * @param {SearchFact[]} facts
 * @returns {string}
 */
export function encodeFacts(facts) {
  /** @type {string[]} */
  const sentences = [];
  /** @type {Map<string, number>} */
  const index = new Map();
  const rows = facts.map((f) => {
    // A clause is part of its sentence (factClause); one that is not stands as its own sentence.
    const sentence = f.sentence && f.sentence.includes(f.clause) ? f.sentence : f.clause;
    let i = index.get(sentence);
    if (i === undefined) {
      i = sentences.length;
      sentences.push(sentence);
      index.set(sentence, i);
    }
    const start = sentence.indexOf(f.clause);
    return [f.at, f.text, f.subject, i, start, start + f.clause.length, f.level, f.category, f.unit];
  });
  return JSON.stringify({ s: sentences, f: rows });
}

/**
 * @param {string | undefined} meta
 * @returns {(SearchFact & { clauseStart: number })[]}
 */
export function decodeFacts(meta) {
  if (!meta) return [];
  try {
    const stored = JSON.parse(meta);
    const sentences = stored?.s, rows = stored?.f;
    if (!Array.isArray(sentences) || !Array.isArray(rows)) return [];
    return rows
      .filter((r) => Array.isArray(r) && r.length >= 9 && typeof sentences[r[3]] === 'string')
      .map((r) => {
        const sentence = String(sentences[r[3]]);
        const start = Number(r[4]) || 0;
        return { at: String(r[0]), text: String(r[1]), subject: String(r[2]), clause: sentence.slice(start, Number(r[5]) || sentence.length), sentence, level: String(r[6] ?? ''), category: String(r[7] ?? ''), unit: String(r[8] ?? ''), clauseStart: start };
      });
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

/**
 * A fact as the search page shows it.
 * @typedef {{ rank: import('./fact-rank.js').Rank, url: string, meta: { text: string, subject: string, title: string, report: string, report_url: string, date: string, date_label: string, sentence: string, clauseStart: number } }} FactResult
 */

/**
 * factsOf's answers by result data and query: the search page asks for a report's facts both to
 * show them beneath it and while listing the 数据 tab.
 * @type {WeakMap<object, { key: string, out: FactResult[] }>}
 */
const matched = new WeakMap();

/**
 * The facts of one report result (Pagefind result data) that match the query's words, as the
 * search page shows them: `url` to the paragraph, `rank` (fact-rank.js), and `meta` with the
 * number, subject, sentence and report; best first.
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
  const dateTokens = wordsOf(dateWords(date));
  const named = namedKinds(words);
  /** @type {FactResult[]} */
  const out = [];
  for (const f of facts) {
    const all = [...wordsOf(f.clause), ...wordsOf(f.subject), ...dateTokens];
    if (!words.every((w) => all.some((t) => t.startsWith(w)))) continue;
    out.push({
      // Facts whose number holds the query (120人次), then those of the kind it names (一等奖: awards) come first.
      rank: factRank(f, words, named, wordsOf),
      url: `${d.url}${f.at}`,
      meta: {
        text: f.text,
        subject: f.subject,
        title: `${f.subject || f.text}：${f.text}`,
        report: d.meta.shown_title || d.meta.title || '',
        report_url: d.url,
        date,
        // The site's 约… label of an inferred date, shown instead of the bare date (render.js).
        date_label: d.meta.date_label ?? '',
        sentence: f.sentence,
        clauseStart: f.clauseStart,
      },
    });
  }
  // A clause may hold several numbers (全国一等奖59人次、全市一等奖120人次): the one the query names first.
  out.sort((a, b) => compareRanks(a.rank, b.rank));
  matched.set(d, { key, out });
  return out;
}

/** The normalized words of a text as the index cuts it. */
const wordsOf = (/** @type {string} */ s) => indexText(s).split(/\s+/).map(normalizeWord).filter(Boolean);

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
 * The facts of a report search's results, found a batch of reports at a time and grouped by
 * sentence (fact-rank.js): first the reports that hold the query's words together
 * (wordsTogether), then the others, each in their ranking order. `more(want)` reads reports
 * until `want` groups are found (of the kind the query names, when it names one: 一等奖 reads on
 * for awards), the results end, or `budget` more reports have been read (each is a fragment
 * download), and resolves to the groups found so far; calls run one after another. Groups not
 * yet taken (`take`) are kept best first: those whose number the query names, then those of the
 * kind it names, each in the reports' order; taken groups keep their place.
 * @param {any[]} ranked Pagefind results of the report search (near-miss checked)
 * @param {string} term the segmented query
 */
export function findFacts(ranked, term) {
  const words = queryWords(term);
  const named = namedKinds(words);
  const together = ranked.map((r) => wordsTogether(r?.words, words.length));
  const results = [...ranked.filter((_, i) => together[i]), ...ranked.filter((_, i) => !together[i])];
  /** @type {import('./fact-rank.js').FactGroup[]} */
  const found = [];
  /** Across reports only the number and the kind rank a group; the subject ranks facts within a report. */
  const byKind = (/** @type {import('./fact-rank.js').FactGroup} */ a, /** @type {import('./fact-rank.js').FactGroup} */ b) => compareRanks([a.rank[0], a.rank[1], 0], [b.rank[0], b.rank[1], 0]);
  const wanted = (/** @type {import('./fact-rank.js').FactGroup} */ g) => !namesAKind(named) || g.rank[0] > 0 || g.rank[1] > 0;
  let next = 0;
  let count = 0;
  let taken = 0;
  /** @type {Promise<import('./fact-rank.js').FactGroup[]>} */
  let chain = Promise.resolve(found);
  const finder = {
    found,
    /** Facts found so far (a group holds one or more). */
    get count() {
      return count;
    },
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
        // Groups up to `want` are asked for: those already taken stay, the rest should be of the kind named.
        while (found.slice(taken).filter(wanted).length < want - taken && next < results.length && read < budget) {
          const batch = results.slice(next, next + Math.min(BATCH, budget - read));
          next += batch.length;
          read += batch.length;
          const data = await Promise.all(batch.map((r) => r.data()));
          for (const d of data) {
            const facts = factsOf(d, words);
            count += facts.length;
            found.push(...groupBySentence(facts));
          }
        }
        // Array sort is stable: within a rank, the reports' order stays.
        found.push(...found.splice(taken).sort(byKind));
        return found;
      });
      return chain;
    },
    /**
     * The groups from `from` to `to`, now shown: they keep their place when more are found.
     * @param {number} from
     * @param {number} to
     */
    take(from, to) {
      taken = Math.max(taken, Math.min(to, found.length));
      return found.slice(from, to);
    },
  };
  return finder;
}
