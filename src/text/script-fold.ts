/**
 * Traditional → simplified characters, one for one, for *matching only*: pattern tables are
 * written in simplified characters, and a page in traditional ones (記者, 來源, 萬, 個) must
 * meet them too. The fold keeps every UTF-16 offset of the input, so a match found in the fold
 * is cut from the author's own text; the published text is never rewritten.
 */
import { Converter } from 'opencc-js/t2cn';

/** The CJK blocks the fold covers (Extension A and the Unified Ideographs). */
const FIRST = 0x3400;
const LAST = 0x9fff;
/**
 * Code unit → its simplified code unit, for every character OpenCC maps to one character
 * (a mapping to several characters would shift offsets: such characters stay as they are).
 * Built once per process, on first use (~27,000 single-character conversions).
 */
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t2s = Converter({ from: 't', to: 'cn' });
  const out = new Uint16Array(LAST - FIRST + 1);
  // One conversion call over all characters, separated by newlines, is far faster than one per character.
  const chars: string[] = [];
  for (let c = FIRST; c <= LAST; c++) chars.push(String.fromCharCode(c));
  const folded = t2s(chars.join('\n')).split('\n');
  for (let c = FIRST; c <= LAST; c++) {
    const s = folded[c - FIRST];
    out[c - FIRST] = s !== undefined && s.length === 1 ? s.charCodeAt(0) : c;
  }
  return out;
}

/** The text with traditional characters folded to simplified, same length, same offsets. */
export function foldToSimplified(text: string): string {
  table ??= buildTable();
  let codes: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST || c > LAST) continue;
    const s = table[c - FIRST]!;
    if (s === c) continue;
    codes ??= Array.from({ length: text.length }, (_, k) => text.charCodeAt(k));
    codes[i] = s;
  }
  if (!codes) return text;
  // In slices: a spread of a whole long line would pass more arguments than the stack holds.
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Every character the fold changes and what it becomes, as two strings of equal length (public/search/script-fold.js is made from them). */
export function foldPairs(): { from: string; to: string } {
  table ??= buildTable();
  let from = '';
  let to = '';
  for (let c = FIRST; c <= LAST; c++) {
    const s = table[c - FIRST]!;
    if (s === c) continue;
    from += String.fromCharCode(c);
    to += String.fromCharCode(s);
  }
  return { from, to };
}
