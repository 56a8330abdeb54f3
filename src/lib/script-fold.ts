/**
 * Traditional → simplified characters, one for one, for *matching only*: pattern tables are
 * written in simplified characters, and a page in traditional ones (記者, 來源, 萬, 個) must
 * meet them too. The fold keeps every UTF-16 offset of the input, so a match found in the fold
 * is cut from the author's own text; the published text is never rewritten.
 */
import { Converter } from 'opencc-js/t2cn';

const t2s = Converter({ from: 't', to: 'cn' });
/** Per-character results: the fold sees a handful of distinct characters per page. */
const cache = new Map<string, string>();
/** Any character outside ASCII and common punctuation may need folding. */
const MAYBE_TRADITIONAL = /[\u3400-\u9fff]/;

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const s = t2s(ch);
    // A conversion that changes the length would shift every offset after it: keep the original.
    out = s.length === ch.length ? s : ch;
    cache.set(ch, out);
  }
  return out;
}

/** The text with traditional characters folded to simplified, same length, same offsets. */
export function foldToSimplified(text: string): string {
  if (!MAYBE_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x3400 ? ch : foldChar(ch);
  return out;
}
