/**
 * find-facts: hands every body paragraph (anchors p-1, p-2 … in document order) and every
 * numbers-box item (box-B-I) to the facts extractor, and keeps what it returns. The anchors
 * are the contract of src/facts/anchors.ts.
 */
import { extractFacts, type FactParagraph } from '../../facts/extract.ts';
import { anchoredParagraphs } from '../../facts/anchors.ts';
import type { IngestState } from '../state.ts';

export function factParagraphs(s: IngestState): FactParagraph[] {
  return anchoredParagraphs(s.paragraphs, s.factBoxes);
}

export function findFacts(s: IngestState): IngestState {
  return { ...s, facts: extractFacts(factParagraphs(s)) };
}
