/**
 * A parsed HTML document → blocks in reading order, one per line the pipeline will see. A
 * block element (p, div, li, h1–h6, a table row …) or a `<br>` ends a line; an image is a
 * line of its own. Each line carries what the markup says: heading level, link density,
 * bold, centred, figcaption and figure, and the furniture region it sits in. Scripts, styles,
 * form controls and hidden elements give nothing. Used for saved pages and for the HTML
 * mammoth makes of a Word document.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { findOne, textContent } from 'domutils';
import {
  BLOCK_ELEMENTS,
  CAPTION_CLASS,
  CJK_BREAK,
  FORM_CONTAINER,
  FURNITURE_REGIONS,
  HEADLINE_CLASS,
  HIDDEN,
  NAVIGATION_HEADING,
  PAGE_FOOTER_TAG,
  REGION_LIMIT,
  SKIPPED_ELEMENTS,
} from '../patterns-document.ts';
import { HAS_SENTENCE } from '../patterns.ts';
import type { DocBlock } from './document.ts';
import { cellsOf, hasText, photoGridAt, photoGridUnder, rowAfter, type PhotoGrid } from './photo-grid.ts';
import { readWordMark, WORD_PARAGRAPH_MARK, type WordParagraph } from './word-paragraph-marks.ts';

/** mammoth's note markup: `<li id="footnote-1">`, links `#footnote-1` (reference) and `#footnote-ref-1` (back). */
const WORD_NOTE = /^(footnote|endnote)-(\d+)$/;
const WORD_NOTE_LINK = /^#(footnote|endnote)-(ref-)?\d+$/;

export interface BlockOptions {
  /** Word: footnote marks and back-links (`↑`) are dropped, each footnote a line `注1：…`. */
  word?: boolean;
}

/** An image met in the walk: its element, in reading order; the reader resolves and checks it. */
export interface FoundImage {
  src: string;
  alt: string;
}

interface Context {
  heading?: 1 | 2 | 3 | 4 | 5 | 6;
  caption?: boolean;
  figure?: number;
  /** A caption shared by this many figures from `figure` on (a merged cell under several photos). */
  figureSpan?: number;
  /** In a photo grid's photo row: the figure number the next image takes. */
  gridNext?: { n: number };
  region?: string;
  centered?: boolean;
  inArticle?: boolean;
  titled?: boolean;
}

interface Segment {
  text: string;
  link: boolean;
  bold: boolean;
}

const tokens = (el: Element) => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.split(/[\s_]+/).filter(Boolean);

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (el.name === 'input' && a.type === 'hidden')) return true;
  if (a.style && HIDDEN.style.test(a.style)) return true;
  return tokens(el).some((t) => HIDDEN.classToken.test(t));
}

/** The furniture reason of a region element, or null (also null when it holds the article). */
function regionOf(el: Element, ctx: Context): string | null {
  const role = el.attribs.role ?? '';
  const words = tokens(el).flatMap((t) => [t, ...t.split('-')]);
  const hit = FURNITURE_REGIONS.find(
    (r) =>
      r.tags?.includes(el.name) ||
      (role && r.roles?.includes(role)) ||
      (r.token && words.some((w) => r.token!.test(w))),
  );
  const footer = el.name === PAGE_FOOTER_TAG && !ctx.inArticle ? 'page footer' : null;
  const first = el.children.filter(isTag)[0];
  const titledNav = first && NAVIGATION_HEADING.test(textContent(first).replace(/\s+/g, '')) ? 'sidebar' : null;
  const reason = hit?.reason ?? footer ?? titledNav;
  if (!reason) return null;
  const holdsArticle = findOne((n) => n.name === 'h1' || n.name === 'article', el.children, true) !== null;
  if (holdsArticle || textContent(el).replace(/\s+/g, '').length > REGION_LIMIT.maxChars) return null;
  return reason;
}

const isCentered = (el: Element) => (el.attribs.align ?? '').toLowerCase() === 'center' || /text-align\s*:\s*center/i.test(el.attribs.style ?? '') || el.name === 'center';

/** A table row of short cells is one line (`项目 人数 比例`); a layout table's cells are containers. */
function isDataRow(tr: Element): boolean {
  const cells = tr.children.filter(isTag).filter((c) => c.name === 'td' || c.name === 'th');
  if (!cells.length) return false;
  return cells.every((c) => {
    if (findOne((n) => n.name === 'table', c.children, true)) return false;
    return c.children.filter((n) => isTag(n) && BLOCK_ELEMENTS.has(n.name) && hasText(n)).length <= 1;
  });
}

export function htmlBlocks(root: AnyNode[], opts: BlockOptions = {}): { blocks: DocBlock[]; images: FoundImage[] } {
  const blocks: DocBlock[] = [];
  const images: FoundImage[] = [];
  let figures = 0;
  let segments: Segment[] = [];
  /** Caption rows of photo tables met so far → their grid and the figure number of its first photo. */
  const captionRows = new Map<Element, { grid: PhotoGrid; first: number }>();
  /** Photo rows whose captions stand in the row above them → the figure number of their first photo. */
  const photoRows = new Map<Element, number>();
  /** Word: the layout of the paragraph being read (its mark), and whether an image and then a line break came before in it. */
  let paragraph: WordParagraph | null = null;
  let afterImage: 'image' | 'break' | null = null;
  const wordHints = (block: DocBlock) => {
    if (paragraph?.align === 'center') block.centered = true;
    if (paragraph?.size) block.fontSize = paragraph.size;
    if (paragraph?.font) block.font = paragraph.font;
    if (paragraph?.bold && block.text) block.bold = true;
    return block;
  };

  const flush = (ctx: Context) => {
    const text = segments
      .map((s) => s.text)
      .join('')
      .replace(CJK_BREAK, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) {
      const count = (pick: (s: Segment) => boolean) => segments.filter(pick).reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
      const all = count(() => true);
      const block: DocBlock = { text };
      if (ctx.heading) block.heading = ctx.heading;
      if (ctx.caption) block.caption = true;
      if (ctx.figure !== undefined) block.figure = ctx.figure;
      if (ctx.figureSpan) block.figureSpan = ctx.figureSpan;
      if (ctx.region) block.region = ctx.region;
      if (ctx.centered) block.centered = true;
      if (ctx.titled) block.titled = true;
      if (!opts.word && all) block.linkDensity = Math.round((count((s) => s.link) / all) * 100) / 100;
      if (all && count((s) => s.bold) === all) block.bold = true;
      if (opts.word && afterImage === 'break') block.besideImage = true;
      blocks.push(opts.word ? wordHints(block) : block);
    }
    segments = [];
  };

  const walk = (nodes: AnyNode[], ctx: Context, link: boolean, bold: boolean) => {
    for (const node of nodes) {
      if (isText(node)) {
        const text = opts.word ? node.data.replace(WORD_PARAGRAPH_MARK, (_, mark: string) => ((paragraph = readWordMark(mark)), '')) : node.data;
        if (text) segments.push({ text, link, bold });
        continue;
      }
      if (!isTag(node)) continue;
      const el = node;
      const name = el.name;
      if (SKIPPED_ELEMENTS.has(name) || isHidden(el)) continue;
      if (name === 'form' && !(HAS_SENTENCE.test(textContent(el)) && textContent(el).length >= FORM_CONTAINER.minSentenceChars)) continue;
      // Word footnotes: the reference mark in the text and the back-link in the note are dropped
      // (a `[1]` after the full stop would read as a sentence cut by the layout); the note keeps its number.
      if (opts.word && name === 'a' && WORD_NOTE_LINK.test(el.attribs.href ?? '')) continue;
      if (name === 'br') {
        flush(ctx);
        if (afterImage) afterImage = 'break';
        continue;
      }
      if (name === 'img') {
        const textBefore = blocks.length;
        flush(ctx);
        // WPS anchors a floating photo at the end of the paragraph it stands over: the text before it may be its caption.
        if (opts.word && blocks.length > textBefore) blocks[blocks.length - 1]!.beforeImage = true;
        const src = el.attribs.src || el.attribs['data-src'] || el.attribs['data-original'] || '';
        images.push({ src, alt: (el.attribs.alt ?? '').trim() });
        const figure = ctx.gridNext ? ctx.gridNext.n++ : ctx.figure;
        const block: DocBlock = { text: '', image: images.length - 1, ...(figure !== undefined ? { figure } : {}), ...(ctx.region ? { region: ctx.region } : {}), ...(ctx.centered ? { centered: true } : {}) };
        blocks.push(opts.word ? wordHints(block) : block);
        afterImage = 'image';
        continue;
      }
      const isLink = link || (name === 'a' && el.attribs.href !== undefined);
      const isBold = bold || name === 'strong' || name === 'b' || /font-weight\s*:\s*(bold|[6-9]00)/i.test(el.attribs.style ?? '');
      if (!BLOCK_ELEMENTS.has(name)) {
        if ((name === 'td' || name === 'th') && segments.length) segments.push({ text: ' ', link: false, bold: true });
        walk(el.children, ctx, isLink, isBold);
        continue;
      }
      flush(ctx);
      const inner: Context = { ...ctx };
      const region = ctx.region ? null : regionOf(el, ctx);
      if (region) inner.region = region;
      if (name === 'article' || name === 'main') inner.inArticle = true;
      if (/^h[1-6]$/.test(name)) inner.heading = Number(name[1]) as Context['heading'];
      if (name === 'figure') inner.figure = figures++;
      if (name === 'figcaption' || (opts.word ? /\bcaption\b/.test(el.attribs.class ?? '') : (el.attribs.class ?? '').split(/\s+/).some((t) => CAPTION_CLASS.test(t)))) inner.caption = true;
      if (isCentered(el)) inner.centered = true;
      if (!opts.word && `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.split(/\s+/).some((t) => HEADLINE_CLASS.token.test(t) && !HEADLINE_CLASS.not.test(t))) inner.titled = true;
      const note = opts.word && name === 'li' ? WORD_NOTE.exec(el.attribs.id ?? '') : null;
      if (note) {
        segments.push({ text: `${note[1] === 'endnote' ? '尾注' : '注'}${note[2]}：`, link: false, bold: false });
        walk(el.children.flatMap((n) => (isTag(n) && BLOCK_ELEMENTS.has(n.name) ? n.children : [n])), inner, isLink, isBold);
      } else if (name === 'tr' && (captionRows.has(el) || photoRows.has(el) || photoGridAt(el) || photoGridUnder(el))) {
        // Each photo and the caption under (or over) it share a figure, so each caption lands on its own photo(s).
        const over = captionRows.has(el) || photoRows.has(el) || photoGridAt(el) ? null : photoGridUnder(el);
        if (over) {
          // Captions in the row above their photos: the photos' figure numbers are given now, the photo row takes them.
          captionRows.set(el, { grid: over, first: figures });
          photoRows.set(rowAfter(el)!, figures);
          figures += over.images;
        }
        const caption = captionRows.get(el);
        if (caption) {
          cellsOf(el).forEach((c, i) => {
            const at = caption.grid.spans[i];
            const cell: Context = { ...inner, ...(at ? { figure: caption.first + at.first, caption: true, ...(at.count > 1 ? { figureSpan: at.count } : {}) } : {}) };
            walk(c.children, cell, isLink, isBold);
            flush(cell);
          });
        } else {
          let first = photoRows.get(el);
          if (first === undefined) {
            const grid = photoGridAt(el)!;
            captionRows.set(grid.captionRow, { grid, first: figures });
            first = figures;
            figures += grid.images;
          }
          const cell: Context = { ...inner, gridNext: { n: first } };
          for (const c of cellsOf(el)) {
            walk(c.children, cell, isLink, isBold);
            flush(cell);
          }
        }
      } else if (name === 'tr' && isDataRow(el)) {
        // Cells are joined on one line, separated by a space.
        const cells = el.children.filter(isTag);
        cells.forEach((c, i) => {
          if (i) segments.push({ text: ' ', link: false, bold: true });
          walk(c.children.flatMap((n) => (isTag(n) && BLOCK_ELEMENTS.has(n.name) ? n.children : [n])), inner, isLink, isBold);
        });
      } else walk(el.children, inner, isLink, isBold);
      flush(inner);
      // A Word paragraph's layout ends with it.
      paragraph = null;
      afterImage = null;
    }
  };
  walk(root, {}, false, false);
  flush({});
  return { blocks, images };
}
