/** Applies NOT_A_FACT_RULES: ordinals, slogans, vague quantities, frequencies, back-references, furniture. */
import { isChineseNumeral } from '../chinese-number.ts';
import { NOT_A_FACT_RULES } from '../patterns.ts';
import type { ExtractRule } from '../state.ts';

export const dropNonFacts: ExtractRule = (state) => ({
  ...state,
  candidates: state.candidates.map((c) => {
    if (c.dropped || c.value === null) return c;
    const view = {
      para: state.texts[c.para]!,
      start: c.start,
      prefixStart: c.prefixStart,
      end: c.end,
      numText: c.numText,
      chinese: isChineseNumeral(c.numText),
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifierBefore + c.qualifierBetween + c.qualifierAfter,
    };
    const hit = NOT_A_FACT_RULES.find((r) => r.test(view));
    return hit ? { ...c, dropped: hit.name } : c;
  }),
});
