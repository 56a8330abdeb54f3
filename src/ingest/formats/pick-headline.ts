/**
 * Which block the format names as the headline (marked `headline`, find-headline takes it):
 * - a web page: the `<h1>` that matches a title the page states (og:title, JSON-LD headline,
 *   a part of `<title>`), else its only `<h1>` (or the last one above the article text), else
 *   any short block that matches a stated title (`<div class="title">`);
 * - a Word document: the first Title/Heading 1 paragraph above the text, else the first
 *   bold short paragraph there.
 * No block → nothing marked, and the text heuristics (and a stated title) decide.
 */
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

export function pickHeadline(blocks: DocBlock[], format: DocumentFormat, titles: string[]): void {
  const firstText = blocks.findIndex(isText);
  const above = firstText < 0 ? blocks : blocks.slice(0, firstText);
  let pick: DocBlock | undefined;
  if (format === 'html') {
    const h1 = blocks.filter((b) => b.heading === 1 && fits(b));
    pick = h1.find((b) => matches(b.text, titles)) ?? (h1.length === 1 ? h1[0] : above.filter((b) => b.heading === 1 && fits(b)).pop());
    pick ??= blocks.find((b) => fits(b) && !HAS_SENTENCE.test(b.text) && matches(b.text, titles));
  } else {
    pick = above.find((b) => b.heading === 1 && fits(b)) ?? above.find((b) => b.bold && fits(b) && !HAS_SENTENCE.test(b.text));
  }
  if (pick) pick.headline = true;
}
