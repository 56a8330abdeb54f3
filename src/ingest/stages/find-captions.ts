/**
 * find-captions (also settles photo credits): a photo leaves a wider gap than a paragraph break, so a short display line
 * after such a gap (or one starting 图为/▲) is a caption. A caption repeated in short form
 * right after it is dropped as a duplicate. A credit on the caption ("（X摄）") or on the
 * next line belongs to that figure. Web pages give captions other shapes: a line that ends in
 * a photo credit (`……开学典礼。(某某社 张三 摄)`), a line in parentheses (`（活动现场）`), a strip
 * of short captions run together (`翻开新课本。节目表演。…`), the line under an image placeholder.
 */
import { CAPTION_CREDIT, CAPTION_POSITION, GALLERY, PAREN_CAPTION } from '../patterns-portal.ts';
import { datelineLede } from './find-byline-credit.ts';
import { BYLINE, CAPTION_LABEL, CAPTION_PREFIX, CAPTION_SUFFIX, CLAUSE_PUNCT, MD_HEADING, PHOTO_CREDIT, SENTENCE_END, SHORT_LINE } from '../patterns.ts';
import { cutFromLine, gapBefore, type IngestState, type SourceLine } from '../state.ts';

/** The most common number of blank lines between two text lines. */
function typicalGap(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  lines.forEach((l, i) => {
    if (l.text === '' || l.role === 'removed') return;
    const { blanks, prev } = gapBefore(lines, i);
    if (prev && prev.role !== 'removed') counts.set(blanks, (counts.get(blanks) ?? 0) + 1);
  });
  let best = 1;
  let bestCount = -1;
  for (const [gap, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n > bestCount) [best, bestCount] = [gap, n];
  return best;
}

/** A gallery strip: several short captions on one line, none with a clause mark. */
export function isGalleryStrip(text: string): boolean {
  const parts = text.split(/[。！!]/).filter((p) => p.trim());
  return /[。！!]$/.test(text) && parts.length >= GALLERY.min && parts.every((p) => p.length <= GALLERY.maxEach && !GALLERY.clause.test(p));
}

/** Web-page caption shapes (see the header), as caption text and credit, or null. */
export function portalCaption(l: SourceLine, prev: SourceLine | null, beforeText: boolean): { text: string; credit: string | null } | null {
  const t = l.fold;
  if (t.length <= CAPTION_CREDIT.maxCaption) {
    const tail = CAPTION_CREDIT.quick.test(t) ? CAPTION_CREDIT.tail.exec(t) : null;
    if (tail && tail.index > 0) return { text: l.text.slice(0, tail.index).trim(), credit: l.text.slice(tail.index).trim() };
  }
  if (PAREN_CAPTION.test(t) && !BYLINE.parenthesized.test(t)) return { text: l.text, credit: null };
  if (beforeText && isGalleryStrip(t)) return { text: l.text, credit: null };
  // The line under an image's marker or file name (`![]()`, `现场.jpg`, `【图片】`) is its caption.
  const underImage = prev?.reason === 'image placeholder' || prev?.reason === 'image file name';
  if (underImage && t.length <= SHORT_LINE.maxCaption / 2 && !SENTENCE_END.test(t)) return { text: l.text, credit: null };
  // Where people stand in the photo (`张三(右一)`, `(前排左三)`): only a caption says so.
  if (t.length <= SHORT_LINE.maxCaption && CAPTION_POSITION.test(t) && (t.match(/[。！？!?]/g)?.length ?? 0) <= 1) return { text: l.text, credit: null };
  return null;
}

export function findCaptions(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const photoGap = typicalGap(lines) + 2;
  const captions = [...s.captions];
  let prev: SourceLine | null = null;
  // A gallery strip is printed above the article; short sentences inside it are the author's.
  const firstText = lines.find((l) => l.role === null && l.fold.length > 30 && CLAUSE_PUNCT.test(l.fold) && !isGalleryStrip(l.fold));
  for (const l of lines) {
    if (l.text === '') continue;
    // A heading the format marked (<h2>, a Word heading style) is never a caption.
    const found = l.role === null && !l.hint?.heading && (s.boxStart === null || l.no < s.boxStart) ? portalCaption(l, prev, !firstText || l.no < firstText.no) : null;
    if (found) {
      l.role = 'caption';
      captions.push({ line: l.no, ...found });
    }
    prev = l;
  }
  // A newspaper prints a photo's caption above the article: a short sentence with no clause
  // mark right above a lede that opens with its dateline (`某某楼。` / `本报讯(记者 X)……`).
  const content = lines.filter((l) => l.text !== '' && l.role === null);
  const lede = datelineLede(content);
  for (const l of lede ? content.filter((c) => c.no < lede.no) : []) {
    if (/。$/.test(l.fold) && l.fold.length <= SHORT_LINE.maxCaption && !CLAUSE_PUNCT.test(l.fold.slice(0, -1))) {
      l.role = 'caption';
      captions.push({ line: l.no, text: l.text, credit: null });
    }
  }
  let last: { line: SourceLine; text: string } | null = null;
  const attached = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '' || l.role !== null || (s.boxStart !== null && l.no >= s.boxStart)) continue;
    const { blanks, prev } = gapBefore(lines, i);
    const short = l.text.length <= SHORT_LINE.maxCaption && !MD_HEADING.test(l.text);
    const prefixed = (CAPTION_PREFIX.test(l.fold) || CAPTION_SUFFIX.test(l.fold)) && short;
    const afterGap = short && !SENTENCE_END.test(l.text) && prev !== null && prev.role !== 'removed' && blanks >= photoGap;
    const next = lines[i + 1];
    const inBlock = prev !== null && blanks === 0 ? true : next !== undefined && next.text !== '' && next.role === null;
    // The short repeat of the caption just before (an exact part of it) is the same photo.
    if (last && prev === last.line && short && !SENTENCE_END.test(l.text) && (last.text.includes(l.text) || l.text.includes(last.text))) {
      const keepNew = l.text.length > last.text.length;
      const drop = keepNew ? last.line : l;
      drop.role = 'removed';
      drop.reason = 'duplicate caption';
      if (keepNew) {
        l.role = 'caption';
        const c = captions.findIndex((c) => c.line === last!.line.no);
        captions[c] = { line: l.no, text: l.text, credit: null };
        last = { line: l, text: l.text };
      }
      continue;
    }
    if (!(prefixed || (afterGap && !inBlock))) {
      last = null;
      continue;
    }
    l.role = 'caption';
    const label = CAPTION_LABEL.exec(l.fold);
    if (label) cutFromLine(l, l.text.slice(0, label[0].length), 'caption label');
    let text = l.text;
    let credit: string | null = null;
    const tail = PHOTO_CREDIT.captionTail.exec(text);
    if (tail) {
      credit = tail[1]!;
      text = text.slice(0, tail.index);
    }
    // A credit line right under the caption (at most one blank line between) is its credit.
    const afterIndex = lines.findIndex((m, k) => k > i && m.text !== '');
    const after = afterIndex > i && afterIndex - i <= 2 ? lines[afterIndex] : undefined;
    if (!credit && after && after.role === 'credit') {
      credit = after.raw;
      attached.add(after.no);
    }
    captions.push({ line: l.no, text, credit });
    last = { line: l, text };
  }
  // A credit line no caption claimed is the report-wide photo credit.
  const photoCredit = s.photoCredit ?? lines.find((l) => l.role === 'credit' && !attached.has(l.no))?.raw ?? null;
  return { ...s, lines, captions, photoCredit };
}
