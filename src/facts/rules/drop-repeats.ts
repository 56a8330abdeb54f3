/**
 * A figure repeated in the same report (a lede restated, a caption, a headline kept in the body)
 * is listed once: a later fact is dropped when its printed text, value and unit match an earlier
 * one's and so does the thing it counts, read off the words right after it (one reading the
 * start of the other: 学生 / 学生参加), or, when a delimiter follows, the words before it. That
 * keeps 4人 of 一等奖4人、二等奖4人 and the 15人 of 15人获“甲奖”，15人获“乙奖” apart.
 * A bare 万/亿 figure with the value of another fact (1500亿 in a headline, 1500亿元 below) is
 * the same money or count without its counter. Body and box are counted apart: the box repeats
 * the body by design.
 */
import type { Candidate, ExtractRule, ExtractState } from '../state.ts';

const STOP = /[，。；：！？,;:!?、（）()《》\s]/;
const QUOTE = /[“”"'‘’「」]/;
const REACH = 4;

/** The words after the figure (quotes skipped), else '<' and the words before it. */
function neighbour(state: ExtractState, c: Candidate): string {
  const text = state.texts[c.para]!;
  let after = '';
  for (let i = c.suffixEnd; i < text.length && after.length < REACH && !STOP.test(text[i]!); i++) if (!QUOTE.test(text[i]!)) after += text[i];
  if (after) return after;
  let before = '';
  for (let i = c.prefixStart - 1; i >= 0 && before.length < REACH && !STOP.test(text[i]!); i--) if (!QUOTE.test(text[i]!)) before = text[i] + before;
  return `<${before}`;
}

function sameThing(a: string, b: string): boolean {
  if (a.startsWith('<') !== b.startsWith('<')) return false;
  return a.startsWith('<') ? a.endsWith(b.slice(1)) || b.endsWith(a.slice(1)) : a.startsWith(b) || b.startsWith(a);
}

/** No counting word rule gives 万 or 亿: those units mark a bare magnitude. */
const isBare = (c: Candidate) => c.unit === '万' || c.unit === '亿';

export const dropRepeats: ExtractRule = (state) => {
  const seen = new Map<string, string[]>();
  const live = state.candidates.filter((c) => !c.dropped);
  const candidates = state.candidates.map((c) => {
    if (c.dropped) return c;
    const p = state.paragraphs[c.para]!;
    if (isBare(c) && live.some((o) => o !== c && o.value === c.value && !isBare(o) && state.paragraphs[o.para]!.inBox === p.inBox)) return { ...c, dropped: 'repeated-figure' };
    const key = [p.inBox, p.text.slice(c.prefixStart, c.suffixEnd), c.value, c.unit].join('|');
    const thing = neighbour(state, c);
    const earlier = seen.get(key);
    if (earlier?.some((t) => sameThing(t, thing))) return { ...c, dropped: 'repeated-figure' };
    seen.set(key, [...(earlier ?? []), thing]);
    return c;
  });
  return { ...state, candidates };
};
