/**
 * Fact extraction: finds key statistics (a number with its counting word) in body
 * paragraphs and numbers-box items. Owned by the facts work (issue 5); ingest calls it
 * from its `find-facts` stage.
 *
 * An ordered list of small named rules over one state object (see `rules/`), driven by
 * the named tables in `patterns.ts`.
 */
import type { Fact } from '../schema/report.ts';
import { foldToSimplified } from '../text/script-fold.ts';
import type { Candidate, ExtractRule, ExtractState } from './state.ts';
import { splitSentences } from './rules/split-sentences.ts';
import { findCandidates } from './rules/find-candidates.ts';
import { findFractions } from './rules/find-fractions.ts';
import { readValues } from './rules/read-values.ts';
import { dropNonFacts } from './rules/drop-non-facts.ts';
import { dropRepeats } from './rules/drop-repeats.ts';
import { findPeriods } from './rules/find-periods.ts';
import { deriveSubjects } from './rules/derive-subjects.ts';
import { findLevels } from './rules/find-levels.ts';
import { findCategories } from './rules/find-categories.ts';

/** A paragraph (or box item) of a report, as ingest hands it to the extractor. */
export interface FactParagraph {
  /** Stable anchor of the paragraph on the page, e.g. "p-12" or "box-1-3". */
  anchor: string;
  /** The repaired paragraph text. */
  text: string;
  /** True for items of a numbers box (数说). */
  inBox: boolean;
  /** The box item's label (heading), when inBox. */
  label?: string;
}

/** The rules in the order they run. */
export const EXTRACT_RULES: [name: string, rule: ExtractRule][] = [
  ['split-sentences', splitSentences],
  ['find-candidates', findCandidates],
  ['find-fractions', findFractions],
  ['read-values', readValues],
  ['drop-non-facts', dropNonFacts],
  ['drop-repeats', dropRepeats],
  ['find-periods', findPeriods],
  ['derive-subjects', deriveSubjects],
  ['find-levels', findLevels],
  ['find-categories', findCategories],
];

/** Full-width digits, ％ and ． become ASCII one for one, so offsets stay valid. */
const FULL_WIDTH = /[０-９％．]/;
function foldWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[０-９％．，]/g, (ch) => (ch === '，' ? ch : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/**
 * The text the rules match: the tables are written in simplified characters with ASCII digits,
 * and a traditional page (萬, 個, 學校) must meet them too. Both folds keep every offset, so
 * what is cut for the fact comes from the author's own text.
 */
function matchText(s: string): string {
  const w = foldWidth(s);
  return hasTraditional(w) ? foldToSimplified(w) : w;
}

/**
 * Per UTF-16 unit: 0 not yet known, 1 folds to itself, 2 folds to another character. Most pages
 * are simplified, and a scan of this table is far cheaper than folding every paragraph.
 */
const FOLDS = new Uint8Array(0x10000);
function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x3400) continue;
    let f = FOLDS[code]!;
    if (f === 0) {
      const ch = s[i]!;
      f = FOLDS[code] = foldToSimplified(ch) === ch ? 1 : 2;
    }
    if (f === 2) return true;
  }
  return false;
}

/** Runs every rule and returns all candidates, dropped ones included (for review and tests). */
export function runExtract(paragraphs: readonly FactParagraph[]): ExtractState {
  let state: ExtractState = { texts: paragraphs.map((p) => matchText(p.text)), paragraphs, sentences: [], candidates: [] };
  for (const [, rule] of EXTRACT_RULES) state = rule(state);
  return state;
}

/** The counting word as the page prints it (個 on a traditional page), qualifier inside it left out (個多月 → 個月). */
function unitAsWritten(original: string, c: Candidate): string {
  const printed = foldWidth(original.slice(c.unitStart, c.unitEnd)).replace(/[多余]/, '');
  return printed !== c.unit && foldToSimplified(printed) === c.unit ? printed : c.unit;
}

/**
 * A subject is built from the folded text; on a traditional page it is given back in the page's
 * characters: cut from the original where it is a plain substring, else character by character
 * from the folds this paragraph holds (a joining word the rules added, 的 or 获, stays as is).
 */
function asWritten(original: string, folded: string, subject: string): string {
  if (original === folded || !subject) return subject;
  const at = folded.indexOf(subject);
  if (at >= 0) return original.slice(at, at + subject.length);
  const back = new Map<string, string>();
  for (let i = 0; i < folded.length; i++) if (folded[i] !== original[i]) back.set(folded[i]!, original[i]!);
  return [...subject].map((ch) => back.get(ch) ?? ch).join('');
}

/** The qualifier cut from the page's own text (餘, 超過 on a traditional page). */
function qualifierAsWritten(original: string, folded: string, c: Candidate): string | null {
  if (c.qualifierBefore) return original.slice(c.prefixStart, c.start);
  if (c.qualifierBetween) {
    const at = folded.indexOf(c.qualifierBetween, c.start + c.numText.length);
    return at >= 0 && at < c.end ? original.slice(at, at + c.qualifierBetween.length) : c.qualifierBetween;
  }
  return c.qualifierAfter ? original.slice(c.end, c.suffixEnd) : null;
}

function toFact(state: ExtractState, c: Candidate): Fact {
  const p = state.paragraphs[c.para]!;
  const qualifier = qualifierAsWritten(p.text, state.texts[c.para]!, c);
  return {
    text: p.text.slice(c.start, c.end),
    value: c.value!,
    unit: unitAsWritten(p.text, c),
    qualifier,
    subject: asWritten(p.text, state.texts[c.para]!, c.subject),
    inBox: p.inBox,
    period: c.period,
    level: c.level,
    category: c.category,
    sentence: p.text.slice(c.sentenceStart, c.sentenceEnd).trim(),
    anchor: p.anchor,
  };
}

export function extractFacts(paragraphs: readonly FactParagraph[]): Fact[] {
  const state = runExtract(paragraphs);
  return state.candidates.filter((c) => !c.dropped).map((c) => toFact(state, c));
}
