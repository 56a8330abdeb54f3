/**
 * `npm run score:corpus -- DIR [--verbose] [--json]`: runs the real ingest pipeline on every
 * case of `DIR/cases/<name>/` (or `DIR/<name>/` when DIR has no `cases` folder) and scores it
 * against its `expected.json` (scripts/score-corpus/score.ts, as the corpus README defines the
 * checks). A case holds `raw.txt` (a page's text, as the corpus does), or a Word file
 * `source.docx`, or a saved page `source.html` with its `source_files/` folder (the document
 * set). A document is ingested as staff run it: by the command's own reader (`ingestPath`, what
 * `npm run ingest -- <file>` calls) on a path relative to the folder the command runs in; its
 * photos are scored too (score-figures.ts): photos kept, captions on their own photo, non-photos
 * taken as figures. Prints per-field tallies, facts P/R/F1 (text cases only: the document set's
 * facts are not annotated), the share of checks passed and what readers see (published pages
 * with a visible error, needless drafts); `--cases 21-50` (or `01,03,10-12`) scores a subset;
 * `--verbose` lists every miss with its page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPath, ingestSource } from '../../src/ingest/ingest.ts';
import type { IngestJson } from '../../src/ingest/report-file.ts';
import { FIELDS, caseFilter, factsPrf, readersSee, scorePage, type Expected, type PageScore } from './score.ts';
import { scoreFigures, sumFigures, type ExpectedPhotos, type FigureScore } from './score-figures.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, cases: { type: 'string' } } });
const dir = positionals[0];
if (!dir || !existsSync(dir)) {
  console.error(`usage: npm run score:corpus -- DIR [--cases 21-50] [--verbose] [--json]   (DIR holds cases/<name>/ or <name>/ folders with raw.txt, source.docx or source.html, and expected.json; got ${dir ?? 'nothing'})`);
  process.exit(2);
}

/** The source files a case may hold, in the order they are looked for. */
const SOURCES = ['raw.txt', 'source.docx', 'source.html'] as const;
const NOTHING: IngestJson = { title: null, subtitle: null, kicker: null, date: null, dateStated: false, publisher: null, sourceUrl: null, authors: [], photoCredit: null, sections: [], paragraphs: [], factBoxes: [], figures: [], removed: [], facts: [], draftReasons: [] };

const casesDir = existsSync(path.join(dir, 'cases')) ? path.join(dir, 'cases') : dir;
interface Page {
  name: string;
  kind: string;
  /** A `raw.txt` case (facts annotated), not a document. */
  isText: boolean;
  score: PageScore;
  reasons: string[];
  figures: FigureScore | null;
}
const pages: Page[] = [];
const keep = caseFilter(values.cases);
for (const name of readdirSync(casesDir).sort().filter(keep)) {
  const source = SOURCES.find((s) => existsSync(path.join(casesDir, name, s)));
  const exp = path.join(casesDir, name, 'expected.json');
  if (!source || !existsSync(exp)) continue;
  const file = path.join(casesDir, name, source);
  const expected = JSON.parse(readFileSync(exp, 'utf8')) as Expected & Partial<ExpectedPhotos>;
  let json: IngestJson;
  try {
    // A document by a relative path, as staff type it (`content/sources/x.html`): its photos must not depend on the path's form.
    json = source === 'raw.txt' ? ingestSource('raw.txt', readFileSync(file)).json : (await ingestPath(path.relative(process.cwd(), file) || file)).json;
  } catch (e) {
    // A page the pipeline refuses scores as if nothing was found.
    console.error(`${name}: ingest refused the page: ${(e as Error).message}`);
    json = NOTHING;
  }
  const isText = source === 'raw.txt';
  // The document set leaves facts unannotated: they are scored on text cases only.
  const score = scorePage(json, isText ? expected : { ...expected, facts: [] });
  if (!isText) score.facts = { truePositives: 0, falsePositives: [], falseNegatives: [] };
  const figures = !isText || expected.figures ? scoreFigures(json, { figures: expected.figures ?? [], not_figures: expected.not_figures ?? 0 }) : null;
  pages.push({ name, kind: expected.kind ?? (isText ? 'txt' : source.replace('source.', '')), isText, score, reasons: json.draftReasons, figures });
}

const tally = (ps: readonly Page[]) => {
  const rows = FIELDS.map((field) => {
    const checks = ps.flatMap((p) => p.score.checks.filter((c) => c.field === field));
    return { field, passed: checks.filter((c) => c.pass).length, total: checks.length };
  });
  return { rows, passed: rows.reduce((n, r) => n + r.passed, 0), total: rows.reduce((n, r) => n + r.total, 0) };
};
const { rows, passed, total } = tally(pages);
const textPages = pages.filter((p) => p.isText).length;
const tp = pages.reduce((n, p) => n + p.score.facts.truePositives, 0);
const fp = pages.reduce((n, p) => n + p.score.facts.falsePositives.length, 0);
const fn = pages.reduce((n, p) => n + p.score.facts.falseNegatives.length, 0);
const prf = factsPrf({ tp, fp, fn });
const seen = readersSee(pages);
const seenLine = `published ${seen.published.length} of ${pages.length}, ${seen.publishedWithError.length} with a visible error; drafts ${seen.drafts.length}, ${seen.needlessDrafts.length} needless`;
const withFigures = pages.flatMap((p) => (p.figures ? [p.figures] : []));
const photos = withFigures.length ? sumFigures(withFigures) : null;
const kinds = [...new Set(pages.map((p) => p.kind))].sort();
const byKind = kinds.map((kind) => ({ kind, pages: pages.filter((p) => p.kind === kind).length, ...tally(pages.filter((p) => p.kind === kind)) }));
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');

if (values.json) {
  console.log(JSON.stringify({ pages: pages.length, fields: rows, checks: { passed, total, share: passed / total }, facts: { tp, fp, fn, ...prf }, photos, byKind: byKind.map(({ kind, pages: n, passed: p, total: t }) => ({ kind, pages: n, passed: p, total: t })), readersSee: seen }, null, 2));
} else {
  console.log(`${pages.length} pages in ${casesDir}\n`);
  console.log('field               passed / total');
  for (const r of rows) console.log(`${r.field.padEnd(20)}${String(r.passed).padStart(6)} / ${r.total}`);
  console.log(`${'all checks'.padEnd(20)}${String(passed).padStart(6)} / ${total}  = ${pct(passed, total)} %`);
  if (kinds.length > 1) for (const k of byKind) console.log(`  ${k.kind.padEnd(18)}${String(k.passed).padStart(6)} / ${k.total}  = ${pct(k.passed, k.total)} %  (${k.pages} pages)`);
  if (textPages) console.log(`facts               P ${prf.precision.toFixed(2)}  R ${prf.recall.toFixed(2)}  F1 ${prf.f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  else console.log('facts               not scored (documents: facts not annotated)');
  if (photos) {
    console.log(`photos kept         ${String(photos.photos.kept).padStart(6)} / ${photos.photos.total}`);
    console.log(`captions right      ${String(photos.captions.right).padStart(6)} / ${photos.captions.total}  (+ ${photos.captionsInvented} caption(s) on a photo that has none)`);
    console.log(`non-photos taken as figures  ${photos.nonPhotosTaken}   (figures without a photo: ${photos.photoless})`);
  }
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
  for (const { name, score, figures } of pages) {
    for (const c of score.checks) if (!c.pass) console.log(`${name}  ${c.field}: ${c.detail}`);
    for (const t of score.facts.falsePositives) console.log(`${name}  fact not annotated: ${t}`);
    for (const t of score.facts.falseNegatives) console.log(`${name}  fact missed: ${t}`);
    for (const m of figures?.misses ?? []) console.log(`${name}  photos: ${m}`);
  }
}
