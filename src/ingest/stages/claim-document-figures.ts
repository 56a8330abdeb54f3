/**
 * claim-document-figures: each image of a Word document or web page becomes a figure, with
 * the caption the format gives it: the `<figcaption>` of its `<figure>` (or the cell under it in
 * a photo table); else, in Word, the text before it in its own paragraph when that has a
 * caption's shape (WPS anchors a floating photo at the end of the caption it stands over); else
 * the line right under it when it reads as a caption (Word's Caption style, 图为…/▲…, a credit
 * at its end, or a short line of at most one sentence: in Word under any photo, on a page when
 * centred under it; in Word a longer one in the photo's own paragraph after a line break); else
 * the page's alt text; else none (and a warning). A caption set above its photo is taken when the
 * document sets its captions so (captionsAboveIn) or when it reads more plainly than the line
 * under the photo (captionCue); a caption cell spanning several photos of a photo table is each
 * one's. In a Word file a picture above the headline is the letterhead, and where captions are
 * centred a plain line under a photo stays text. A credit on the caption or on the line under
 * it is the figure's. Images that are not photos (too small, vector, from outside the page's
 * folder, undecodable) and repeats of an image already shown without a caption of their own
 * are removed with their reason; a figcaption left without its image is a figure without a
 * photo. Runs before the text heuristics, so a caption is never taken for body, headline or
 * furniture (contributor lines are claimed just before: claim-contributor-lines).
 */
import { CAPTION_BESIDE_IMAGE, CAPTION_UNDER_IMAGE, GENERIC_ALT, NOT_A_CAPTION } from '../patterns-document.ts';
import { CAPTION_PREFIX, PHOTO_CREDIT } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';
import { portalCaption } from './find-captions.ts';

function readsAsCaption(l: SourceLine, format: 'docx' | 'html'): boolean {
  const h = l.hint ?? {};
  if (h.caption) return true;
  if (h.heading || h.headline || h.image !== undefined || (h.bold && format === 'html') || NOT_A_CAPTION.test(l.text)) return false;
  if (CAPTION_PREFIX.test(l.text) || portalCaption(l, null, true)) return true;
  const sentences = l.text.match(CAPTION_UNDER_IMAGE.sentenceEnd)?.length ?? 0;
  if (h.besideImage) return l.text.length <= CAPTION_BESIDE_IMAGE.maxChars && sentences <= CAPTION_BESIDE_IMAGE.maxSentences;
  const short = l.text.length <= CAPTION_UNDER_IMAGE.maxChars && sentences <= CAPTION_UNDER_IMAGE.maxSentences;
  return short && (format === 'docx' || Boolean(h.centered));
}

/**
 * The text before a photo in its own Word paragraph (WPS anchors a floating photo at the end of
 * the paragraph it stands over) is its caption only in a caption's own shape: 图为…/▲…, a credit
 * at its end, or centred and short. Body text with a photo anchored at its end stays body text.
 */
function readsAsCaptionAbove(l: SourceLine): boolean {
  const h = l.hint ?? {};
  if (h.heading || h.headline || NOT_A_CAPTION.test(l.text)) return false;
  if (CAPTION_PREFIX.test(l.text) || portalCaption(l, null, true)?.credit) return true;
  const sentences = l.text.match(CAPTION_UNDER_IMAGE.sentenceEnd)?.length ?? 0;
  return Boolean(h.centered) && l.text.length <= CAPTION_UNDER_IMAGE.maxChars && sentences <= CAPTION_UNDER_IMAGE.maxSentences;
}

/**
 * How plainly a line beside a photo reads as its caption, by shape alone: 2 for a caption's own
 * mark (Word's Caption style, 图为…/▲…, a credit at its end), 1 for a short centred line, ½ for
 * a short line under a Word photo (read as a caption only when nothing better is there), 0 else.
 * Above a photo a bold line is a section heading, not a caption.
 */
function captionCue(l: SourceLine | undefined, format: 'docx' | 'html', side: 'above' | 'below'): number {
  if (!l || l.role !== null || l.text === '') return 0;
  const h = l.hint ?? {};
  if (h.heading || h.headline || h.image !== undefined || NOT_A_CAPTION.test(l.text)) return 0;
  if (h.caption || CAPTION_PREFIX.test(l.text) || portalCaption(l, null, true)?.credit) return 2;
  if (h.bold && (side === 'above' || format === 'html')) return 0;
  const sentences = l.text.match(CAPTION_UNDER_IMAGE.sentenceEnd)?.length ?? 0;
  if (l.text.length > CAPTION_UNDER_IMAGE.maxChars || sentences > CAPTION_UNDER_IMAGE.maxSentences) return 0;
  if (h.centered) return 1;
  return side === 'below' && format === 'docx' ? 0.5 : 0;
}

/**
 * Whether this document sets its captions above its photos: the lines above its photos read as
 * captions more plainly, summed over the photos, than the lines under them (a document keeps
 * one habit). `caption, photo, caption, photo, text` reads so; a centred heading over one photo
 * with a centred caption under it does not (a tie keeps captions under photos).
 */
function captionsAboveIn(lines: SourceLine[], format: 'docx' | 'html', skipped: (l: SourceLine) => boolean): boolean {
  let above = 0;
  let below = 0;
  lines.forEach((l, i) => {
    if (l.hint?.image === undefined || l.role !== null || skipped(l) || l.hint.figure !== undefined) return;
    const before = lines.slice(0, i).findLast((m) => m.text !== '');
    if (!before?.hint?.beforeImage) above += captionCue(before, format, 'above');
    below += captionCue(lines.slice(i + 1).find((m) => m.text !== ''), format, 'below');
  });
  return above >= 1 && above > below;
}

/** The size and face most of a document's text is set in (by characters; both undefined when nothing states them). */
function bodyFormat(lines: SourceLine[]): { fontSize?: number; font?: string } {
  const chars = new Map<string, { n: number; fontSize?: number; font?: string }>();
  for (const l of lines) {
    if (!l.text || l.hint?.image !== undefined) continue;
    const key = `${l.hint?.fontSize ?? ''}|${l.hint?.font ?? ''}`;
    const e = chars.get(key) ?? { n: 0, fontSize: l.hint?.fontSize, font: l.hint?.font };
    e.n += l.text.length;
    chars.set(key, e);
  }
  const top = [...chars.values()].sort((a, b) => b.n - a.n)[0];
  return { fontSize: top?.fontSize, font: top?.font };
}

/** Caption text and credit of a caption line (`…开学典礼。（张三 摄）` → caption, `（张三 摄）`). */
function splitCredit(l: SourceLine): { text: string; credit: string | null } {
  const portal = portalCaption(l, null, true);
  if (portal?.credit) return portal;
  const tail = PHOTO_CREDIT.captionTail.exec(l.text);
  return tail ? { text: l.text.slice(0, tail.index).trim(), credit: tail[1]! } : { text: l.text, credit: null };
}

/**
 * A caption line of figure `figure`: its own, not yet claimed, or one shared by several photos
 * (a merged cell under a photo table's row), which each of them takes.
 */
function sharesFigure(m: SourceLine, figure: number): boolean {
  const h = m.hint!;
  if (h.figure === undefined) return false;
  const span = h.figureSpan ?? 1;
  return figure >= h.figure && figure < h.figure + span && (m.role === null || (span > 1 && m.role === 'caption'));
}

/**
 * Photos set side by side or one under the other with no text between share the one caption
 * the run has (`[photo] [photo]` / `两张照片共同的说明`): each photo without a caption of its own
 * (none, or only its alt text) takes it. A run whose photos have captions of their own keeps them.
 */
function shareRunCaptions(lines: readonly SourceLine[], captions: IngestState['captions'], fromAlt: ReadonlySet<number>): void {
  const figures = captions.filter((c) => c.image !== undefined).sort((a, b) => a.line - b.line);
  // Any line of text between two photos, a caption of the first included, ends the run (a credit does not).
  const apart = (a: number, b: number) => lines.some((l) => l.no > a && l.no < b && l.text !== '' && l.role !== 'credit');
  let run: typeof figures = [];
  // A photo table gives each photo its own caption cell (an empty one means none): not a run.
  const inTable = (c: (typeof figures)[number]) => lines.find((l) => l.no === c.line)?.hint?.figure !== undefined;
  const close = () => {
    const own = run.filter((c) => c.text && !fromAlt.has(c.line));
    if (run.length > 1 && own.length === 1 && !run.some(inTable)) {
      for (const c of run) if (c !== own[0]) {
        c.text = own[0]!.text;
        c.credit ??= own[0]!.credit;
      }
    }
    run = [];
  };
  for (const c of figures) {
    const prev = run[run.length - 1];
    if (prev && apart(prev.line, c.line)) close();
    run.push(c);
  }
  close();
}

export function claimDocumentFigures(s: IngestState): IngestState {
  const doc = s.document;
  if (!doc) return s;
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const captions = [...s.captions];
  const warnings = [...s.warnings];
  const shown = new Set<string>();
  /** Figures whose caption is only their image's alt text (a weaker caption than a line of the page). */
  const fromAlt = new Set<number>();
  const nextText = (i: number) => lines.slice(i + 1).find((m) => m.text !== '');
  const prevText = (i: number) => lines.slice(0, i).findLast((m) => m.text !== '');
  const above = captionsAboveIn(lines, doc.format, (l) => doc.images[l.hint!.image!]!.skip !== null);
  // A Word document that centres its captions: a plain line set like its body text under a photo is body text there.
  const centredCaptions = doc.format === 'docx' && lines.some((l, i) => l.hint?.image !== undefined && nextText(i)?.hint?.centered && nextText(i)?.hint?.image === undefined);
  const body = bodyFormat(lines);
  const setLikeBody = (l: SourceLine) => l.hint?.fontSize === body.fontSize && l.hint?.font === body.font;
  // Word: a picture above the headline (or, with none marked, above the first line of text) is the letterhead (the school's emblem or banner), not an article photo.
  const headline = doc.format === 'docx' ? (lines.find((l) => l.hint?.headline) ?? lines.find((l) => l.text !== '' && l.hint?.image === undefined)) : undefined;

  lines.forEach((l, i) => {
    const index = l.hint?.image;
    if (index === undefined || l.role !== null) return;
    const image = doc.images[index]!;
    if (!image.skip && headline && l.no < headline.no) {
      l.role = 'removed';
      l.reason = 'letterhead image';
      return;
    }
    if (image.skip) {
      l.role = 'removed';
      l.reason = image.skip;
      if (image.warning) warnings.push(`第 ${l.no} 行：${image.warning}`);
      return;
    }
    let text = '';
    let credit: string | null = null;
    let under: SourceLine | undefined;
    const figcaption = l.hint!.figure !== undefined ? lines.filter((m) => m.hint?.caption && sharesFigure(m, l.hint!.figure!)) : [];
    if (figcaption.length) {
      for (const m of figcaption) m.role = 'caption';
      ({ text, credit } = splitCredit({ ...figcaption[0]!, text: figcaption.map((m) => m.text).join(' ') }));
      under = figcaption[figcaption.length - 1];
    } else {
      const next = nextText(i);
      const before = prevText(i);
      const up = captionCue(before, doc.format, 'above');
      const down = captionCue(next, doc.format, 'below');
      if (before && before.role === null && before.hint?.beforeImage && readsAsCaptionAbove(before)) {
        before.role = 'caption';
        ({ text, credit } = splitCredit(before));
        under = before;
      } else if (before && up >= 1 && (above || up > down)) {
        // A caption set above its photo: the document's habit, or a line over this photo that reads as a caption more plainly than the one under it.
        before.role = 'caption';
        ({ text, credit } = splitCredit(before));
        under = before;
      } else if (
        next &&
        next.role === null &&
        readsAsCaption(next, doc.format) &&
        // Where captions are centred, a plain line under a photo is text; where they stand above, a line over the next photo is that one's.
        !(centredCaptions && down < 1 && !next.hint?.besideImage && setLikeBody(next)) &&
        (!above || down >= 2 || nextText(lines.indexOf(next))?.hint?.image === undefined)
      ) {
        next.role = 'caption';
        ({ text, credit } = splitCredit(next));
        under = next;
      } else if (image.alt && !GENERIC_ALT.test(image.alt)) {
        text = image.alt;
        fromAlt.add(l.no);
      }
    }
    if (shown.has(image.sha256) && !text) {
      l.role = 'removed';
      l.reason = 'duplicate image';
      return;
    }
    shown.add(image.sha256);
    // A credit line right under the caption (`摄影：张三`) is this figure's credit.
    const after = under ? nextText(lines.indexOf(under)) : undefined;
    if (!credit && after && after.role === null && PHOTO_CREDIT.line.some((p) => p.test(after.fold))) {
      after.role = 'credit';
      credit = after.raw;
    }
    l.role = 'image';
    captions.push({ line: l.no, text, credit, image: index });
  });
  shareRunCaptions(lines, captions, fromAlt);
  for (const c of captions) {
    if (c.image !== undefined && !c.text) warnings.push(`第 ${c.line} 行：图片（${doc.images[c.image]!.origin}）没有说明文字，请在 figures 的 caption 中补写。`);
  }
  // A figcaption (or Word Caption paragraph) whose image was skipped is still a caption: a figure without a photo.
  for (const l of lines) {
    if (l.role !== null || !l.hint?.caption || l.text === '') continue;
    l.role = 'caption';
    captions.push({ line: l.no, ...splitCredit(l) });
  }
  return { ...s, lines, captions, warnings };
}
