/**
 * The facts a page shows: extraction results with staff corrections applied. One rule for
 * every consumer (pages, search records, exports): `applyCorrections` from src/facts.
 */
import type { Fact, Report } from '../schema/report.ts';
import { applyCorrections } from '../facts/corrections.ts';

export function visibleFacts(report: Pick<Report, 'facts' | 'factCorrections'>): Fact[] {
  return applyCorrections(report.facts, report.factCorrections);
}
