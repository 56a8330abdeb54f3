/**
 * The text formatting a Word document sets through its styles (`word/styles.xml`): a headline
 * in a paragraph style of the school's own (`报道标题`: 二号, bold, 方正小标宋) has no direct
 * formatting on its runs, so mammoth reports neither its size nor its weight. Each paragraph and
 * character style's size, weight and East Asian font are read here, `basedOn` chains followed,
 * with the document defaults under all of them; word-paragraph-marks.ts asks for a run's
 * effective formatting (direct, then its character style, then its paragraph's style, then the
 * default paragraph style, then the defaults).
 */
import { parseDocument } from 'htmlparser2';
import { findAll, findOne } from 'domutils';
import type { Element } from 'domhandler';

export interface RunFormat {
  /** Points. */
  size?: number;
  bold?: boolean;
  font?: string;
}

export interface WordStyles {
  /** The effective formatting of a style (its `basedOn` chain resolved), or {} for an unknown id. */
  style: (id: string | null | undefined) => RunFormat;
  /** The paragraph style a paragraph without `w:pStyle` has. */
  defaultParagraph: string | null;
  /** The document defaults (`w:docDefaults`). */
  defaults: RunFormat;
}

export const NO_STYLES: WordStyles = { style: () => ({}), defaultParagraph: null, defaults: {} };

/** Styles deeper than this are a loop or an abuse; the chain stops there. */
const MAX_CHAIN = 20;

const child = (el: Element | null | undefined, name: string) => (el ? (findOne((n) => n.name === name, el.children, false) as Element | null) : null);
const on = (el: Element | null) => el !== null && !/^(0|false|off)$/i.test(el.attribs['w:val'] ?? '');

function runFormat(rPr: Element | null): RunFormat {
  const out: RunFormat = {};
  if (!rPr) return out;
  const sz = Number(child(rPr, 'w:sz')?.attribs['w:val']);
  if (sz > 0) out.size = sz / 2;
  const b = child(rPr, 'w:b');
  if (b) out.bold = on(b);
  const fonts = child(rPr, 'w:rFonts')?.attribs;
  const font = fonts?.['w:eastAsia'] || fonts?.['w:ascii'];
  if (font) out.font = font;
  return out;
}

export function readWordStyles(xml: Buffer | null): WordStyles {
  if (!xml) return NO_STYLES;
  const doc = parseDocument(xml.toString('utf8'), { xmlMode: true });
  const own = new Map<string, { basedOn: string | null; format: RunFormat }>();
  let defaultParagraph: string | null = null;
  for (const el of findAll((n) => n.name === 'w:style', doc.children)) {
    const id = el.attribs['w:styleId'];
    if (!id) continue;
    own.set(id, { basedOn: child(el, 'w:basedOn')?.attribs['w:val'] ?? null, format: runFormat(child(el, 'w:rPr')) });
    if (el.attribs['w:type'] === 'paragraph' && /^(1|true|on)$/i.test(el.attribs['w:default'] ?? '')) defaultParagraph = id;
  }
  const defaults = runFormat(child(findOne((n) => n.name === 'w:rPrDefault', doc.children, true) as Element | null, 'w:rPr'));
  const resolved = new Map<string, RunFormat>();
  const style = (id: string | null | undefined): RunFormat => {
    if (!id) return {};
    const hit = resolved.get(id);
    if (hit) return hit;
    const chain: RunFormat[] = [];
    for (let at: string | null = id, n = 0; at && n < MAX_CHAIN; n++) {
      const s = own.get(at);
      if (!s) break;
      chain.push(s.format);
      at = s.basedOn;
    }
    // The style's own settings win over those it is based on.
    const out = chain.reduceRight<RunFormat>((acc, f) => ({ ...acc, ...f }), {});
    resolved.set(id, out);
    return out;
  };
  return { style, defaultParagraph, defaults };
}
