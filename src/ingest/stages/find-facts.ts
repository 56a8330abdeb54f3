/**
 * find-facts: hands every body paragraph (anchors p-1, p-2 … in document order) and every
 * numbers-box item (box-B-I) to the facts extractor, and keeps what it returns.
 */
import { extractFacts, type FactParagraph } from '../../facts/extract.ts';
import type { IngestState } from '../state.ts';

export function factParagraphs(s: IngestState): FactParagraph[] {
  const out: FactParagraph[] = s.paragraphs.map((text, i) => ({ anchor: `p-${i + 1}`, text, inBox: false }));
  s.factBoxes.forEach((box, b) =>
    box.items.forEach((item, i) => out.push({ anchor: `box-${b + 1}-${i + 1}`, text: item.text, inBox: true, label: item.label })),
  );
  return out;
}

export function findFacts(s: IngestState): IngestState {
  return { ...s, facts: extractFacts(factParagraphs(s)) };
}
