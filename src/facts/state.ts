/** The state object the extraction rules pass along (markdown-it style). */
import type { Fact } from '../schema/report.ts';
import type { FactParagraph } from './extract.ts';

/** A number with a counting word found in a paragraph, on its way to becoming a fact. */
export interface Candidate {
  /** Index of the paragraph in `ExtractState.paragraphs`. */
  para: number;
  /** Offsets of the sentence holding the number, within the paragraph text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** Offset of the leading qualifier (近, 约 …) or of the number when there is none. */
  prefixStart: number;
  /** Offset of the number itself. */
  start: number;
  /** Offset just past the counting word. */
  end: number;
  /** Offset just past a trailing qualifier (以上, 左右), else `end`. */
  suffixEnd: number;
  /** Offsets of the printed counting word (or of the bare 万/亿 standing for it). */
  unitStart: number;
  unitEnd: number;
  /** The number as printed, e.g. "5", "两万", "97.3". */
  numText: string;
  /** 万/亿 printed after Arabic digits. */
  multiplier: string;
  /** Printed qualifiers before / between / after. */
  qualifierBefore: string;
  qualifierBetween: string;
  qualifierAfter: string;
  unit: string;
  /** Filled by read-values. */
  value: number | null;
  /** Set when a not-a-fact rule rejected the candidate (its rule name). */
  dropped: string | null;
  subject: string;
  period: string | null;
  level: Fact['level'];
  category: Fact['category'];
}

export interface ExtractState {
  /**
   * Paragraph texts as the rules match them: full-width digits/percent folded to ASCII and
   * traditional characters to simplified, one for one (same length, same offsets as the originals).
   */
  texts: string[];
  paragraphs: readonly FactParagraph[];
  /** Sentence spans [start, end) per paragraph. */
  sentences: [number, number][][];
  candidates: Candidate[];
}

export type ExtractRule = (state: ExtractState) => ExtractState;

/** Per candidates array: each live candidate's live neighbours in its sentence (built once, not per lookup). */
const NEIGHBOURS = new WeakMap<Candidate[], Map<Candidate, { prev?: Candidate; next?: Candidate }>>();

function neighbours(state: ExtractState): Map<Candidate, { prev?: Candidate; next?: Candidate }> {
  let index = NEIGHBOURS.get(state.candidates);
  if (!index) {
    index = new Map();
    let last: Candidate | undefined;
    // Candidates are in document order (paragraph, then offset), so neighbours are adjacent.
    for (const c of state.candidates) {
      if (c.dropped) continue;
      const same = last && last.para === c.para && last.sentenceStart === c.sentenceStart;
      index.set(c, { prev: same ? last : undefined });
      if (same) index.get(last!)!.next = c;
      last = c;
    }
    NEIGHBOURS.set(state.candidates, index);
  }
  return index;
}

/** The live candidate just before `c` in its sentence, or undefined. */
export function previousInSentence(state: ExtractState, c: Candidate): Candidate | undefined {
  return neighbours(state).get(c)?.prev;
}

/** The live candidate just after `c` in its sentence, or undefined. */
export function nextInSentence(state: ExtractState, c: Candidate): Candidate | undefined {
  return neighbours(state).get(c)?.next;
}

/** Clause delimiters: a subject or level never reaches across them. */
export const CLAUSE_DELIMS = /[，。；：！？,;:!?]/;
/** The same characters, for checking one character without a regex. */
const DELIM_CHARS = '，。；：！？,;:!?';

/** Text from the start of the number's clause (or the previous fact) up to the number. */
export function preClause(state: ExtractState, c: Candidate): string {
  const text = state.texts[c.para]!;
  const prev = previousInSentence(state, c);
  let from = Math.max(c.sentenceStart, prev ? prev.suffixEnd : 0);
  // Two facts in one clause (56节入选部级精品课、142节…): the words after the first fact up to
  // the 、 are its own, not the second's.
  const between = text.slice(from, c.prefixStart);
  if (prev && !CLAUSE_DELIMS.test(between) && between.includes('、')) from += between.indexOf('、') + 1;
  for (let i = c.prefixStart - 1; i >= from; i--) {
    if (DELIM_CHARS.includes(text[i]!)) {
      from = i + 1;
      break;
    }
  }
  return text.slice(from, c.prefixStart);
}

/** Text from the start of the sentence (or the previous fact) up to the number. */
export function widerPre(state: ExtractState, c: Candidate): string {
  const prev = previousInSentence(state, c);
  return state.texts[c.para]!.slice(Math.max(c.sentenceStart, prev ? prev.suffixEnd : 0), c.prefixStart);
}

/** Text after the counting word up to the clause end, a 、 or the next fact. */
export function postClause(state: ExtractState, c: Candidate): string {
  const text = state.texts[c.para]!;
  const next = nextInSentence(state, c);
  const to = Math.min(c.sentenceEnd, next ? next.prefixStart : text.length);
  let i = c.suffixEnd;
  while (i < to && !DELIM_CHARS.includes(text[i]!) && text[i] !== '、') i++;
  return text.slice(c.suffixEnd, i);
}
