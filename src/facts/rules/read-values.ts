/**
 * Turns the printed number into a value. 万/亿 directly before 元 belong to the unit
 * (300万元 is 300 of 万元), anywhere else they multiply (5万余人次 → 50000).
 */
import { isChineseNumeral, parseNumber } from '../chinese-number.ts';
import type { ExtractRule } from '../state.ts';

export const readValues: ExtractRule = (state) => ({
  ...state,
  candidates: state.candidates.map((c) => {
    let { numText, multiplier, unit } = c;
    if (unit === '元' && !c.qualifierBetween) {
      const tail = multiplier || (isChineseNumeral(numText) && /[万亿]$/.test(numText) ? numText.slice(-1) : '');
      if (tail) {
        if (!multiplier) numText = numText.slice(0, -1);
        unit = `${tail}元`;
        multiplier = '';
      }
    }
    const value = numText ? parseNumber(numText, multiplier) : null;
    return { ...c, unit, value, dropped: value === null ? 'unreadable-number' : c.dropped };
  }),
});
