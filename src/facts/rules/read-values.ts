/**
 * Turns the printed number into a value: Chinese numerals converted, 万/亿/万亿 multiplied out
 * everywhere, money included (300万元 → 3000000 of 元), so values compare and sort as numbers.
 * A value set by an earlier rule (a fraction) is kept.
 */
import { parseNumber } from '../chinese-number.ts';
import type { ExtractRule } from '../state.ts';

export const readValues: ExtractRule = (state) => ({
  ...state,
  candidates: state.candidates.map((c) => {
    if (c.value !== null) return c;
    const value = c.numText ? parseNumber(c.numText, c.multiplier) : null;
    return { ...c, value, dropped: value === null ? 'unreadable-number' : c.dropped };
  }),
});
