/**
 * `npm run score:corpus -- DIR [--verbose] [--json]`: runs the real ingest pipeline on every
 * `DIR/cases/<name>/raw.txt`, scores it against `expected.json` (scripts/score-corpus/score.ts,
 * as the corpus README defines the checks) and prints per-field tallies, facts P/R/F1 and
 * the share of checks passed, and what readers see (published pages with a visible error,
 * needless drafts); `--cases 21-50` (or `01,03,10-12`) scores a subset; `--verbose` lists every
 * miss with its page and, for each published page with an error or needless draft, its fields.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestSource } from '../../src/ingest/ingest.ts';
import { FIELDS, caseFilter, factsPrf, readersSee, scorePage, type Expected, type PageScore } from './score.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, cases: { type: 'string' } } });
const dir = positionals[0];
if (!dir || !existsSync(path.join(dir, 'cases'))) {
  console.error(`usage: npm run score:corpus -- DIR [--cases 21-50] [--verbose] [--json]   (DIR must hold cases/<name>/raw.txt and expected.json; got ${dir ?? 'nothing'})`);
  process.exit(2);
}

const casesDir = path.join(dir, 'cases');
const pages: { name: string; score: PageScore; reasons: string[] }[] = [];
const keep = caseFilter(values.cases);
for (const name of readdirSync(casesDir).sort().filter(keep)) {
  const raw = path.join(casesDir, name, 'raw.txt');
  const exp = path.join(casesDir, name, 'expected.json');
  if (!existsSync(raw) || !existsSync(exp)) continue;
  let json;
  try {
    json = ingestSource('raw.txt', readFileSync(raw)).json;
  } catch (e) {
    // A page the pipeline refuses scores as if nothing was found.
    console.error(`${name}: ingest refused the page: ${(e as Error).message}`);
    json = { title: null, subtitle: null, kicker: null, date: null, dateStated: false, publisher: null, sourceUrl: null, authors: [], photoCredit: null, sections: [], paragraphs: [], factBoxes: [], figures: [], removed: [], facts: [], draftReasons: [] };
  }
  pages.push({ name, score: scorePage(json, JSON.parse(readFileSync(exp, 'utf8')) as Expected), reasons: json.draftReasons });
}

const rows = FIELDS.map((field) => {
  const checks = pages.flatMap((p) => p.score.checks.filter((c) => c.field === field));
  return { field, passed: checks.filter((c) => c.pass).length, total: checks.length };
});
const passed = rows.reduce((n, r) => n + r.passed, 0);
const total = rows.reduce((n, r) => n + r.total, 0);
const tp = pages.reduce((n, p) => n + p.score.facts.truePositives, 0);
const fp = pages.reduce((n, p) => n + p.score.facts.falsePositives.length, 0);
const fn = pages.reduce((n, p) => n + p.score.facts.falseNegatives.length, 0);
const prf = factsPrf({ tp, fp, fn });
const seen = readersSee(pages);
const seenLine = `published ${seen.published.length} of ${pages.length}, ${seen.publishedWithError.length} with a visible error; drafts ${seen.drafts.length}, ${seen.needlessDrafts.length} needless`;

if (values.json) {
  console.log(JSON.stringify({ pages: pages.length, fields: rows, checks: { passed, total, share: passed / total }, facts: { tp, fp, fn, ...prf }, readersSee: seen }, null, 2));
} else {
  console.log(`${pages.length} pages in ${casesDir}\n`);
  console.log('field               passed / total');
  for (const r of rows) console.log(`${r.field.padEnd(20)}${String(r.passed).padStart(6)} / ${r.total}`);
  console.log(`${'all checks'.padEnd(20)}${String(passed).padStart(6)} / ${total}  = ${((100 * passed) / total).toFixed(1)} %`);
  console.log(`facts               P ${prf.precision.toFixed(2)}  R ${prf.recall.toFixed(2)}  F1 ${prf.f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(seenLine);
}
if (values.verbose) {
  console.log('\nwhat readers see:');
  for (const { name, score } of pages) {
    if (score.published && score.visibleErrors.length) console.log(`${name}  published with a visible error in ${score.visibleErrors.join(', ')}`);
    if (seen.needlessDrafts.includes(name)) console.log(`${name}  needless draft`);
  }
  console.log('\ndrafts and their reasons:');
  for (const { name, reasons } of pages) if (reasons.length) console.log(`${name}  ${reasons.join(' | ')}`);
  console.log('\nmisses:');
  for (const { name, score } of pages) {
    for (const c of score.checks) if (!c.pass) console.log(`${name}  ${c.field}: ${c.detail}`);
    for (const t of score.facts.falsePositives) console.log(`${name}  fact not annotated: ${t}`);
    for (const t of score.facts.falseNegatives) console.log(`${name}  fact missed: ${t}`);
  }
}
