/**
 * Photos side by side in a table with their captions in the row below (PHOTO_GRID), read by
 * column: which caption cell stands under which photos. A caption cell may span several photo
 * cells (a merged cell, `colspan` / Word's gridSpan) or stand under one cell holding several
 * photos: its caption is then shared by all of them. Cells that straddle a column boundary of
 * the other row, a photo cell with no caption cell under it, or a text cell over only spacers
 * mean the table is not a photo grid.
 */
import { isTag, type Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { PHOTO_GRID } from '../patterns-document.ts';
import { WORD_PARAGRAPH_MARK } from './word-paragraph-marks.ts';

export interface PhotoGrid {
  /** The row of captions under the photo row. */
  captionRow: Element;
  /** Images in the photo row (each becomes a figure, in reading order). */
  images: number;
  /** Per cell of the caption row: the first of the row's images it captions and how many, or null (a spacer). */
  spans: ({ first: number; count: number } | null)[];
}

export const cellsOf = (tr: Element) => tr.children.filter(isTag).filter((c) => c.name === 'td' || c.name === 'th');
export const imagesIn = (el: Element) => findAll((n) => n.name === 'img', el.children);
/** Text a reader sees (a Word paragraph's layout mark is not text). */
export const hasText = (el: Element) => textContent(el).replace(WORD_PARAGRAPH_MARK, '').trim() !== '';

const span = (c: Element) => Math.max(1, Number.parseInt(c.attribs.colspan ?? '1', 10) || 1);

/** Each cell's columns, [start, end). */
function columns(cells: Element[]): [number, number][] {
  let at = 0;
  return cells.map((c) => [at, (at += span(c))]);
}

/** The row next to `tr` on that side, or null. */
function rowBeside(tr: Element, side: 'below' | 'above'): Element | null {
  let at = side === 'below' ? tr.next : tr.prev;
  while (at && !isTag(at)) at = side === 'below' ? at.next : at.prev;
  return at && isTag(at) && at.name === 'tr' ? at : null;
}

/**
 * The photo grid whose photo row is `tr`, with its captions in the row below it (or, with
 * `side: 'above'`, in the row above: captions set over their photos), or null when `tr` is not
 * one. A photo cell with an empty cell beside it has no caption, as long as another has one.
 */
export function photoGridAt(tr: Element, side: 'below' | 'above' = 'below'): PhotoGrid | null {
  const cells = cellsOf(tr);
  const counts = cells.map((c) => (hasText(c) ? -1 : imagesIn(c).length));
  const images = counts.reduce((n, k) => n + Math.max(0, k), 0);
  if (counts.includes(-1) || images < PHOTO_GRID.minPhotos) return null;
  const row = rowBeside(tr, side);
  if (!row) return null;
  const under = cellsOf(row);
  const above = columns(cells);
  const below = columns(under);
  if (!under.length || above.at(-1)![1] !== below.at(-1)![1]) return null;
  // Image offset of each photo-row cell.
  const offsets = counts.map((_, i) => counts.slice(0, i).reduce((n, k) => n + k, 0));
  const isCaption = (c: Element) => hasText(c) && !imagesIn(c).length && textContent(c).replace(WORD_PARAGRAPH_MARK, '').trim().length <= PHOTO_GRID.maxCaptionChars;
  const isEmpty = (c: Element) => !hasText(c) && !imagesIn(c).length;
  const spans: PhotoGrid['spans'] = [];
  for (const [i, [s, e]] of below.entries()) {
    // A photo cell straddling this caption cell's edge: the rows do not line up.
    if (above.some(([a, b]) => a < e && b > s && (a < s || b > e))) return null;
    const covered = above.flatMap(([a, b], j) => (a >= s && b <= e && counts[j]! > 0 ? [j] : []));
    if (!covered.length || isEmpty(under[i]!)) {
      if (!isEmpty(under[i]!)) return null;
      spans.push(null);
      continue;
    }
    if (!isCaption(under[i]!)) return null;
    spans.push({ first: offsets[covered[0]!]!, count: covered.reduce((n, j) => n + counts[j]!, 0) });
  }
  return spans.some(Boolean) ? { captionRow: row, images, spans } : null;
}

/** The row after `tr`, or null. */
export const rowAfter = (tr: Element): Element | null => rowBeside(tr, 'below');

/** The photo grid whose caption row is `tr`, set above its photo row, or null. */
export function photoGridUnder(tr: Element): PhotoGrid | null {
  const photos = rowBeside(tr, 'below');
  const grid = photos ? photoGridAt(photos, 'above') : null;
  return grid && !photoGridAt(tr) ? grid : null;
}
