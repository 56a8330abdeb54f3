/**
 * Which block the format names as the headline (marked `headline`, find-headline takes it):
 * - a web page: the `<h1>` that matches a title the page states (og:title, JSON-LD headline,
 *   a part of `<title>`), else its only `<h1>` (or the last one above the article text), else
 *   with no `<h1>` the last short block named for the headline above the text (`<div class="news_title">`),
 *   else any short block that matches a stated title (`<div class="title">`);
 * - a Word document: the first Title/Heading 1 paragraph above the text, else the one set
 *   clearly larger than the body (or in a headline face: WPS headlines are neither bold nor
 *   styled), else the first centred or bold short paragraph there.
 * No block → nothing marked, and the text heuristics (and a stated title) decide.
 */
import { WORD_HEADLINE } from '../patterns-document.ts';
import { HAS_SENTENCE, SHORT_LINE } from '../patterns.ts';
import type { DocBlock, DocumentFormat } from './document.ts';

const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** Running text: a sentence, or a line longer than any headline. */
const isText = (b: DocBlock) => b.text !== '' && !b.region && (HAS_SENTENCE.test(b.text) || b.text.length > SHORT_LINE.maxTitle);

const fits = (b: DocBlock) => !b.region && b.text.length >= 4 && b.text.length <= SHORT_LINE.maxTitle;

function matches(text: string, titles: string[]): boolean {
  const t = squash(text);
  return t.length >= 4 && titles.some((title) => {
    const s = squash(title);
    return s === t || (s.includes(t) && t.length >= s.length / 2) || (t.includes(s) && s.length >= t.length / 2);
  });
}

/** The most common text size of a Word document's body (by characters), or null when no run states one. */
function bodySize(blocks: DocBlock[]): number | null {
  const chars = new Map<number, number>();
  for (const b of blocks) if (b.fontSize && b.text) chars.set(b.fontSize, (chars.get(b.fontSize) ?? 0) + b.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Word: the largest candidate set clearly above the body size, else the first in a headline face (WORD_HEADLINE). */
function bySize(blocks: DocBlock[], candidates: DocBlock[]): DocBlock | undefined {
  const body = bodySize(blocks);
  const larger = body === null ? [] : candidates.filter((b) => (b.fontSize ?? 0) >= body + WORD_HEADLINE.minStepPt);
  const largest = larger.reduce<DocBlock | undefined>((best, b) => (!best || b.fontSize! > best.fontSize! ? b : best), undefined);
  return largest ?? candidates.find((b) => b.font && WORD_HEADLINE.fonts.test(b.font));
}

export function pickHeadline(blocks: DocBlock[], format: DocumentFormat, titles: string[]): void {
  const firstText = blocks.findIndex(isText);
  const above = firstText < 0 ? blocks : blocks.slice(0, firstText);
  let pick: DocBlock | undefined;
  if (format === 'html') {
    const h1 = blocks.filter((b) => b.heading === 1 && fits(b));
    pick = h1.find((b) => matches(b.text, titles)) ?? (h1.length === 1 ? h1[0] : above.filter((b) => b.heading === 1 && fits(b)).pop());
    // No <h1>: a block named for the headline (`<div class="news_title">`) above the text, else one matching a stated title.
    if (!h1.length) pick ??= above.filter((b) => b.titled && fits(b) && !HAS_SENTENCE.test(b.text)).pop();
    pick ??= blocks.find((b) => fits(b) && !HAS_SENTENCE.test(b.text) && matches(b.text, titles));
  } else {
    const candidates = above.filter((b) => fits(b) && !HAS_SENTENCE.test(b.text));
    pick = above.find((b) => b.heading === 1 && fits(b)) ?? bySize(blocks, candidates) ?? candidates.find((b) => b.centered || b.bold);
  }
  if (pick) pick.headline = true;
}
