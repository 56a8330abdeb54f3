/**
 * Numbers as printed → numbers. Chinese numerals go through `nzh` (which does not know
 * the colloquial 两 or the 〇 digit, so those are mapped first); 万/亿 after Arabic digits
 * are multiplied out.
 */
import Nzh from 'nzh/cn';

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
/** Chinese numerals already decoded: reports repeat the same few (两, 三, 十余 …), and nzh is the slow part. */
const DECODED = new Map<string, number>();
const CHINESE = /^[零〇一二两三四五六七八九十百千万亿]+$/;

/** True when `s` is written in Chinese numerals. */
export function isChineseNumeral(s: string): boolean {
  return CHINESE.test(s);
}

/**
 * Parses "5", "1,200", "97.3", "两万", "三千五百"; `multiplier` is a 万/亿 printed after
 * Arabic digits. Returns null when the text is not a number.
 */
export function parseNumber(numText: string, multiplier = ''): number | null {
  let n: number;
  if (isChineseNumeral(numText)) {
    let decoded = DECODED.get(numText);
    if (decoded === undefined) {
      decoded = Number(Nzh.decodeS(numText.replace(/两/g, '二').replace(/〇/g, '零')));
      if (DECODED.size < 10_000) DECODED.set(numText, decoded);
    }
    n = decoded;
  } else {
    n = Number(numText.replace(/,/g, ''));
  }
  if (!Number.isFinite(n)) return null;
  const m = multiplier ? MULTIPLIERS[multiplier] : 1;
  if (m === undefined) return null;
  // Round away float noise (1.5 × 1e8) while keeping genuine decimals (97.3).
  return Math.round(n * m * 1e6) / 1e6;
}
