/**
 * What mammoth's HTML leaves out of a Word paragraph but its layout says: alignment (a centred
 * line under a photo is its caption, a centred line on top the headline) and the size and font
 * of its text (WPS sets a headline in 方正小标宋 at 二号 = 22 pt, not bold, with no style name).
 * A mammoth document transform puts a private-use mark at the start of each paragraph
 * (`\uE000a=center;s=22;f=方正小标宋简体\uE001`); html-blocks takes the mark out of the text and
 * gives the paragraph's blocks these hints. A mark is used, not a side list, because mammoth
 * drops empty paragraphs and splits others: the mark travels with its paragraph's text.
 * Formatting a style sets (a headline in the school's own `报道标题` style) counts as if set on
 * the run (word-styles.ts).
 */
import { NO_STYLES, type RunFormat, type WordStyles } from './word-styles.ts';

export const WORD_PARAGRAPH_MARK = /\uE000([^\uE001]*)\uE001/g;

export interface WordParagraph {
  align?: string;
  /** The largest run size in the paragraph, in points (direct formatting, else its styles'). */
  size?: number;
  /** The font of its first run with text. */
  font?: string;
  /** Every run with text is bold by a style (direct bold reaches the HTML as `<strong>`). */
  bold?: boolean;
}

/** The parts of mammoth's document model read here (its typings do not describe it). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  alignment?: string | null;
  font?: string | null;
  fontSize?: number | null;
  styleId?: string | null;
  isBold?: boolean;
}

const runsOf = (el: MammothElement): MammothElement[] => (el.children ?? []).flatMap((c) => (c.type === 'run' ? [c] : runsOf(c)));

const clean = (s: string) => s.replace(/[;=\uE000\uE001]/g, '');

/** A run's formatting: direct, else its character style, else its paragraph's style, the default paragraph style, the defaults. */
function effective(run: MammothElement, paragraph: MammothElement, styles: WordStyles): RunFormat {
  const direct: RunFormat = { ...(run.fontSize ? { size: run.fontSize } : {}), ...(run.font ? { font: run.font } : {}), ...(run.isBold ? { bold: true } : {}) };
  const pStyle = styles.style(paragraph.styleId ?? styles.defaultParagraph);
  return { ...styles.defaults, ...pStyle, ...styles.style(run.styleId), ...direct };
}

function markOf(p: MammothElement, styles: WordStyles): string {
  const withText = runsOf(p).filter((r) => (r.children ?? []).some((c) => c.type === 'text' && c.value?.trim()));
  const formats = withText.map((r) => effective(r, p, styles));
  const sizes = formats.map((f) => f.size ?? 0).filter((n) => n > 0);
  const font = formats.find((f) => f.font)?.font;
  const styledBold = formats.length > 0 && formats.every((f) => f.bold) && withText.some((r) => !r.isBold);
  const parts = [p.alignment ? `a=${clean(p.alignment)}` : '', sizes.length ? `s=${Math.max(...sizes)}` : '', font ? `f=${clean(font)}` : '', styledBold ? 'b=1' : ''].filter(Boolean);
  return parts.length ? `\uE000${parts.join(';')}\uE001` : '';
}

/** mammoth `transformDocument`: each paragraph with a layout worth keeping gets its mark as a first run. */
export function markWordParagraphs(element: MammothElement, styles: WordStyles = NO_STYLES): MammothElement {
  const p = element.children ? { ...element, children: element.children.map((c) => markWordParagraphs(c, styles)) } : element;
  if (p.type !== 'paragraph') return p;
  const mark = markOf(p, styles);
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
    else if (key === 'b' && value === '1') out.bold = true;
  }
  return out;
}
