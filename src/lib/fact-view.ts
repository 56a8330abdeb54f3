/**
 * The fact view: a report's facts as the site shows them, staff corrections applied
 * (relabelled, reclassified, added) and hidden ones gone. The one place corrections are
 * applied for the site: the content loader calls it once per report and writes the result
 * into the report's parts (`facts`, src/lib/report-parts.ts, without the corrections), and
 * the report page, 本文数据, facts.json, the 成果库 and the exports read that. The search
 * index's own process reads the report files and calls this same function.
 */
import type { Fact, Report } from '../schema/report.ts';
import { applyCorrections } from '../facts/corrections.ts';

export function visibleFacts(report: Pick<Report, 'facts' | 'factCorrections'>): Fact[] {
  return applyCorrections(report.facts, report.factCorrections);
}
