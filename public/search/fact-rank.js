// @ts-check
/**
 * How the search ranks a query's facts, and how the 数据 list groups them by sentence.
 *
 * Ranking: a query that names an award (一等奖, 金牌), a level (国家级, 全市) or a counting
 * word (人次, 所) asks for facts of that kind, so those come first: for 一等奖, the awards of a
 * sentence before the teachers it also counts. The kind of a fact is the extractor's own
 * (category, level, unit: stored with the fact, corrections applied); the words that name a kind
 * in a query are the extractor's tables, copied here because the browser cannot load them
 * (tests/search/fact-rank.test.ts checks the copies against src/facts/patterns.ts).
 *
 * Grouping: a sentence often holds several facts (全国一等奖59人次、全市一等奖120人次); the 数据
 * list shows such a sentence once, with each matching number marked, instead of once per number.
 */

/** The category of awards (CATEGORY_RULES in src/facts/patterns.ts) and the words that name it. */
export const AWARD = { category: '荣誉与奖项', words: /奖|荣誉|称号|冠军|表彰|获评|金牌|银牌|铜牌/ };

/**
 * Words that name a level (LEVEL_RULES in src/facts/patterns.ts), highest first: in a query
 * naming several, each counts. Examples: 全国 → 国家级, 市级 → 市级, 世界 → 国际.
 * @type {{ level: string, words: RegExp }[]}
 */
export const LEVEL_WORDS = [
  { level: '国际', words: /国际|世界|全球/ },
  { level: '国家级', words: /国家级|全国|国家/ },
  { level: '省部级', words: /省部级|部级|省级|全省/ },
  { level: '市级', words: /市级|全市|市属/ },
  { level: '区级', words: /区级|全区|区属/ },
  { level: '校级', words: /校级|全校/ },
];

/** A word that is a number (the search cuts 120人次 into 120 人次). */
const NUMBER = /^[\d.,%]+$|^[零〇一二两三四五六七八九十百千万亿]+$/;

/**
 * What a query names. Award and level words are looked for in the query as typed, without the
 * search's cuts (市级 is cut into 市 级); a counting word is a word after a number (人次 in
 * "120 人次") or the whole query (人次), so 名师 (cut 名 师) does not name 名.
 * @typedef {{ award: boolean, levels: Set<string>, units: Set<string> }} Named
 * @param {string[]} words the query's normalized words (queryWords in facts.js)
 * @returns {Named}
 */
export function namedKinds(words) {
  const typed = words.join('');
  return {
    award: AWARD.words.test(typed),
    levels: new Set(LEVEL_WORDS.filter((l) => l.words.test(typed)).map((l) => l.level)),
    units: new Set(words.filter((_w, i) => words.length === 1 || NUMBER.test(words[i - 1] ?? ''))),
  };
}

/** True when the query names anything a fact can be ranked by. */
export const namesAKind = (/** @type {Named} */ n) => n.award || n.levels.size > 0;

/**
 * A fact's rank for a query, compared key by key (compareRanks): query words its number itself
 * holds (120人次), then kinds the query names that the fact is (an award, its level, its unit),
 * then query words that begin a word of its subject (一等奖 over 二等奖 in 一等奖28人、二等奖8人).
 * @typedef {[own: number, kinds: number, subject: number]} Rank
 * @param {{ text: string, subject: string, level: string, category: string, unit: string }} fact
 * @param {string[]} words normalized query words
 * @param {Named} named namedKinds(words)
 * @param {(s: string) => string[]} wordsOf the normalized words of a text as the index cuts it
 * @returns {Rank}
 */
export function factRank(fact, words, named, wordsOf) {
  const number = wordsOf(fact.text).join('');
  const own = words.filter((w) => number.includes(w)).length;
  const kinds = (named.award && fact.category === AWARD.category ? 1 : 0) + (fact.level && named.levels.has(fact.level) ? 1 : 0) + (fact.unit && named.units.has(fact.unit) ? 1 : 0);
  const subjectWords = wordsOf(fact.subject);
  const subject = words.filter((w) => subjectWords.some((t) => t.startsWith(w))).length;
  return [own, kinds, subject];
}

/** Higher ranks first: a negative number when `a` goes before `b`. */
export function compareRanks(/** @type {Rank} */ a, /** @type {Rank} */ b) {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (b[i] ?? 0) - (a[i] ?? 0);
  return 0;
}

/**
 * A sentence of a report with its matching facts, as the 数据 list shows it: the facts best
 * first, and the sentence cut into parts with each fact's number marked (`num: true`).
 * @typedef {import('./facts.js').FactResult} FactResult
 * @typedef {{ key: string, facts: FactResult[], rank: Rank, parts: { text: string, num: boolean }[] }} FactGroup
 */

/**
 * The facts of one report grouped by sentence (a paragraph's sentence, so the same words in two
 * paragraphs stay apart), groups in the order of their first fact, best first within a group.
 * @param {FactResult[]} facts one report's matching facts
 * @returns {FactGroup[]}
 */
export function groupBySentence(facts) {
  /** @type {Map<string, FactResult[]>} */
  const bySentence = new Map();
  for (const f of facts) {
    const paragraph = f.url.slice(f.meta.report_url.length).split(':~:')[0] ?? '';
    const key = `${f.meta.report_url}${paragraph}\u0000${f.meta.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(f);
    else bySentence.set(key, [f]);
  }
  return [...bySentence].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => compareRanks(a.rank, b.rank));
    return { key, facts: sorted, rank: /** @type {Rank} */ (sorted[0]?.rank ?? [0, 0, 0]), parts: markNumbers(list[0]?.meta.sentence ?? '', list) };
  });
}

/** A digit or decimal point: a number's text found right after one is inside a longer number. */
const DIGIT_BEFORE = /[\d.０-９]/;

/**
 * Where a number's text stands in the sentence, from `from` (its clause) on: not inside a longer
 * number (74人次 is not the end of 474人次); the first place anywhere if its clause lacks it.
 * @param {string} sentence
 * @param {string} text
 * @param {number} from
 */
function numberAt(sentence, text, from) {
  for (const start of [from, 0]) {
    for (let at = sentence.indexOf(text, start); at >= 0; at = sentence.indexOf(text, at + 1)) {
      if (!DIGIT_BEFORE.test(sentence[at - 1] ?? '') || !/^[\d.]/.test(text)) return at;
    }
  }
  return -1;
}

/**
 * The sentence cut into text and marked numbers: each fact's number where it stands in its own
 * clause (the same number printed twice in a sentence is marked once, in the fact's clause).
 * @param {string} sentence
 * @param {{ meta: { text: string, clauseStart: number } }[]} facts
 * @returns {{ text: string, num: boolean }[]}
 */
export function markNumbers(sentence, facts) {
  /** @type {[number, number][]} */
  const spans = [];
  for (const f of facts) {
    if (!f.meta.text) continue;
    const from = numberAt(sentence, f.meta.text, Math.max(0, f.meta.clauseStart));
    if (from < 0) continue;
    spans.push([from, from + f.meta.text.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  /** @type {{ text: string, num: boolean }[]} */
  const parts = [];
  let end = 0;
  for (const [from, to] of spans) {
    if (from < end) continue;
    if (from > end) parts.push({ text: sentence.slice(end, from), num: false });
    parts.push({ text: sentence.slice(from, to), num: true });
    end = to;
  }
  if (end < sentence.length) parts.push({ text: sentence.slice(end), num: false });
  return parts;
}
