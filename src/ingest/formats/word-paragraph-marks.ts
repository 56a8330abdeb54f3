/**
 * What mammoth's HTML leaves out of a Word paragraph but its layout says: alignment (a centred
 * line under a photo is its caption, a centred line on top the headline) and the size and font
 * of its text (WPS sets a headline in 方正小标宋 at 二号 = 22 pt, not bold, with no style name).
 * A mammoth document transform puts a private-use mark at the start of each paragraph
 * (`\uE000a=center;s=22;f=方正小标宋简体\uE001`); html-blocks takes the mark out of the text and
 * gives the paragraph's blocks these hints. A mark is used, not a side list, because mammoth
 * drops empty paragraphs and splits others: the mark travels with its paragraph's text.
 */
export const WORD_PARAGRAPH_MARK = /\uE000([^\uE001]*)\uE001/g;

export interface WordParagraph {
  align?: string;
  /** The largest run size in the paragraph, in points (direct formatting only). */
  size?: number;
  /** The font of its first run with text. */
  font?: string;
}

/** The parts of mammoth's document model read here (its typings do not describe it). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  alignment?: string | null;
  font?: string | null;
  fontSize?: number | null;
}

const runsOf = (el: MammothElement): MammothElement[] => (el.children ?? []).flatMap((c) => (c.type === 'run' ? [c] : runsOf(c)));

const clean = (s: string) => s.replace(/[;=\uE000\uE001]/g, '');

function markOf(p: MammothElement): string {
  const withText = runsOf(p).filter((r) => (r.children ?? []).some((c) => c.type === 'text' && c.value?.trim()));
  const sizes = withText.map((r) => r.fontSize ?? 0).filter((n) => n > 0);
  const font = withText.find((r) => r.font)?.font;
  const parts = [p.alignment ? `a=${clean(p.alignment)}` : '', sizes.length ? `s=${Math.max(...sizes)}` : '', font ? `f=${clean(font)}` : ''].filter(Boolean);
  return parts.length ? `\uE000${parts.join(';')}\uE001` : '';
}

/** mammoth `transformDocument`: each paragraph with a layout worth keeping gets its mark as a first run. */
export function markWordParagraphs(element: MammothElement): MammothElement {
  const p = element.children ? { ...element, children: element.children.map(markWordParagraphs) } : element;
  if (p.type !== 'paragraph') return p;
  const mark = markOf(p);
  if (!mark) return p;
  const run = { type: 'run', children: [{ type: 'text', value: mark }], styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null };
  return { ...p, children: [run, ...(p.children ?? [])] };
}

/** `a=center;s=22;f=…` → the paragraph's layout. */
export function readWordMark(mark: string): WordParagraph {
  const out: WordParagraph = {};
  for (const part of mark.split(';')) {
    const [key, value = ''] = part.split('=');
    if (key === 'a') out.align = value;
    else if (key === 's' && Number(value) > 0) out.size = Number(value);
    else if (key === 'f' && value) out.font = value;
  }
  return out;
}
