/** The category: by counting word first (所 → 学校, 元 → 经费), then CATEGORY_RULES in order. */
import { CATEGORY_RULES } from '../patterns.ts';
import type { Fact } from '../../schema/report.ts';
import type { Candidate, ExtractRule } from '../state.ts';
import { CLAUSE_DELIMS, postClause, preClause, previousInSentence } from '../state.ts';

/** With no word of its own, a fact takes the category of the previous fact of its clause (…300余项、市级1000余项). */
export const findCategories: ExtractRule = (state) => {
  const done = new Map<Candidate, Fact['category']>();
  const candidates = state.candidates.map((c) => {
    if (c.dropped) return c;
    const byUnit = CATEGORY_RULES.find((r) => r.units?.includes(c.unit));
    // The words after the number name the counted thing more often than those before it.
    const post = postClause(state, c);
    const pre = preClause(state, c);
    const byWord = CATEGORY_RULES.find((r) => r.pattern.test(post)) ?? CATEGORY_RULES.find((r) => r.pattern.test(pre));
    const prev = previousInSentence(state, c);
    const sameClause = prev && !CLAUSE_DELIMS.test(state.texts[c.para]!.slice(prev.suffixEnd, c.prefixStart));
    const category = byUnit?.category ?? byWord?.category ?? (sameClause ? done.get(prev) : undefined) ?? '其他';
    done.set(c, category);
    return { ...c, category };
  });
  return { ...state, candidates };
};
