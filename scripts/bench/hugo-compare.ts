/**
 * `npm run bench -- --compare`: the same reports built the way the issue's yardstick builds
 * them — Hugo (Debian's `hugo`, installed with apt when missing and running as root) with the
 * minimal layout in scripts/bench/hugo/, then Pagefind's own CLI (`pagefind_extended --site`,
 * zh-CN from the layout's `lang`) — measured like our stages, in the same run, so the ratio
 * holds however fast the machine is that hour.
 *
 * Hugo gets the reports ingest wrote (the same input as `astro build`), with the front matter
 * cut to title and date: Hugo refuses our partial dates ("2024-09") and knows nothing of the
 * rest. Writing that copy is not timed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReportFile } from '../../src/lib/front-matter.ts';
import { isDraft } from '../../src/lib/drafts.ts';
import { dirStats, runMeasured } from './measure.ts';
import { runPagefindCli, runSettings, type BenchDirs, type StageResult } from './stages.ts';

/** `hugo` on the PATH, installed from Debian's package when missing (root only). */
export function findHugo(): string | null {
  const which = () => spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim() || null;
  const found = which();
  if (found || process.getuid?.() !== 0) return found;
  console.log('[compare] hugo not found: apt-get install -y hugo …');
  spawnSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'ignore' });
  return which();
}

/** A full date for Hugo, or none: "2024-09" → "2024-09-01", "2024" → "2024-01-01". */
function hugoDate(date: unknown): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(date ?? ''));
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}

/** Writes the Hugo site: the layout from scripts/bench/hugo/ and one content file per published report. */
async function writeHugoSite(dirs: BenchDirs, site: string): Promise<number> {
  await rm(site, { recursive: true, force: true });
  await cp(join(dirs.root, 'scripts/bench/hugo'), site, { recursive: true });
  const content = join(site, 'content/reports');
  await mkdir(content, { recursive: true });
  let n = 0;
  for (const f of (await readdir(dirs.reports)).filter((x) => x.endsWith('.md'))) {
    const { data, body } = parseReportFile(f, await readFile(join(dirs.reports, f), 'utf8'));
    const d = data as { title?: string | null; date?: unknown; draft?: unknown };
    if (isDraft(d)) continue;
    const date = hugoDate(d.date);
    await writeFile(join(content, f), `---\ntitle: ${JSON.stringify(d.title ?? '')}\n${date ? `date: ${date}\n` : ''}---\n\n${body}`);
    n++;
  }
  return n;
}

/** Hugo, then Pagefind's CLI on Hugo's output. */
export async function runHugoCompare(dirs: BenchDirs, verbose: boolean): Promise<StageResult[]> {
  const hugo = findHugo();
  const empty = { peakTreeKb: 0, cpuMs: 0, perProcessKb: {} };
  if (!hugo) return [{ stage: 'hugo', status: 'not available', wallMs: 0, memory: empty, items: 0, outBytes: null, indexBytes: null, note: 'hugo not installed (apt-get install hugo)' }];
  const site = join(dirs.tmp, 'hugo-site');
  const reports = await writeHugoSite(dirs, site);
  const out = join(site, 'public');
  const run = await runMeasured(hugo, ['--quiet', '--source', site, '--destination', out], {
    cwd: site,
    minAvailableKb: runSettings.minAvailableKb,
    echoPrefix: verbose ? '  [hugo] ' : null,
  });
  const stats = existsSync(out) ? await dirStats(out) : { bytes: 0, htmlFiles: 0 };
  const hugoStage: StageResult = {
    stage: 'hugo',
    status: run.code === 0 && !run.abortedFor ? 'ok' : 'failed',
    wallMs: run.wallMs,
    memory: run.total,
    items: stats.htmlFiles,
    outBytes: stats.bytes,
    indexBytes: null,
    note: `${reports} reports; ${run.code === 0 ? '' : `exit ${run.code}: ${run.lines.slice(-3).map((l) => l.text).join(' | ')}`}`,
  };
  if (hugoStage.status !== 'ok') return [hugoStage];
  const index = await runPagefindCli({ ...dirs, dist: out }, 'compare', verbose);
  return [hugoStage, { ...index, stage: 'pagefind CLI' }];
}

/** "ours / theirs" as a line for the report. */
export function compareLine(ours: StageResult[], theirs: StageResult[]): string {
  const sum = (xs: StageResult[]) => xs.reduce((n, s) => n + s.wallMs, 0) / 1000;
  const peak = (xs: StageResult[]) => Math.max(...xs.map((s) => s.memory.peakTreeKb)) / 1048576;
  const build = ours.filter((s) => s.stage !== 'ingest');
  const a = sum(build), b = sum(theirs);
  const withIngest = sum(ours);
  return [
    `Ours (astro build + index, from the same reports): ${a.toFixed(1)} s wall, peak ${peak(build).toFixed(2)} GB`,
    `Hugo + Pagefind CLI: ${theirs.map((s) => `${s.stage} ${(s.wallMs / 1000).toFixed(1)} s`).join(' + ')} = ${b.toFixed(1)} s wall, peak ${peak(theirs).toFixed(2)} GB`,
    `Ratio ours / Hugo + Pagefind: ${(a / b).toFixed(2)} (with ingest: ${withIngest.toFixed(1)} s, ${(withIngest / b).toFixed(2)})`,
  ].join('\n');
}
