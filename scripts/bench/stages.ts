/**
 * The benchmark's stages, each a measured child process: ingest, the Astro build (whose
 * `astro:build:done` hook builds the search index) and, when no index integration exists yet,
 * Pagefind's CLI over the output. A missing piece is reported as "not available", not a crash.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile, mkdir, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { dirStats, runMeasured, type OutputLine, type PhaseMemory, type RunResult } from './measure.ts';

export interface StageResult {
  stage: string;
  status: 'ok' | 'not available' | 'failed';
  wallMs: number;
  memory: PhaseMemory;
  /** Pages (or reports) the stage produced, for the per-second rate. */
  items: number;
  outBytes: number | null;
  indexBytes: number | null;
  note: string;
  /** The V8 CPU profile written with --profile. */
  profile?: string;
}

export interface BenchDirs {
  root: string;
  tmp: string;
  sources: string;
  reports: string;
  dist: string;
  cache: string;
  logs: string;
}

/**
 * Marks of the index phase inside `astro build`: the integration's first line in
 * `astro:build:done` ("search index: start"); the index's summary line is printed under the table.
 */
export const INDEX_MARKS = {
  line: /search index: start/,
  summary: /search index: \d+ pages in .*/,
  /** Astro's "✓ Completed in 1.2s." after each build step (pages, images). */
  stepDone: /✓ Completed in/,
  buildEnd: /page\(s\) built in/,
};

/** Settings shared by every stage's run. */
export const runSettings = {
  /** Stop a stage when the machine has less than this much memory available (KiB). */
  minAvailableKb: 2 * 1024 * 1024,
};

/** "failed" plus the memory guard's reason, when it stopped the run. */
const statusOf = (run: RunResult): 'ok' | 'failed' => (run.code === 0 && !run.abortedFor ? 'ok' : 'failed');
const failure = (run: RunResult): string => run.abortedFor ?? `exit ${run.code}: ${tail(run.lines)}`;

const notAvailable = (stage: string, note: string): StageResult => ({
  stage,
  status: 'not available',
  wallMs: 0,
  memory: { peakTreeKb: 0, cpuMs: 0, perProcessKb: {} },
  items: 0,
  outBytes: null,
  indexBytes: null,
  note,
});

async function saveLog(dirs: BenchDirs, name: string, run: RunResult): Promise<string> {
  await mkdir(dirs.logs, { recursive: true });
  const file = join(dirs.logs, `${name}.log`);
  await writeFile(file, run.lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(9)} ${l.stream === 'stderr' ? '!' : ' '} ${l.text}`).join('\n'));
  return file;
}

const tail = (lines: readonly OutputLine[], n = 3) =>
  lines
    .map((l) => l.text.trim())
    .filter(Boolean)
    .slice(-n)
    .join(' | ');

async function countFiles(dir: string, ext: string): Promise<number> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).length;
  } catch {
    return 0;
  }
}

export async function runIngest(dirs: BenchDirs, label: string, verbose: boolean): Promise<StageResult> {
  const cli = join(dirs.root, 'src/ingest/cli.ts');
  if (!existsSync(cli)) return notAvailable('ingest', 'src/ingest/cli.ts does not exist yet');
  const run = await runMeasured(process.execPath, [cli, dirs.sources, '--out', dirs.reports], {
    cwd: dirs.root,
    minAvailableKb: runSettings.minAvailableKb,
    echoPrefix: verbose ? '  [ingest] ' : null,
  });
  const log = await saveLog(dirs, `${label}-ingest`, run);
  const reports = await countFiles(dirs.reports, '.md');
  return {
    stage: 'ingest',
    status: statusOf(run),
    wallMs: run.wallMs,
    memory: run.total,
    items: reports,
    outBytes: (await dirStats(dirs.reports)).bytes,
    indexBytes: null,
    note: statusOf(run) === 'ok' ? `${reports} reports; log ${log}` : `${failure(run)}; log ${log}`,
  };
}

/** Finds the folder holding `pagefind-entry.json` under `dir`, if any. */
export async function findIndexDir(dir: string): Promise<string | null> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const entry = entries.find((e) => e.isFile() && e.name === 'pagefind-entry.json');
    return entry ? entry.parentPath : null;
  } catch {
    return null;
  }
}

/** Splits `astro build` into the build proper and the index built in its build:done hook. */
export function splitIndexPhase(run: Pick<RunResult, 'lines' | 'phaseStartMs' | 'wallMs'>): { indexStartMs: number | null; indexEndMs: number } {
  const firstMark = Math.min(run.phaseStartMs.index ?? Infinity, run.lines.find((l) => INDEX_MARKS.line.test(l.text))?.t ?? Infinity);
  if (firstMark === Infinity) return { indexStartMs: null, indexEndMs: run.wallMs };
  // The build:done hooks (the index among them) start when Astro's last step before them ends;
  // work the integration does before it starts Pagefind (e.g. segmenting text) counts as index.
  const hooksStart = run.lines.filter((l) => l.t <= firstMark && INDEX_MARKS.stepDone.test(l.text)).at(-1)?.t;
  const end = run.lines.find((l) => INDEX_MARKS.buildEnd.test(l.text))?.t ?? run.wallMs;
  return { indexStartMs: Math.min(firstMark, hooksStart ?? Infinity), indexEndMs: end };
}

export async function runAstroBuild(dirs: BenchDirs, label: string, verbose: boolean, profile = false): Promise<StageResult[]> {
  const astro = join(dirs.root, 'node_modules/astro/bin/astro.mjs');
  if (!existsSync(astro)) return [notAvailable('astro build', 'astro is not installed'), notAvailable('index', '')];
  const hasLoader = existsSync(join(dirs.root, 'src/content.config.ts'));
  let indexing = false;
  let seen = 0;
  const profileName = `astro-${label}.cpuprofile`;
  const profileArgs = profile ? ['--cpu-prof', '--cpu-prof-dir', join(dirs.tmp, 'profiles'), '--cpu-prof-name', profileName] : [];
  // Astro's root in the benchmark folder: its `.astro/` (prerender bundle) is not the checkout's.
  const astroRoot = join(dirs.tmp, 'astro-root');
  await mkdir(astroRoot, { recursive: true });
  // Sources, packages and settings resolve from the root: link the project's.
  for (const f of ['src', 'public', 'node_modules', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (!existsSync(join(astroRoot, f))) await symlink(join(dirs.root, f), join(astroRoot, f));
  }
  const run = await runMeasured(process.execPath, [...profileArgs, astro, 'build', '--config', relative(astroRoot, join(dirs.root, 'scripts/bench/astro.config.bench.mjs')), '--root', astroRoot], {
    cwd: dirs.root,
    env: { ...process.env, REPORTS_DIR: dirs.reports, BENCH_OUT_DIR: dirs.dist, BENCH_CACHE_DIR: dirs.cache, BENCH_ASTRO_ROOT: astroRoot, ASTRO_TELEMETRY_DISABLED: '1' },
    minAvailableKb: runSettings.minAvailableKb,
    echoPrefix: verbose ? '  [astro] ' : null,
    phaseOf: (lines) => {
      // Sticky: once the index has started, later samples belong to it.
      for (; !indexing && seen < lines.length; seen++) indexing = INDEX_MARKS.line.test(lines[seen]!.text);
      return indexing ? 'index' : 'astro';
    },
  });
  const log = await saveLog(dirs, `${label}-astro`, run);
  const out = await dirStats(dirs.dist);
  const indexDir = await findIndexDir(dirs.dist);
  const indexBytes = indexDir ? (await dirStats(indexDir)).bytes : null;
  const { indexStartMs, indexEndMs } = splitIndexPhase(run);
  const ok = statusOf(run) === 'ok';

  const empty = { peakTreeKb: 0, cpuMs: 0, perProcessKb: {} };
  // The guard stopping the run while the index was being built is the index's failure.
  const stoppedInIndex = !!run.abortedFor && run.phaseStartMs.index !== undefined;
  const astroOk = ok || stoppedInIndex;
  // Astro's own time ends where the index starts (also when the index was stopped unfinished).
  const astroMs = indexStartMs !== null && (indexDir || stoppedInIndex) ? indexStartMs : run.wallMs;
  const astroStage: StageResult = {
    stage: 'astro build',
    status: astroOk ? 'ok' : 'failed',
    wallMs: astroMs,
    memory: run.phases.astro ?? empty,
    items: out.htmlFiles,
    outBytes: out.bytes - (indexBytes ?? 0),
    indexBytes: null,
    note: `${astroOk ? '' : `${failure(run)}; `}${hasLoader ? '' : 'no src/content.config.ts yet (reports not loaded); '}log ${log}`,
    ...(profile ? { profile: join(dirs.tmp, 'profiles', profileName) } : {}),
  };
  if (stoppedInIndex && indexStartMs !== null) {
    return [
      astroStage,
      {
        stage: 'index',
        status: 'failed',
        wallMs: run.wallMs - indexStartMs,
        memory: run.phases.index ?? empty,
        items: out.htmlFiles,
        outBytes: null,
        indexBytes: null,
        note: `${failure(run)} after ${((run.wallMs - indexStartMs) / 1000).toFixed(0)} s of indexing`,
      },
    ];
  }
  if (!indexDir || indexStartMs === null) {
    return [astroStage, notAvailable('index', 'no Pagefind index in the Astro output (integration not there yet)')];
  }
  return [
    astroStage,
    {
      stage: 'index',
      status: ok ? 'ok' : 'failed',
      wallMs: run.wallMs - indexStartMs,
      memory: run.phases.index ?? empty,
      items: out.htmlFiles,
      outBytes: null,
      indexBytes,
      note: `inside astro build: ${(indexStartMs / 1000).toFixed(1)}–${(indexEndMs / 1000).toFixed(1)} s; ${run.lines.map((l) => INDEX_MARKS.summary.exec(l.text)?.[0]).find(Boolean) ?? 'no summary line'}`,
    },
  ];
}

/** Pagefind's own CLI over the output: the issue's baseline, used while no integration exists. */
export async function runPagefindCli(dirs: BenchDirs, label: string, verbose: boolean): Promise<StageResult> {
  let bin: string;
  try {
    bin = createRequire(join(dirs.root, 'package.json')).resolve('@pagefind/linux-x64/bin/pagefind_extended');
  } catch {
    return notAvailable('index (CLI)', 'the pagefind binary is not installed');
  }
  const run = await runMeasured(bin, ['--site', dirs.dist], { cwd: dirs.root, echoPrefix: verbose ? '  [pagefind] ' : null, minAvailableKb: runSettings.minAvailableKb });
  const log = await saveLog(dirs, `${label}-pagefind-cli`, run);
  const indexDir = await findIndexDir(dirs.dist);
  const pages = Number(/Indexed (\d+) page/.exec(run.lines.map((l) => l.text).join('\n'))?.[1] ?? 0);
  return {
    stage: 'index (CLI)',
    status: statusOf(run),
    wallMs: run.wallMs,
    memory: run.total,
    items: pages,
    outBytes: null,
    indexBytes: indexDir ? (await dirStats(indexDir)).bytes : null,
    note: `pagefind --site; ${pages} pages indexed; log ${log}`,
  };
}

/** Edits one report as staff would: appends a paragraph to its body. Returns the file edited. */
export async function editOneReport(reportsDir: string): Promise<string | null> {
  const files = (await readdir(reportsDir)).filter((f) => f.endsWith('.md')).sort();
  const file = files[Math.floor(files.length / 2)];
  if (!file) return null;
  const path = join(reportsDir, file);
  const text = await readFile(path, 'utf8');
  await writeFile(path, `${text.trimEnd()}\n\n编辑补充：本段由性能基准测试在重建前加入，用来检验只改一篇报道时的重建耗时。\n`);
  return path;
}
