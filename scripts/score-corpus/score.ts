/**
 * Scores one page's ingest output (`--json` shape) against a hand-checked annotation, check by
 * check, exactly as the corpus README defines them. Pure: the command does the I/O.
 */
import type { IngestJson } from '../../src/ingest/report-file.ts';

/** One annotated page (`expected.json`). */
export interface Expected {
  title: string | null;
  date: string | null;
  publisher: string | null;
  authors: string[];
  boilerplate: string[];
  must_keep: string[];
  facts: { text: string; value: number; unit: string | null; qualifier: string | null; optional?: boolean }[];
  kind?: string;
}

/** The fields a page's checks are tallied under, in print order. */
export const FIELDS = ['title', 'date', 'date not invented', 'publisher', 'authors', 'authors.noExtra', 'boilerplate', 'must_keep'] as const;
export type Field = (typeof FIELDS)[number];

export interface Check {
  field: Field;
  pass: boolean;
  /** What was expected and what was found, for `--verbose`. */
  detail: string;
}

export interface FactTally {
  /** Found facts that match a required annotated fact. */
  truePositives: number;
  /** Found facts matching no annotated fact (optional ones count neither way). */
  falsePositives: string[];
  /** Required annotated facts nobody found. */
  falseNegatives: string[];
}

export interface PageScore {
  checks: Check[];
  facts: FactTally;
  /** The output holds no draftReasons: the site would publish it. */
  published: boolean;
  /** Fields a reader would see wrong (a miss in title, date, publisher, authors, noExtra, boilerplate). */
  visibleErrors: Field[];
  /** The page states its headline and date (both annotated): a draft of it is needless when nothing visible was wrong. */
  statesHeadlineAndDate: boolean;
}

/** The fields whose misses a reader sees on a published page (corpus README, "What readers see"). */
export const VISIBLE_FIELDS: readonly Field[] = ['title', 'date', 'date not invented', 'publisher', 'authors', 'authors.noExtra', 'boilerplate'];

/** NFKC, whitespace removed: how every string comparison of the corpus is made. */
export const normalize = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

const unitsAgree = (a: string | null, b: string | null): boolean => a === null || b === null || a.includes(b) || b.includes(a);

export function scoreFacts(found: IngestJson['facts'], expected: Expected['facts']): FactTally {
  const left = expected.map((f, i) => ({ ...f, i }));
  const tally: FactTally = { truePositives: 0, falsePositives: [], falseNegatives: [] };
  for (const f of found) {
    // Prefer a required match, so an optional twin does not hide a true positive.
    const matches = left.filter((e) => e.value === f.value && unitsAgree(normalize(e.unit ?? '') || null, normalize(f.unit) || null));
    const hit = matches.find((e) => !e.optional) ?? matches[0];
    if (!hit) {
      tally.falsePositives.push(f.text);
      continue;
    }
    left.splice(left.indexOf(hit), 1);
    if (!hit.optional) tally.truePositives++;
  }
  tally.falseNegatives = left.filter((e) => !e.optional).map((e) => e.text);
  return tally;
}

export function scorePage(out: IngestJson, exp: Expected): PageScore {
  const checks: Check[] = [];
  const body = normalize(out.paragraphs.join(''));
  const show = (v: unknown) => JSON.stringify(v);
  if (exp.title !== null) {
    checks.push({ field: 'title', pass: out.title !== null && normalize(out.title) === normalize(exp.title), detail: `expected ${show(exp.title)}, found ${show(out.title)}` });
  }
  if (exp.date !== null) checks.push({ field: 'date', pass: out.date === exp.date, detail: `expected ${exp.date}, found ${show(out.date)}` });
  else checks.push({ field: 'date not invented', pass: !out.dateStated, detail: `no stated date, found stated ${show(out.date)}` });
  const p = out.publisher === null ? null : normalize(out.publisher);
  const e = exp.publisher === null ? null : normalize(exp.publisher);
  checks.push({
    field: 'publisher',
    pass: p === e || (p !== null && e !== null && p !== '' && e !== '' && (p.includes(e) || e.includes(p))),
    detail: `expected ${show(exp.publisher)}, found ${show(out.publisher)}`,
  });
  const authors = new Set(out.authors.map(normalize));
  for (const name of exp.authors) checks.push({ field: 'authors', pass: authors.has(normalize(name)), detail: `expected ${show(name)} among ${show(out.authors)}` });
  const annotated = new Set(exp.authors.map(normalize));
  const extra = out.authors.filter((a) => !annotated.has(normalize(a)));
  checks.push({ field: 'authors.noExtra', pass: extra.length === 0, detail: `authors not annotated: ${show(extra)}` });
  for (const b of exp.boilerplate) checks.push({ field: 'boilerplate', pass: !body.includes(normalize(b)), detail: `furniture in body: ${show(b)}` });
  for (const k of exp.must_keep) checks.push({ field: 'must_keep', pass: body.includes(normalize(k)), detail: `missing from body: ${show(k)}` });
  const visibleErrors = [...new Set(checks.filter((c) => !c.pass && VISIBLE_FIELDS.includes(c.field)).map((c) => c.field))];
  return {
    checks,
    facts: scoreFacts(out.facts, exp.facts),
    published: out.draftReasons.length === 0,
    visibleErrors,
    statesHeadlineAndDate: exp.title !== null && exp.date !== null,
  };
}

/** Precision, recall and F1 of summed tallies (1 when there is nothing to find and nothing found). */
export function factsPrf(t: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** What readers see over a set of pages (corpus README): published, with a visible error, drafts, needless drafts. */
export function readersSee(pages: readonly { name: string; score: PageScore }[]): {
  published: string[];
  publishedWithError: string[];
  drafts: string[];
  needlessDrafts: string[];
} {
  const published = pages.filter((p) => p.score.published);
  const drafts = pages.filter((p) => !p.score.published);
  return {
    published: published.map((p) => p.name),
    publishedWithError: published.filter((p) => p.score.visibleErrors.length > 0).map((p) => p.name),
    drafts: drafts.map((p) => p.name),
    needlessDrafts: drafts.filter((p) => p.score.statesHeadlineAndDate && p.score.visibleErrors.length === 0).map((p) => p.name),
  };
}

/**
 * `--cases 21-50` or `--cases 01,03,10-12`: the case names a selection keeps. Numbers compare
 * by value, so `1-5` and `01-05` mean the same; a name that is not a number must be listed as is.
 */
export function caseFilter(spec: string | undefined): (name: string) => boolean {
  if (!spec) return () => true;
  const parts = spec.split(',').map((p) => p.trim()).filter(Boolean);
  const ranges: [number, number][] = [];
  const names = new Set<string>();
  for (const part of parts) {
    const m = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (m) ranges.push([Number(m[1]), Number(m[2])]);
    else if (/^\d+$/.test(part)) ranges.push([Number(part), Number(part)]);
    else names.add(part);
  }
  return (name) => names.has(name) || (/^\d+$/.test(name) && ranges.some(([a, b]) => Number(name) >= a && Number(name) <= b));
}
