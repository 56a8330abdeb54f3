/**
 * Scores extracted facts against a gold annotation (tests/fixtures/gold/seed-*.json) or a
 * fixture's expected.json. Pure: the script and the vitest test do the I/O.
 */
import type { Fact } from '../schema/report.ts';
import { boxItemAnchor, paragraphAnchor } from './anchors.ts';

/** One gold fact (the fields score:facts uses). */
export interface GoldFact {
  text: string;
  value: number;
  unit: string;
  qualifier: string | null;
  subject: string;
  in_box: boolean;
  optional: boolean;
  period: string | null;
  /** A unique phrase of the source around the fact. */
  context: string;
}

export interface Gold {
  source: string;
  facts: GoldFact[];
  numbered_terms: string[];
  excluded_numbers: { text: string; kind: string }[];
}

export interface SeedScore {
  extracted: number;
  /** Extracted facts that match a gold fact (required or optional). */
  matched: number;
  precision: number;
  required: number;
  requiredFound: number;
  recall: number;
  /** Required gold facts not found, as their context. */
  missing: string[];
  /** Extracted facts matching no gold fact, as "text｜sentence start". */
  extra: string[];
  /** Numbered terms or excluded numbers reported as a fact. */
  violations: string[];
  /** Of the matched facts, how many got qualifier / period / inBox as the gold has them. */
  fieldAgreement: { qualifier: number; period: number; inBox: number; of: number };
  /** Mean character-bigram Dice similarity of the subject to the gold subject, over matched facts (0 when none matched). */
  subjectSimilarity: number;
  /** Per matched fact: "text: subject ≈ gold subject (similarity)". */
  subjects: string[];
}

/** Character bigrams of `s` as a multiset (a one-character string counts as its own bigram). */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const t = s.replace(/[\s“”"'‘’（）()]/g, '');
  const grams = t.length === 1 ? [t] : Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  return out;
}

/**
 * Dice coefficient of the two strings' character bigrams: 2·|A∩B| / (|A|+|B|), 1 for identical
 * labels, 0 for labels sharing no two-character run. Chinese labels have no spaces, so bigrams
 * stand in for words; quotes and brackets are ignored.
 */
export function subjectDice(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  let sizeA = 0;
  let sizeB = 0;
  let both = 0;
  for (const n of A.values()) sizeA += n;
  for (const [g, n] of B) {
    sizeB += n;
    both += Math.min(n, A.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * both) / (sizeA + sizeB);
}

function matches(f: Fact, g: GoldFact): boolean {
  return f.value === g.value && f.unit === g.unit && g.context.includes(f.text) && f.sentence.includes(g.context);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreAgainstGold(facts: readonly Fact[], gold: Gold): SeedScore {
  const matchedGold = new Map<Fact, GoldFact>();
  for (const f of facts) {
    const g = gold.facts.find((x) => matches(f, x));
    if (g) matchedGold.set(f, g);
  }
  const found = new Set(matchedGold.values());
  const required = gold.facts.filter((g) => !g.optional);
  const forbidden = [...gold.numbered_terms, ...gold.excluded_numbers.map((e) => e.text)];
  const violations = facts.flatMap((f) => forbidden.filter((t) => f.sentence.includes(t) && t.includes(f.text)).map((t) => `${f.text} in “${t}”`));
  const agree = { qualifier: 0, period: 0, inBox: 0, of: matchedGold.size };
  const subjects: string[] = [];
  let similarity = 0;
  for (const [f, g] of matchedGold) {
    const d = subjectDice(f.subject, g.subject);
    similarity += d;
    subjects.push(`${f.text}: ${f.subject} ≈ ${g.subject} (${d.toFixed(2)})`);
    if (f.qualifier === g.qualifier) agree.qualifier++;
    if (f.period === g.period) agree.period++;
    if (f.inBox === g.in_box) agree.inBox++;
  }
  return {
    extracted: facts.length,
    matched: matchedGold.size,
    precision: ratio(matchedGold.size, facts.length),
    required: required.length,
    requiredFound: required.filter((g) => found.has(g)).length,
    recall: ratio(required.filter((g) => found.has(g)).length, required.length),
    missing: required.filter((g) => !found.has(g)).map((g) => g.context),
    extra: facts.filter((f) => !matchedGold.has(f)).map((f) => `${f.text}｜${f.sentence.slice(0, 30)}`),
    violations,
    fieldAgreement: agree,
    subjectSimilarity: matchedGold.size ? similarity / matchedGold.size : 0,
    subjects,
  };
}

/** A fixture's expected.json: the facts (fields given are checked) and texts that must not be facts. */
export interface FixtureExpectation {
  facts: (Pick<Fact, 'text'> & Partial<Fact>)[];
  notFacts?: string[];
}

export interface FixtureScore {
  extracted: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
  /** "text: field expected X, found Y" for every mismatching field of a found fact. */
  fieldErrors: string[];
  missing: string[];
  extra: string[];
  violations: string[];
}

export function scoreFixture(facts: readonly Fact[], expected: FixtureExpectation): FixtureScore {
  const pool = [...facts];
  const fieldErrors: string[] = [];
  const missing: string[] = [];
  let found = 0;
  for (const e of expected.facts) {
    const i = pool.findIndex((f) => f.text === e.text && (e.anchor === undefined || f.anchor === e.anchor));
    if (i < 0) {
      missing.push(e.text);
      continue;
    }
    found++;
    const f = pool.splice(i, 1)[0]!;
    for (const [k, v] of Object.entries(e)) {
      const got = f[k as keyof Fact];
      if (JSON.stringify(got) !== JSON.stringify(v)) fieldErrors.push(`${e.text}: ${k} expected ${JSON.stringify(v)}, found ${JSON.stringify(got)}`);
    }
  }
  const violations = facts.filter((f) => (expected.notFacts ?? []).some((t) => t.includes(f.text) && f.sentence.includes(t))).map((f) => f.text);
  return {
    extracted: facts.length,
    expected: expected.facts.length,
    found,
    precision: ratio(found, facts.length),
    recall: ratio(found, expected.facts.length),
    fieldErrors,
    missing,
    extra: pool.map((f) => f.text),
    violations,
  };
}

/** Reads a fixture input.txt: blank-line paragraphs p-1…; a paragraph starting "#### 标签" is a box item box-1-N. */
export function fixtureParagraphs(input: string): { anchor: string; text: string; inBox: boolean; label?: string }[] {
  let p = 0;
  let b = 0;
  return input
    .replace(/^\uFEFF/, '')
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((block) => {
      const m = /^####\s*(.+)\n([\s\S]+)$/.exec(block);
      if (m) return { anchor: boxItemAnchor(1, ++b), text: m[2]!.trim(), inBox: true, label: m[1]!.trim() };
      return { anchor: paragraphAnchor(++p), text: block, inBox: false };
    });
}
