/**
 * Finds every number followed by a counting word from UNIT_RULES, and every Arabic number
 * with a bare 万/亿 and no counting word (超过2500万, 8万教师: the magnitude stands as unit).
 */
import { QUALIFIER_RULES, UNIT_RULES } from '../patterns.ts';
import type { Candidate, ExtractRule } from '../state.ts';

/** 百/千/万 open a number only before 余/多 (千余名) or after an approximation word (近万册): alone they are words (千万不要, 百花); after digits (3千余) the digits are lost, so none. */
// After 近/逾/约/超 a bare 百/千/万 is one of them (近万册 = nearly 10,000).
const NUM = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*|(?<![\d.])[百千万](?=[余多])|(?<=(?:近|逾|约|超))[百千万](?![余多万亿]))`;
const BETWEEN = `(${QUALIFIER_RULES.between.join('|')})?`;
// The number comes first and the qualifier before it is looked up afterwards: a pattern that
// opened with an optional qualifier made the engine try every alternative at every character.
// 余/多 stand before 万 (2300余万元) or after it (5万余人次).
const UNITS = `(${UNIT_RULES.map((u) => `(?:${u.pattern})`).join('|')})`;
const AFTER = `(${QUALIFIER_RULES.after.join('|')})?`;
const CANDIDATE = new RegExp(`${NUM}${BETWEEN}(万亿|万|亿)?${BETWEEN}${UNITS}${AFTER}`, 'g');
// Bare magnitudes get a scan of their own, run only where 万/亿 occur: folded into CANDIDATE as
// an optional counting word, the one pattern ran almost twice as slowly on every paragraph.
const MAYBE_BARE = /\d[余多]?[万亿]/;
const BARE = new RegExp(String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)${BETWEEN}(万亿|万|亿)${BETWEEN}()${AFTER}`, 'g');

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
    let matches: Iterable<RegExpMatchArray> = text.matchAll(CANDIDATE);
    if (MAYBE_BARE.test(text)) {
      const all = [...matches];
      const counted = new Set(all.map((m) => m.index));
      for (const m of text.matchAll(BARE)) if (!counted.has(m.index)) all.push(m);
      matches = all.sort((x, y) => x.index! - y.index!);
    }
    for (const m of matches) {
      const [, numText = '', q1 = '', multiplier = '', q2 = '', unitText = '', after = ''] = m;
      // A number without a counting word is a fact only with a printed magnitude after Arabic
      // digits; 以上 then follows the magnitude itself (2500万以上).
      const bare = !unitText;
      if (bare && (!multiplier || !/^\d/.test(numText))) continue;
      const start = m.index!;
      const before = QUALIFIER_RULES.before.find((q) => start >= q.length && text.startsWith(q, start - q.length)) ?? '';
      // 一个多月: the qualifier sits inside the counting word.
      const inner = unitText.length > 2 ? (/[多余]/.exec(unitText.slice(1))?.[0] ?? '') : '';
      if ((q1 && q2) || (inner && (q1 || q2))) continue;
      const between = q1 + q2 + inner;
      const end = start + numText.length + q1.length + multiplier.length + q2.length + unitText.length;
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
        unitStart: bare ? end - q2.length - 1 : end - unitText.length,
        unitEnd: bare ? end - q2.length : end,
        numText,
        multiplier,
        qualifierBefore: before,
        qualifierBetween: between,
        qualifierAfter: after,
        unit: bare ? multiplier.slice(-1) : unitOf(unitText),
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
