/**
 * The level: the highest LEVEL_RULES word in the number's own clause; else in the clause
 * after it; else in the sentence before it; else the level of the previous fact of the
 * sentence (荣获4个一等奖 inherits 国际 from 6支队伍参加世界机器人大赛).
 */
import type { Fact } from '../../schema/report.ts';
import { LEVEL_RULES } from '../patterns.ts';
import type { Candidate, ExtractRule } from '../state.ts';
import { postClause, preClause, widerPre } from '../state.ts';

function highest(text: string): Fact['level'] {
  return LEVEL_RULES.find((r) => r.pattern.test(text))?.level ?? null;
}

export const findLevels: ExtractRule = (state) => {
  const done = new Map<Candidate, Fact['level']>();
  const candidates = state.candidates.map((c) => {
    if (c.dropped) return c;
    let level = highest(preClause(state, c)) ?? highest(postClause(state, c)) ?? highest(widerPre(state, c));
    if (!level) {
      const prev = [...done.keys()].reverse().find((o) => o.para === c.para && o.sentenceStart === c.sentenceStart);
      level = prev ? (done.get(prev) ?? null) : null;
    }
    done.set(c, level);
    return { ...c, level };
  });
  return { ...state, candidates };
};
