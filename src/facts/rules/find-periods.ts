/** The period: the PERIOD_RULES phrase nearest before the number in its sentence. */
import { PERIOD_RULES } from '../patterns.ts';
import type { ExtractRule } from '../state.ts';

/** Any period phrase at all: most texts have none, and one test is cheaper than every rule's scan. */
const ANY_PERIOD = new RegExp(PERIOD_RULES.map((r) => r.pattern.source).join('|'));

/** All period phrases in `text` as [start, end, phrase]. */
export function periodMatches(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  if (!ANY_PERIOD.test(text)) return out;
  for (const rule of PERIOD_RULES) {
    for (const m of text.matchAll(rule.pattern)) out.push([m.index, m.index + m[0].length, m[0]]);
  }
  return out;
}

export const findPeriods: ExtractRule = (state) => ({
  ...state,
  candidates: state.candidates.map((c) => {
    if (c.dropped) return c;
    const before = state.texts[c.para]!.slice(c.sentenceStart, c.prefixStart);
    // Nearest = ends last; on a tie the longer phrase (过去一年多来 over 一年多来).
    const best = periodMatches(before).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    return { ...c, period: best ? state.paragraphs[c.para]!.text.slice(c.sentenceStart + best[0], c.sentenceStart + best[1]) : null };
  }),
});
