/**
 * Staff corrections to extracted facts (front matter `factCorrections`). A correction names
 * one fact by `anchor` + `text`; its fields win over the extractor's. `hidden` removes a
 * false fact, `add` inserts one the extractor missed. Used by the site pages and the exports;
 * ingest keeps `factCorrections` across a --force re-ingest.
 */
import { factSchema, type Fact, type FactCorrection } from '../schema/report.ts';
import { isBoxItemAnchor } from './anchors.ts';

/** A correction that cannot be applied, with what staff should do about it. */
export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionError';
  }
}

const key = (anchor: string, text: string) => `${anchor}\u0000${text}`;

/** The editable fields a correction may carry (anchor/text name the fact; hidden/add are verbs). */
function changesOf(c: FactCorrection): Partial<Fact> {
  const { anchor: _a, text: _t, hidden: _h, add: _add, ...rest } = c;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<Fact>;
}

function addedFact(c: FactCorrection): Fact {
  const parsed = factSchema.safeParse({ qualifier: null, subject: '', ...changesOf(c), text: c.text, anchor: c.anchor, inBox: isBoxItemAnchor(c.anchor) });
  if (!parsed.success || c.value === undefined || !c.unit) {
    throw new CorrectionError(
      `factCorrections: the entry adding "${c.text}" at ${c.anchor} needs at least value (a number) and unit; ` +
        `found value=${JSON.stringify(c.value)}, unit=${JSON.stringify(c.unit)}. Add them or remove "add: true".`,
    );
  }
  return parsed.data;
}

/**
 * Applies `corrections` to `facts`: relabels/reclassifies matched facts, drops hidden ones,
 * and inserts added ones after the last fact of the same paragraph (else at the end).
 * Throws CorrectionError for an `add` entry without value and unit.
 */
export function applyCorrections(facts: readonly Fact[], corrections: readonly FactCorrection[]): Fact[] {
  const byKey = new Map(corrections.filter((c) => !c.add).map((c) => [key(c.anchor, c.text), c]));
  const out: Fact[] = [];
  for (const f of facts) {
    const c = byKey.get(key(f.anchor, f.text));
    if (c?.hidden) continue;
    out.push(c ? { ...f, ...changesOf(c) } : { ...f });
  }
  for (const c of corrections) {
    if (!c.add || c.hidden) continue;
    const fact = addedFact(c);
    const existing = out.findIndex((f) => f.anchor === fact.anchor && f.text === fact.text);
    if (existing >= 0) {
      out[existing] = { ...out[existing]!, ...changesOf(c) };
      continue;
    }
    let at = -1;
    out.forEach((f, i) => {
      if (f.anchor === fact.anchor) at = i;
    });
    out.splice(at >= 0 ? at + 1 : out.length, 0, fact);
  }
  return out;
}

/** Corrections (not additions) that name no extracted fact: worth a warning after re-ingest. */
export function unmatchedCorrections(facts: readonly Fact[], corrections: readonly FactCorrection[]): FactCorrection[] {
  const keys = new Set(facts.map((f) => key(f.anchor, f.text)));
  return corrections.filter((c) => !c.add && !keys.has(key(c.anchor, c.text)));
}
