/**
 * normalize-lines: text → numbered lines. CRLF/CR become line breaks; full-width digits and
 * Latin letters fold to ASCII (not Chinese punctuation); spaces are trimmed and collapsed.
 * Pinyin a mirror site inserted after characters (報業(yè)) is cut and recorded. Each line
 * also gets its simplified-character fold, which the pattern tables match against.
 */
import { foldToSimplified } from '../../text/script-fold.ts';
import { FULLWIDTH, INDENT_DEBRIS, MIRROR_PINYIN, MIRROR_PINYIN_REASON, SPACE_RUN } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

export function foldFullWidth(text: string): string {
  return text
    .replace(FULLWIDTH.alnum, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(FULLWIDTH.percentAfterDigit, '%')
    .replace(FULLWIDTH.pointBetweenDigits, '.')
    .replace(FULLWIDTH.colonBetweenDigits, ':');
}

/** One line as decoded → a numbered source line (also used for the blocks of a Word document or web page). */
export function normalizeLine(line: string, no: number): SourceLine {
  const raw = line.replace(SPACE_RUN, ' ').trim();
  let text = foldFullWidth(raw);
  const cuts: { text: string; reason: string }[] = [];
  // A paragraph's full-width indent that a wrong decoding turned into question marks (`????正文`).
  const debris = INDENT_DEBRIS.exec(text);
  if (debris) {
    text = text.slice(debris[0].length);
    cuts.push({ text: debris[0].trim(), reason: 'indent debris' });
  }
  const pinyin = text.includes('(') ? text.match(MIRROR_PINYIN) : null;
  if (pinyin) {
    text = text.replace(MIRROR_PINYIN, '');
    cuts.push({ text: pinyin.join(' '), reason: 'mirror-site pinyin' satisfies typeof MIRROR_PINYIN_REASON });
  }
  return { no, raw, text, fold: foldToSimplified(text), role: null, ...(cuts.length ? { cuts } : {}) };
}

export function normalizeLines(s: IngestState): IngestState {
  // A Word document's or web page's lines come from its blocks (read-document).
  if (s.document) return s;
  const lines: SourceLine[] = s.text.split(/\r\n|\r|\n/).map((line, i) => normalizeLine(line, i + 1));
  // A trailing newline leaves one empty last element; it is not a line of the file.
  if (lines.length > 1 && lines[lines.length - 1]!.text === '' && /(\r\n|\r|\n)$/.test(s.text)) lines.pop();
  return { ...s, lines };
}
