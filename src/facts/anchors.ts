/**
 * The paragraph-anchor contract, in one place. A fact names where it was printed by an
 * anchor, and that anchor is an element id on the report page:
 *
 * - `p-N`: the N-th body paragraph (1-based, document order; headings, figures and 数说 boxes
 *   do not count). Ingest numbers the paragraphs it writes (find-facts), the markdown rule
 *   `paragraph-anchors` numbers them again when the page is rendered — the same count as long
 *   as nobody splits or merges a paragraph, which is why the loader checks every fact's text
 *   against its paragraph (src/lib/markdown/fact-marks.ts) and stops the build when it moved.
 * - `box-B-I`: item I of 数说 box B (both 1-based); the box itself is `box-B`.
 *
 * Corrections (`factCorrections`) name a fact by anchor + text; search URLs and the 成果库 link
 * to `#<anchor>`; the scorers number fixture paragraphs the same way.
 */
import type { FactParagraph } from './extract.ts';

export const paragraphAnchor = (n: number): string => `p-${n}`;
export const boxId = (box: number): string => `box-${box}`;
export const boxItemAnchor = (box: number, item: number): string => `${boxId(box)}-${item}`;

const PARAGRAPH = /^p-([1-9]\d*)$/;
const BOX_ITEM = /^box-([1-9]\d*)-([1-9]\d*)$/;

export const isParagraphAnchor = (anchor: string): boolean => PARAGRAPH.test(anchor);
export const isBoxItemAnchor = (anchor: string): boolean => BOX_ITEM.test(anchor);

/** What an anchor points at, or null when it follows neither form. */
export function parseAnchor(anchor: string): { paragraph: number } | { box: number; item: number } | null {
  const p = PARAGRAPH.exec(anchor);
  if (p) return { paragraph: Number(p[1]) };
  const b = BOX_ITEM.exec(anchor);
  return b ? { box: Number(b[1]), item: Number(b[2]) } : null;
}

/** A box item as the extractor needs it. */
export interface AnchoredBoxItem {
  label: string;
  text: string;
}

/**
 * Body paragraphs and box items, anchored for the extractor: paragraphs `p-1…` in order, then
 * each box's items `box-B-I`. Ingest (find-facts) and the scorers hand the extractor this.
 */
export function anchoredParagraphs(paragraphs: readonly string[], boxes: readonly { items: readonly AnchoredBoxItem[] }[] = []): FactParagraph[] {
  const out: FactParagraph[] = paragraphs.map((text, i) => ({ anchor: paragraphAnchor(i + 1), text, inBox: false }));
  boxes.forEach((box, b) => box.items.forEach((item, i) => out.push({ anchor: boxItemAnchor(b + 1, i + 1), text: item.text, inBox: true, label: item.label })));
  return out;
}
