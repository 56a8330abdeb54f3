/** Finds every number followed by a counting word from UNIT_RULES. */
import { QUALIFIER_RULES, UNIT_RULES } from '../patterns.ts';
import type { Candidate, ExtractRule } from '../state.ts';

const NUM = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)`;
// The number comes first and the qualifier before it is looked up afterwards: a pattern that
// opened with an optional qualifier made the engine try every alternative at every character.
const CANDIDATE = new RegExp(
  `${NUM}(万|亿)?(${QUALIFIER_RULES.between.join('|')})?` +
    `(${UNIT_RULES.map((u) => `(?:${u.pattern})`).join('|')})(${QUALIFIER_RULES.after.join('|')})?`,
  'g',
);

/** Each rule's pattern compiled once, anchored, for mapping a printed counting word to its unit. */
const UNIT_MATCHERS = UNIT_RULES.map((u) => [new RegExp(`^(?:${u.pattern})$`), u.unit] as const);
/** Printed counting word → unit; the printed forms are few (人次, ％, 名 …), so this stays tiny. */
const UNIT_OF = new Map<string, string>();

function unitOf(printed: string): string {
  let unit = UNIT_OF.get(printed);
  if (unit === undefined) {
    unit = UNIT_MATCHERS.find(([re]) => re.test(printed))?.[1] ?? printed;
    UNIT_OF.set(printed, unit);
  }
  return unit;
}

export const findCandidates: ExtractRule = (state) => {
  const candidates: Candidate[] = [];
  state.texts.forEach((text, para) => {
    const sentences = state.sentences[para]!;
    let si = 0;
    for (const m of text.matchAll(CANDIDATE)) {
      const [, numText = '', multiplier = '', between = '', unitText = '', after = ''] = m;
      const start = m.index;
      const before = QUALIFIER_RULES.before.find((q) => start >= q.length && text.startsWith(q, start - q.length)) ?? '';
      const end = start + numText.length + multiplier.length + between.length + unitText.length;
      // Matches come in order, so the sentence pointer only moves forward.
      while (si < sentences.length && sentences[si]![1] <= start) si++;
      const sentence = si < sentences.length && start >= sentences[si]![0] ? sentences[si]! : ([0, text.length] as const);
      candidates.push({
        para,
        sentenceStart: sentence[0],
        sentenceEnd: sentence[1],
        prefixStart: start - before.length,
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
