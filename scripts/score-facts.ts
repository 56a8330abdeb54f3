/**
 * `npm run score:facts`: runs the fact extractor on both seeds and prints precision and
 * recall against the gold (tests/fixtures/gold/), plus any numbered term or excluded number
 * reported as a fact; then scores every fixture in tests/fixtures/facts/<name>/
 * (input.txt + expected.json). Exits non-zero when a threshold is missed.
 *
 * Paragraphs come from ingest's `--json` object (the documented contract of issue 2), made
 * in process by the ingest pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts, type FactParagraph } from '../src/facts/extract.ts';
import { anchoredParagraphs } from '../src/facts/anchors.ts';
import { ingestSource } from '../src/ingest/ingest.ts';
import { fixtureParagraphs, scoreAgainstGold, scoreFixture, type FixtureScore, type Gold, type SeedScore } from '../src/facts/score.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD_DIR = path.join(ROOT, 'tests/fixtures/gold');
const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/facts');
const SOURCES_DIR = path.join(ROOT, 'content/sources');

/** Recall of required gold facts a seed must reach. */
export const MIN_RECALL = 0.95;

/**
 * The seed's paragraphs and box items as ingest gives them (the `--json` object, made in
 * process by the same pipeline the CLI runs), anchored as find-facts anchors them.
 */
export function seedParagraphs(file: string): { paragraphs: FactParagraph[]; via: string } {
  const { json } = ingestSource(path.basename(file), readFileSync(file));
  return { paragraphs: anchoredParagraphs(json.paragraphs, json.factBoxes), via: 'ingest --json' };
}

export function scoreSeeds(): { seed: string; via: string; score: SeedScore }[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => /^seed-.*\.json$/.test(f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as Gold;
      const { paragraphs, via } = seedParagraphs(path.join(SOURCES_DIR, gold.source));
      return { seed: gold.source, via, score: scoreAgainstGold(extractFacts(paragraphs), gold) };
    });
}

export function scoreFixtures(): { name: string; score: FixtureScore }[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(FIXTURE_DIR, name);
      const facts = extractFacts(fixtureParagraphs(readFileSync(path.join(dir, 'input.txt'), 'utf8')));
      return { name, score: scoreFixture(facts, JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))) };
    });
}

const pct = (n: number) => n.toFixed(2);

function main(): void {
  let ok = true;
  const verbose = process.argv.includes('--subjects');
  console.log('seed                       via              extracted  precision  recall(required)  violations  subject-sim');
  for (const { seed, via, score: s } of scoreSeeds()) {
    const pass = s.recall >= MIN_RECALL && s.violations.length === 0;
    ok &&= pass;
    console.log(
      `${seed.padEnd(27)}${via.padEnd(17)}${String(s.extracted).padStart(9)}  ${pct(s.precision).padStart(9)}  ${`${pct(s.recall)} (${s.requiredFound}/${s.required})`.padStart(16)}  ${String(s.violations.length).padStart(10)}  ${pct(s.subjectSimilarity).padStart(11)}  ${pass ? 'ok' : 'FAIL'}`,
    );
    if (verbose) for (const line of s.subjects) console.log(`  subject ${line}`);
    const a = s.fieldAgreement;
    console.log(`  fields agreeing with gold on ${a.of} matched facts: qualifier ${a.qualifier}, period ${a.period}, inBox ${a.inBox}`);
    for (const m of s.missing) console.log(`  missing: ${m}`);
    for (const e of s.extra) console.log(`  not in gold: ${e}`);
    for (const v of s.violations) console.log(`  NOT A FACT reported: ${v}`);
  }
  console.log('\nfixture                    expected  found  precision  recall  field errors  violations');
  for (const { name, score: s } of scoreFixtures()) {
    const pass = s.recall === 1 && s.precision === 1 && s.fieldErrors.length === 0 && s.violations.length === 0;
    ok &&= pass;
    console.log(
      `${name.padEnd(27)}${String(s.expected).padStart(8)}  ${String(s.found).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${String(s.fieldErrors.length).padStart(12)}  ${String(s.violations.length).padStart(10)}  ${pass ? 'ok' : 'FAIL'}`,
    );
    for (const m of [...s.missing.map((x) => `missing: ${x}`), ...s.extra.map((x) => `extra: ${x}`), ...s.fieldErrors, ...s.violations.map((x) => `NOT A FACT reported: ${x}`)]) console.log(`  ${m}`);
  }
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
