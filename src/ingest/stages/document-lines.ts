/**
 * document-lines: a Word document or saved web page, already read into blocks (formats/),
 * becomes the line model every later stage works on: each block one line, a blank line
 * between blocks (as a text source separates paragraphs), each line with its hints. An image
 * is a line too (`[图片 800×600] page_files/a.jpg`), so it keeps its place in the reading
 * order and a skipped one is recorded like any removed line. A date the page states in its
 * markup is a stated date. A text source passes through untouched.
 */
import { createHash } from 'node:crypto';
import type { IngestState, SourceLine } from '../state.ts';
import { normalizeLine } from './normalize-lines.ts';

export function documentLines(s: IngestState): IngestState {
  const doc = s.document;
  if (!doc) return s;
  const lines: SourceLine[] = [];
  for (const block of doc.blocks) {
    if (lines.length) lines.push(normalizeLine('', lines.length + 1));
    const { text, ...hint } = block;
    const image = block.image !== undefined ? doc.images[block.image]! : null;
    const raw = image ? `[图片${image.width ? ` ${image.width}×${image.height}` : ''}] ${image.origin}` : text;
    lines.push({ ...normalizeLine(raw, lines.length + 1), hint });
  }
  const date = doc.meta.date;
  return {
    ...s,
    sha256: createHash('sha256').update(s.bytes).digest('hex'),
    encoding: doc.encoding,
    text: lines.map((l) => l.raw).join('\n'),
    lines,
    ...(date ? { date: date.date, datePrecision: 'day' as const, dateStated: true, dateEvidence: [date.evidence] } : {}),
  };
}
