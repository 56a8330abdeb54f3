/**
 * Fact extraction: finds key statistics (a number with its counting word) in body
 * paragraphs and numbers-box items. Owned by the facts work (issue 5); ingest calls it
 * from its `find-facts` stage.
 *
 * PLACEHOLDER until the facts module lands: returns no facts.
 */
import type { Fact } from '../schema/report.ts';

/** A paragraph (or box item) of a report, as ingest hands it to the extractor. */
export interface FactParagraph {
  /** Stable anchor of the paragraph on the page, e.g. "p-12" or "box-1-3". */
  anchor: string;
  /** The repaired paragraph text. */
  text: string;
  /** True for items of a numbers box (数说). */
  inBox: boolean;
  /** The box item's label (heading), when inBox. */
  label?: string;
}

export function extractFacts(paragraphs: readonly FactParagraph[]): Fact[] {
  void paragraphs;
  return [];
}
