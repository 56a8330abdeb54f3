/**
 * A small stand-in for the ingest pipeline, used only by `npm run score:facts` and its
 * test when `src/ingest/` cannot give paragraphs: blank-line blocks of a seed file become
 * body paragraphs (`p-N`), `####` items under a `数说` heading become box items
 * (`box-1-N`). Blocks with no ，or 。 (headings, captions, bylines, ads) are skipped, and a
 * block cut mid-sentence by the page layout (no final punctuation) is joined to the next
 * block that ends a sentence, skipping the captions in between.
 */
import type { FactParagraph } from './extract.ts';

const ENDS_SENTENCE = /[。！？…”」）)]$/;
const IS_PROSE = /[，。]/;

export function plainParagraphs(source: string): FactParagraph[] {
  const blocks = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const out: FactParagraph[] = [];
  let inBox = false;
  let label: string | undefined;
  let pending = '';
  let body = 0;
  let box = 0;
  for (const block of blocks) {
    if (/^#{1,3}\s/.test(block)) {
      if (/^##\s*数说/.test(block)) inBox = true;
      if (pending) continue; // a heading never sits inside a cut sentence
      continue;
    }
    if (/^####\s/.test(block)) {
      label = block.replace(/^####\s*/, '');
      continue;
    }
    if (!pending && !IS_PROSE.test(block)) continue;
    if (pending && !ENDS_SENTENCE.test(block) && !IS_PROSE.test(block)) continue; // caption inside a cut sentence
    const text = pending + block.replace(/\n/g, '');
    if (!ENDS_SENTENCE.test(text) && text.length >= 20 && !inBox) {
      pending = text;
      continue;
    }
    pending = '';
    if (inBox) out.push({ anchor: `box-1-${++box}`, text, inBox: true, label });
    else out.push({ anchor: `p-${++body}`, text, inBox: false });
  }
  if (pending) out.push({ anchor: `p-${++body}`, text: pending, inBox: false });
  return out;
}
