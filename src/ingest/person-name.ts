/**
 * Does a word look like a Chinese personal name? The evidence a careful editor uses, in order:
 * - its shape: 2–3 Han characters, 4 with a compound surname, or a longer name with a middle dot (`阿依古丽·买买提`);
 * - a family name first: pinyin-pro's table of surnames (single and compound, 百家姓);
 * - not a word of the language: jieba's dictionary knows `汽车`, `导航`, `据说`, `赞赏`, `佚名`
 *   (not names) and tags some words as names that are common words too (`阳光`, `明白`).
 * Examples: `赵德鹏`, `周新宇`, `欧阳晓` are names; `汽车`, `标题党`, `据说`, `阳光` are not.
 * Tables of furniture words (NOT_A_NAME) stay a second signal beside this one.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Surnames from 'pinyin-pro/dist/esm/data/surname.mjs';
import { NAME_TEST } from './patterns-portal.ts';

const SURNAMES = new Set(Object.keys(Surnames));

/** Word → frequency, for jieba's 2–4 character words that start with a surname, read once on first use. */
let dictionary: Map<string, number> | null = null;
function lexicon(): Map<string, number> {
  if (dictionary) return dictionary;
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  dictionary = new Map();
  const text = readFileSync(file, 'utf8');
  // One pass with indexOf rather than split: 349,000 lines, of which only surname-first words are kept.
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    const space = text.indexOf(' ', at);
    const length = space - at;
    // Only words that start with a surname are ever asked about.
    if (space > at && space < stop && length >= 2 && length <= 4 && (SURNAMES.has(text[at]!) || SURNAMES.has(text.slice(at, at + 2)))) {
      dictionary.set(text.slice(at, space), Number.parseInt(text.slice(space + 1, stop), 10));
    }
    at = stop + 1;
  }
  return dictionary;
}

/** The family name the word starts with (compound first), or null. */
export function surnameOf(word: string): string | null {
  if (word.length >= 3 && SURNAMES.has(word.slice(0, 2))) return word.slice(0, 2);
  return SURNAMES.has(word[0] ?? '') ? word[0]! : null;
}

/**
 * How a word stands as a personal name (simplified characters expected):
 * - `name`: shaped like one, a surname first, not a common word;
 * - `known`: a surname first, and the dictionary lists it, as a name (`李娜`) or as a rare word
 *   (`严明`, an adjective): a name right after a role word (`记者 严明`), a doubt elsewhere;
 * - `word`: a common word of the language, or no surname first: never a name.
 */
export function nameEvidence(word: string): 'name' | 'known' | 'word' {
  if (word.includes('·')) return /^[\u4e00-\u9fa5]{1,8}(·[\u4e00-\u9fa5]{1,8})+$/.test(word) ? 'name' : 'word';
  const surname = surnameOf(word);
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(word) || !surname) return 'word';
  // Four characters are a compound surname and a given name (`欧阳明远`), or a phrase (`平台声明`).
  if (word.length === 4 && surname.length < 2) return 'word';
  const freq = lexicon().get(word);
  if (freq === undefined) return 'name';
  return freq >= NAME_TEST.commonNameWordFreq ? 'word' : 'known';
}
