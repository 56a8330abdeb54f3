/**
 * The facts a page shows: extraction results with staff corrections applied (a correction
 * matched by anchor + text hides or relabels a fact, or adds a missed one).
 */
import { factSchema, type Fact, type Report } from '../schema/report.ts';

export function visibleFacts(report: Pick<Report, 'facts' | 'factCorrections'>): Fact[] {
  const byKey = new Map(report.factCorrections.map((c) => [`${c.anchor}\u0000${c.text}`, c]));
  const out: Fact[] = [];
  for (const fact of report.facts) {
    const c = byKey.get(`${fact.anchor}\u0000${fact.text}`);
    if (c?.hidden) continue;
    if (!c) {
      out.push(fact);
      continue;
    }
    const { anchor: _a, text: _t, hidden: _h, add: _add, ...changes } = c;
    out.push({ ...fact, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) });
  }
  for (const c of report.factCorrections) {
    if (!c.add || c.hidden) continue;
    const added = factSchema.safeParse({ ...c, inBox: c.anchor.startsWith('box-'), qualifier: c.qualifier ?? null });
    if (added.success) out.push(added.data);
  }
  return out;
}
