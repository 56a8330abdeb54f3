/**
 * Fractions as shares: 超过2/3, 近1/5, 三分之一; 百分之N is a percentage. A slash between digits
 * is a share only where a qualifier or a share verb leads it (占, 达 …) or 的/以上 follows: bare,
 * it is as likely a date (9/15), a score or a page number.
 */
import { parseNumber } from '../chinese-number.ts';
import { FRACTION, QUALIFIER_RULES } from '../patterns.ts';
import type { Candidate, ExtractRule } from '../state.ts';

function share(numer: number | null, denom: number | null): number | null {
  if (numer === null || denom === null || denom === 0 || numer >= denom) return null;
  return Math.round((numer / denom) * 1e6) / 1e6;
}

export const findFractions: ExtractRule = (state) => {
  const found: Candidate[] = [];
  state.texts.forEach((text, para) => {
    // Few paragraphs hold a fraction: the two scans run only where one can be.
    const slash = text.includes('/');
    const chinese = text.includes('分之');
    if (!slash && !chinese) return;
    const sentences = state.sentences[para]!;
    const add = (start: number, end: number, numText: string, value: number, unit: string, needsLead: boolean) => {
      const before = QUALIFIER_RULES.before.find((q) => start >= q.length && text.startsWith(q, start - q.length)) ?? '';
      const after = QUALIFIER_RULES.after.find((q) => text.startsWith(q, end)) ?? '';
      if (needsLead && !before && !after && !FRACTION.lead.test(text.slice(0, start)) && !FRACTION.trail.test(text.slice(end))) return;
      const sentence = sentences.find(([s, e]) => start >= s && start < e) ?? ([0, text.length] as const);
      found.push({
        para,
        sentenceStart: sentence[0],
        sentenceEnd: sentence[1],
        prefixStart: start - before.length,
        start,
        end,
        suffixEnd: end + after.length,
        unitStart: end,
        unitEnd: end,
        numText,
        multiplier: '',
        qualifierBefore: before,
        qualifierBetween: '',
        qualifierAfter: after,
        unit,
        value,
        dropped: null,
        subject: '',
        period: null,
        level: null,
        category: '其他',
      });
    };
    if (slash) for (const m of text.matchAll(FRACTION.slash)) {
      const value = share(Number(m[1]), Number(m[2]));
      if (value !== null) add(m.index, m.index + m[0].length, m[0], value, FRACTION.unit, true);
    }
    if (chinese) for (const m of text.matchAll(FRACTION.chinese)) {
      const [all, denomText = '', numerText = ''] = m;
      const numer = parseNumber(numerText);
      if (denomText === '百') {
        if (numer !== null && numer <= 100) add(m.index, m.index + all.length, all, numer, '%', false);
        continue;
      }
      const value = share(numer, parseNumber(denomText));
      if (value !== null) add(m.index, m.index + all.length, all, value, FRACTION.unit, false);
    }
  });
  if (!found.length) return state;
  // The later rules read neighbours off the candidates' order: keep it the document order.
  const candidates = [...state.candidates, ...found].sort((a, b) => a.para - b.para || a.start - b.start);
  return { ...state, candidates };
};
