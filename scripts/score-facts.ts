/**
 * `npm run score:facts`: runs the fact extractor on both seeds and prints precision and
 * recall against the gold (tests/fixtures/gold/), plus any numbered term or excluded number
 * reported as a fact; then scores every fixture in tests/fixtures/facts/<name>/
 * (input.txt + expected.json). Exits non-zero when a threshold is missed.
 *
 * Paragraphs come from the ingest CLI's `--json` output (the documented contract of
 * issue 2) when `src/ingest/cli.ts` exists, else from the small plain-paragraph splitter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts, type FactParagraph } from '../src/facts/extract.ts';
import { plainParagraphs } from '../src/facts/plain-paragraphs.ts';
import { fixtureParagraphs, scoreAgainstGold, scoreFixture, type FixtureScore, type Gold, type SeedScore } from '../src/facts/score.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD_DIR = path.join(ROOT, 'tests/fixtures/gold');
const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/facts');
const SOURCES_DIR = path.join(ROOT, 'content/sources');
const INGEST_CLI = path.join(ROOT, 'src/ingest/cli.ts');

/** Recall of required gold facts a seed must reach. */
export const MIN_RECALL = 0.95;

interface IngestJson {
  paragraphs: string[];
  factBoxes: { title: string; items: { label: string; text: string }[] }[];
}

/** The seed's paragraphs and box items, and which way they were obtained. */
export function seedParagraphs(file: string): { paragraphs: FactParagraph[]; via: string } {
  if (existsSync(INGEST_CLI)) {
    const r = spawnSync(process.execPath, [INGEST_CLI, '--json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status === 0) {
      const [doc] = JSON.parse(r.stdout) as IngestJson[];
      if (doc) {
        const paragraphs: FactParagraph[] = doc.paragraphs.map((text, i) => ({ anchor: `p-${i + 1}`, text, inBox: false }));
        doc.factBoxes.forEach((box, b) =>
          box.items.forEach((item, i) => paragraphs.push({ anchor: `box-${b + 1}-${i + 1}`, text: item.text, inBox: true, label: item.label })),
        );
        return { paragraphs, via: 'ingest --json' };
      }
    }
  }
  return { paragraphs: plainParagraphs(readFileSync(file, 'utf8')), via: 'plain splitter' };
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
