/** Finds every number followed by a counting word from UNIT_RULES. */
import { QUALIFIER_RULES, UNIT_RULES } from '../patterns.ts';
import type { Candidate, ExtractRule } from '../state.ts';

const NUM = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)`;
const CANDIDATE = new RegExp(
  `(${QUALIFIER_RULES.before.join('|')})?${NUM}(万|亿)?(${QUALIFIER_RULES.between.join('|')})?` +
    `(${UNIT_RULES.map((u) => `(?:${u.pattern})`).join('|')})(${QUALIFIER_RULES.after.join('|')})?`,
  'g',
);

function unitOf(printed: string): string {
  const rule = UNIT_RULES.find((u) => new RegExp(`^(?:${u.pattern})$`).test(printed));
  return rule ? rule.unit : printed;
}

export const findCandidates: ExtractRule = (state) => {
  const candidates: Candidate[] = [];
  state.texts.forEach((text, para) => {
    for (const m of text.matchAll(CANDIDATE)) {
      const [, before = '', numText = '', multiplier = '', between = '', unitText = '', after = ''] = m;
      const start = m.index + before.length;
      const end = start + numText.length + multiplier.length + between.length + unitText.length;
      const sentence = state.sentences[para]!.find(([s, e]) => start >= s && start < e) ?? [0, text.length];
      candidates.push({
        para,
        sentenceStart: sentence[0],
        sentenceEnd: sentence[1],
        prefixStart: m.index,
        start,
        end,
        suffixEnd: end + after.length,
        numText,
        multiplier,
        qualifierBefore: before,
        qualifierBetween: between,
        qualifierAfter: after,
        unit: unitOf(unitText),
        value: null,
        dropped: null,
        subject: '',
        period: null,
        level: null,
        category: '其他',
      });
    }
  });
  return { ...state, candidates };
};
