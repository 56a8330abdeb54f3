/**
 * read-document-date: a Word file states its date on a line of its own: the 落款 at the end
 * (the unit's name, then `2018年9月13日`) or a date line under the headline. That is the
 * stated date (`dateStated: true`), not a year guessed from the body; the date line (and the
 * signature right above a closing one) leaves the body, recorded as `signature date` and
 * `signature`. A date a format or header already stated wins; pages and text sources state
 * theirs in article-info fields instead, so only Word documents are read here.
 */
import { DOCUMENT_DATE_LINE } from '../patterns-document.ts';
import { HAS_SENTENCE } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const DIGITS = '〇一二三四五六七八九';

/** 一 … 三十一 → 1 … 31. */
function chineseNumber(s: string): number {
  if (!s.includes('十')) return DIGITS.indexOf(s);
  const [tens, ones] = s.split('十');
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

/** A line that is a whole date → YYYY-MM-DD, or null (also for an impossible day). */
export function dateLine(text: string): string | null {
  const t = text.replace(/\s+/g, '').replace(DOCUMENT_DATE_LINE.weekday, '');
  let y: number, m: number, d: number;
  const a = DOCUMENT_DATE_LINE.arabic.exec(t);
  const c = a ? null : DOCUMENT_DATE_LINE.chinese.exec(t);
  if (a) [y, m, d] = [Number(a[1]), Number(a[2] ?? a[4]), Number(a[3] ?? a[5])];
  else if (c) [y, m, d] = [Number([...c[1]!].map((ch) => DIGITS.indexOf(ch.replace(/[○零]/, '〇'))).join('')), chineseNumber(c[2]!), chineseNumber(c[3]!)];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function readDocumentDate(s: IngestState): IngestState {
  if (s.document?.format !== 'docx' || s.dateStated) return s;
  // Lines of text a reader would see, in order (images and removed lines do not count).
  // A date line under the editor's credits was taken for the page's tail (strip-tail-furniture): it is still the 落款.
  const pageTail = (l: SourceLine) => l.role === 'removed' && l.reason === 'page tail';
  const text = s.lines.filter((l) => l.text !== '' && (l.role !== 'removed' || pageTail(l)) && l.role !== 'image');
  const firstSentence = text.findIndex((l) => l.role === null && HAS_SENTENCE.test(l.text));
  // The 落款 closes the body: only lines after its first sentence (a short file's top is not its end).
  const tail = firstSentence < 0 ? [] : text.slice(Math.max(firstSentence + 1, text.length - DOCUMENT_DATE_LINE.tailLines)).reverse();
  const top = firstSentence < 0 ? [] : text.slice(0, firstSentence);
  const found = [...tail.map((l) => ({ l, closing: true })), ...top.map((l) => ({ l, closing: false }))].find(({ l, closing }) => (l.role === null || (closing && pageTail(l))) && dateLine(l.text));
  if (!found) return s;
  const { l: dated, closing } = found;
  const at = text.indexOf(dated);
  const above = closing && at - 1 > firstSentence ? text[at - 1] : undefined;
  const sig = DOCUMENT_DATE_LINE.signature;
  const signature = above && above.role === null && above.text.length <= sig.maxChars && !sig.punctuation.test(above.text) && !HAS_SENTENCE.test(above.text) ? above : null;
  const lines: SourceLine[] = s.lines.map((l) =>
    l === dated ? { ...l, role: 'removed', reason: 'signature date' } : l === signature ? { ...l, role: 'removed', reason: 'signature' } : l,
  );
  return { ...s, lines, date: dateLine(dated.text), datePrecision: 'day', dateStated: true, dateEvidence: [dated.raw] };
}
