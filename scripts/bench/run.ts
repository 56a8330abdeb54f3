/**
 * `npm run bench [-- --reports N] [--keep] [--compare] [--seed S] [--direct] [--no-rebuilds] [--profile] [--concurrency N] [--collection-storage chunked] [--no-index] [--reuse DIR] [--markdown] [--verbose]`
 *
 * Generates N raw source articles in a temporary folder, then measures the full build as
 * child processes — ingest, Astro build, search index (inside the Astro build) — and prints a
 * table per stage: wall seconds, peak memory of the process tree, output size, index size and
 * pages per second. Then the same for a rebuild with nothing changed and a rebuild with one
 * report edited. `--direct` skips ingest and writes the reports straight from the generator;
 * `--profile` writes a V8 CPU profile of each Astro build and prints where its time went;
 * `--reuse DIR` measures only the two rebuilds on the folder of an earlier run.
 * `--compare` also builds the same reports with Hugo and indexes them with Pagefind's own CLI
 * right after the full build (hugo-compare.ts), and prints both timings and their ratio.
 * `--concurrency N` and `--collection-storage chunked` try those Astro settings; `--no-index`
 * leaves the search-index integration out to measure Astro alone. A stage is
 * stopped (and reported as failed) when the machine's available memory drops below
 * `--min-free-mb` (default 2048), so the benchmark never starves other work of memory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, totalmem, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_REPORTS, loadSeedPool, writeCorpus } from './generate-corpus.ts';
import { existsSync, readFileSync } from 'node:fs';
import { formatBytes, formatTable } from './measure.ts';
import { summarizeProfile, type CpuProfile } from './profile-summary.ts';
import { editOneReport, runAstroBuild, runIngest, runPagefindCli, runSettings, type BenchDirs, type StageResult } from './stages.ts';
import { summarize, toMarkdown, toText } from './report-table.ts';
import { chengguoWeight, formatChengguoWeight } from './chengguo-weight.ts';
import { compareLine, runHugoCompare } from './hugo-compare.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    direct: { type: 'boolean', default: false },
    'no-rebuilds': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    'min-free-mb': { type: 'string', default: '2048' },
    'no-index': { type: 'boolean', default: false },
    reuse: { type: 'string' },
    'collection-storage': { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
});

const n = Number(values.reports);
if (!Number.isInteger(n) || n < 1 || n > MAX_REPORTS) {
  console.error(`--reports ${values.reports}: expected a whole number from 1 to ${MAX_REPORTS}.`);
  process.exit(2);
}
const seed = Number(values.seed);
const root = fileURLToPath(new URL('../../', import.meta.url));
// --reuse DIR: the folder of an earlier (kept or interrupted) run: measure its rebuilds only.
const tmp = values.reuse ?? (await mkdtemp(join(tmpdir(), 'gaoxin-bench-')));
if (values.reuse) values.keep = true;
const dirs: BenchDirs = {
  root,
  tmp,
  sources: join(tmp, 'sources'),
  reports: join(tmp, 'reports'),
  dist: join(tmp, 'dist'),
  cache: join(tmp, 'cache'),
  logs: join(tmp, 'logs'),
};
const verbose = values.verbose;
runSettings.minAvailableKb = Number(values['min-free-mb']) * 1024;
// Astro settings to try without editing the project's config (see astro.config.bench.mjs).
if (values.concurrency) process.env.BENCH_CONCURRENCY = values.concurrency;
if (values['collection-storage']) process.env.BENCH_COLLECTION_STORAGE = values['collection-storage'];
if (values['no-index']) process.env.BENCH_NO_INDEX = '1';

console.log(`Benchmark: ${n} reports, seed ${seed}; ${cpus().length} cores, ${formatBytes(totalmem())} RAM; node ${process.version}`);
console.log(`Temporary folder: ${tmp}${values.keep ? ' (kept)' : ''}`);

const t0 = performance.now();
const pool = await loadSeedPool(join(root, 'content/sources'));
if (!values.reuse) {
  const corpus = await writeCorpus({ dir: dirs.sources, n, seed, pool, reportsDir: values.direct ? dirs.reports : undefined });
  console.log(`Generated ${corpus.files} sources (${formatBytes(corpus.bytes)}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

/** Other work on the machine stretches wall times (not CPU times); the load average says how much. */
const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;

async function fullBuild(label: string): Promise<StageResult[]> {
  const stages: StageResult[] = [];
  console.log(`[${label}] ${load()}`);
  if (values.direct) {
    stages.push({ stage: 'ingest', status: 'not available', wallMs: 0, memory: { peakTreeKb: 0, cpuMs: 0, perProcessKb: {} }, items: 0, outBytes: null, indexBytes: null, note: '--direct: reports written by the generator' });
  } else {
    console.log(`[${label}] ingest …`);
    const ingest = await runIngest(dirs, label, verbose);
    stages.push(ingest);
    if (ingest.status === 'failed' && label === 'full') {
      // Keep measuring the site: write the reports the way ingest would have.
      await rm(dirs.reports, { recursive: true, force: true });
      await writeCorpus({ dir: join(tmp, 'sources-fallback'), n, seed, pool, reportsDir: dirs.reports });
      ingest.note += '; the site below uses reports written by the generator';
    }
  }
  console.log(`[${label}] astro build …`);
  const [astro, index] = await runAstroBuild(dirs, label, verbose, values.profile);
  stages.push(astro!);
  if (values['no-index']) {
    stages.push({ ...index!, note: '--no-index: search index left out' });
  } else if (index!.status === 'not available' && astro!.status === 'ok') {
    console.log(`[${label}] no index integration: running the Pagefind CLI …`);
    stages.push(await runPagefindCli(dirs, label, verbose));
  } else {
    stages.push(index!);
  }
  return stages;
}

const runs: { title: string; stages: StageResult[] }[] = [];
if (!values.reuse) {
  runs.push({ title: `Full build, ${n} reports`, stages: await fullBuild('full') });
  printRun(runs.at(-1)!);
  console.log(formatChengguoWeight(chengguoWeight(dirs.dist, join(dirs.logs, 'full-astro.log'))));
  if (values.compare) {
    // Right after our full build, so both meet the machine in the same state.
    console.log(`[compare] Hugo + Pagefind CLI on the same reports … ${load()}`);
    const theirs = await runHugoCompare(dirs, verbose);
    runs.push({ title: 'Hugo + Pagefind CLI, same reports', stages: theirs });
    printRun(runs.at(-1)!);
    if (theirs.every((s) => s.status === 'ok')) console.log(`${compareLine(runs[0]!.stages, theirs)}\n`);
  }
}

const failed = (runs[0]?.stages ?? []).filter((s) => s.status === 'failed');
const indexOnly = failed.length > 0 && failed.every((s) => s.stage === 'index' || (s.stage === 'astro build' && /memory left/.test(s.note)));
let fullFailed = failed.length > 0;
if (indexOnly && runs[0]?.stages.some((s) => s.stage === 'index' && /memory left/.test(s.note))) {
  // The index ran out of memory: still measure the rebuilds of ingest and Astro, without it.
  console.log('The search index ran the machine short of memory: the rebuilds below leave it out.');
  process.env.BENCH_NO_INDEX = '1';
  values['no-index'] = true;
  fullFailed = false;
} else if (fullFailed) {
  console.log('The full build failed: no rebuilds measured.');
}
if (!values['no-rebuilds'] && !fullFailed) {
  runs.push({ title: 'Rebuild, nothing changed', stages: await fullBuild('unchanged') });
  printRun(runs.at(-1)!);
  const edited = await editOneReport(dirs.reports);
  runs.push({ title: `Rebuild, one report changed (${edited ? edited.split('/').at(-1) : 'none found'})`, stages: await fullBuild('one-changed') });
  printRun(runs.at(-1)!);
}

if (values.markdown) {
  console.log(`\nMarkdown (for the README):\n`);
  for (const r of runs) console.log(`**${r.title}**\n\n${toMarkdown(summarize(r.stages))}\n`);
}

function printRun(r: { title: string; stages: StageResult[] }): void {
  const rows = summarize(r.stages);
  console.log(`\n${r.title}\n${toText(rows)}`);
  for (const s of r.stages) {
    const procs = Object.entries(s.memory.perProcessKb)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, kb]) => `${name} ${formatBytes(kb * 1024)}${s.memory.perProcessCpuMs?.[name] ? ` (${(s.memory.perProcessCpuMs[name] / 1000).toFixed(1)} s cpu)` : ''}`)
      .join(', ');
    console.log(`  ${s.stage}: ${s.status}${procs ? `; peak per process: ${procs}` : ''}${s.note ? `; ${s.note}` : ''}`);
  }
  for (const s of r.stages) if (s.profile) printProfile(s.profile);
  console.log('');
}

function printProfile(file: string): void {
  if (!existsSync(file)) return console.log(`  (no profile at ${file})`);
  const { total, byBucket, byFunction } = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const rows = (xs: { name: string; ms: number; share: number }[]) => xs.map((x) => [x.name, (x.ms / 1000).toFixed(1), `${(x.share * 100).toFixed(0)}%`]);
  console.log(`\n  CPU profile of the Astro process (${(total / 1000).toFixed(1)} s sampled; ${file})`);
  console.log(formatTable(['self time by package', 's', 'share'], rows(byBucket)).replace(/^/gm, '  '));
  console.log(formatTable(['self time by function', 's', 'share'], rows(byFunction)).replace(/^/gm, '  '));
}

if (values.keep) console.log(`Kept ${tmp}`);
else await rm(tmp, { recursive: true, force: true });
