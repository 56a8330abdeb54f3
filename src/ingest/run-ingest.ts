/**
 * The ingest command's logic, callable in-process (the CLI and the benchmark use it):
 * `npm run ingest -- [--json] [--force] [--out dir] [--quiet] [--jobs n] <file|folder>...`
 *
 * Reads and checks every source first; if any is bad (empty, binary, too big, unknown
 * encoding, two sources giving one report name) it prints one line per problem, exits 1 and
 * writes nothing. Then writes one report per source. A report staff edited is skipped (exit
 * status stays 0, the skip is printed) unless --force, which keeps its factCorrections.
 * A source whose bytes, report and ingest version are unchanged since the last run is not
 * converted at all (see unchanged-sources.ts).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { convertAll } from './convert-all.ts';
import { ingestPath } from './ingest.ts';
import { listSources, readSource } from './read-sources.ts';
import type { IngestJson } from './report-file.ts';
import { readExisting } from './write-report.ts';
import { cleanStaleTemps, writeAtomic } from '../lib/write-atomic.ts';
import { fsErrorLine } from '../lib/fs-errors.ts';
import { entryFor, ingestCacheDir, ingestVersion, inputHash, readManifest, splitUnchanged, writeManifest, type Unchanged } from './unchanged-sources.ts';
import { removeStale, staleFiles } from './stale-photos.ts';

const USAGE = `用法：npm run ingest -- [选项] <原文文件或文件夹>...
  --json        不写文件，只在标准输出打印 JSON 数组
  --force       覆盖手工改过的报道（保留其中的 factCorrections）
  --out <dir>   报道输出目录（默认 content/reports）
  --quiet       只打印汇总
  --jobs <n>    同时使用的线程数（默认为 CPU 核数；原文少于 200 篇时只用一个）
  -h, --help    显示本说明`;

/** Report files written at the same time. */
const WRITE_CONCURRENCY = 16;

/** Show a progress bar when there are at least this many sources. */
const PROGRESS_FROM = 20;

interface Planned {
  path: string;
  file: string;
  target: string;
  text: string;
  summary: string[];
  sourceSha256: string;
  photos: { path: string; bytes: Uint8Array }[];
}

/** Where the command prints; the CLI passes process.stdout/stderr. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether to draw a progress bar (a terminal on stderr). */
  tty: boolean;
  /**
   * The folder the user typed the command in, when it is not the process's (`npm run` always
   * runs in the project root; npm passes the caller's folder as INIT_CWD): paths they give
   * are relative to it.
   */
  cwd?: string;
}

/** Ends the run with an exit status after printing one line per problem. */
class Exit {
  code: number;
  constructor(code: number) {
    this.code = code;
  }
}

/** A path the user typed, relative to their folder, as a path this process can open (kept relative when it can be). */
function fromCaller(path: string, callerCwd: string | undefined): string {
  if (!callerCwd || isAbsolute(path) || resolve(callerCwd) === process.cwd()) return path;
  return relative(process.cwd(), resolve(callerCwd, path)) || '.';
}

/** Runs the command; returns the exit status (0 ok, 1 bad input, 2 usage). */
export async function runIngest(argv: string[], io: Io): Promise<number> {
  try {
    await main(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

async function main(argv: string[], io: Io): Promise<void> {
  function fail(lines: string[], code: number): never {
    for (const l of lines) io.err(`错误：${l}\n`);
    throw new Exit(code);
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        out: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    fail([`${(e as Error).message}\n${USAGE}`], 2);
  }
  // The default output folder is the project's; a folder the user names is relative to where they typed it.
  const values = { ...args.values, out: args.values.out === undefined ? 'content/reports' : fromCaller(args.values.out, io.cwd) };
  const positionals = args.positionals.map((p) => fromCaller(p, io.cwd));
  if (values.help) {
    io.out(`${USAGE}\n`);
    return;
  }
  if (!positionals.length) fail([`没有给出原文文件或文件夹。\n${USAGE}`], 2);

  // Temp files of an ingest that was killed mid-write (writeAtomic's `<name>.<pid>.tmp`): reports, photos, manifest.
  if (!values.json) for (const [dir, depth] of [[values.out, 2], [ingestCacheDir(), 0]] as const) cleanStaleTemps(dir, depth);
  const { files: listed, errors } = listSources(positionals);
  // Sources unchanged since the last run (same bytes, same report bytes, same ingest version) are not converted.
  const manifest = values.json ? null : readManifest(values.out, ingestVersion());
  const { convert: files, unchanged } = manifest ? splitUnchanged(listed, values.out, manifest, readSource) : { convert: listed, unchanged: [] as Unchanged[] };
  const bar =
    files.length >= PROGRESS_FROM && io.tty && !values.json
      ? new cliProgress.SingleBar({ format: '导入 {bar} {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });

  // Pass 1: read, check and convert everything; nothing is written yet.
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail([`--jobs 需要正整数，收到“${values.jobs}”。`], 2);
  const converted = await convertAll(files, { out: values.out, json: values.json, quiet: values.quiet }, jobs, (c) =>
    bar?.increment(1, { file: basename(c.path) }),
  );
  bar?.stop();
  const planned: Planned[] = [];
  const json: IngestJson[] = [];
  for (const c of converted) {
    if (!c.ok) errors.push(c.error);
    else if (c.json) json.push(c.json);
    else planned.push({ path: c.path, file: c.file, target: c.target, text: c.text, summary: c.summary, sourceSha256: c.sourceSha256, photos: c.photos });
  }
  if (errors.length) fail([...errors, `没有写入任何报道（${errors.length} 个问题）。修正后重新运行。`], 1);
  if (values.json) {
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }

  // Two sources must not share a report, and a report of another source is never replaced.
  const byTarget = new Map<string, Pick<Planned, 'path'>>(unchanged.map((u) => [u.target, u]));
  const existing = new Map(planned.map((p) => [p.target, readExisting(p.target)]));
  for (const p of planned) {
    const other = byTarget.get(p.target);
    if (other) errors.push(`${p.path}: 与 ${other.path} 生成同一个报道文件 ${p.target}（同一日期、同一标题）；请删除重复的原文，或修改其中一篇的标题。`);
    byTarget.set(p.target, p);
    const old = existing.get(p.target);
    if (old?.sourceFile && old.sourceFile !== p.file) {
      errors.push(`${p.path}: 报道 ${p.target} 已属于另一篇原文 ${old.sourceFile}；请确认是否重复，或修改标题。`);
    }
    // A report ingest cannot read may hold corrections it cannot see: never replaced.
    if (old?.unreadable && values.force) {
      errors.push(`${p.target}: 无法读取现有报道，--force 不会覆盖它（其中的 factCorrections 会丢失）：${old.unreadable}。请先修正该文件（或删除它），再重新运行。`);
    }
    if (old && (values.force || !old.edited) && old.badCorrections.length) {
      errors.push(`${p.target}: factCorrections 格式不对（${old.badCorrections.join('；')}）；请先改正，--force 才能保留它们。`);
    }
  }
  if (errors.length) fail([...errors, `没有写入任何报道（${errors.length} 个问题）。`], 1);

  // Pass 2: write (several files at once: the disk, not the CPU, is the limit here).
  const counts = { written: 0, unchanged: unchanged.length, skipped: 0 };
  if (!values.quiet) for (const u of unchanged) io.out(`${u.file} → ${u.target}（未变化：原文与导入程序都没有改动，未重新转换）\n`);
  const writes: { target: string; text: string | Uint8Array }[] = [];
  /** Photos first: a report never names a photo that is not on disk yet. */
  const photoWrites: { target: string; text: Uint8Array }[] = [];
  let photosUnchanged = unchanged.reduce((n, u) => n + u.photos, 0);
  /** Reports ingest wrote or found identical this run: their photo folders are checked for files they no longer name. */
  const current: { target: string; text: string }[] = [];
  for (const p of planned) {
    const old = existing.get(p.target) ?? null;
    let text = p.text;
    let status = '已写入';
    if (old?.edited) {
      if (!values.force) {
        counts.skipped++;
        // Not ingest's output: convert (and protect) it again next time.
        delete manifest!.sources[p.file];
        io.err(
          old.unreadable
            ? `跳过：${p.target} 无法读取（${old.unreadable}），未覆盖；修正后才能重新生成。\n`
            : `跳过：${p.target} 已被手工修改，未覆盖（如需按原文重新生成，加 --force；其中的 factCorrections 会保留）。\n`,
        );
        continue;
      }
      status = '已覆盖手工修改';
    }
    // Staff fact corrections always survive a re-ingest.
    if (old?.factCorrections.length) text = (await ingestPath(p.path)).render(old.factCorrections);
    for (const photo of p.photos) {
      const target = join(values.out, photo.path);
      if (existsSync(target) && Buffer.compare(readFileSync(target), photo.bytes) === 0) photosUnchanged++;
      else photoWrites.push({ target, text: photo.bytes });
    }
    manifest!.sources[p.file] = entryFor(inputHash(p.path, p.sourceSha256), p.target, text, p.photos);
    current.push({ target: p.target, text });
    if (old && old.text === text) {
      counts.unchanged++;
      status = '未变化';
    } else {
      writes.push({ target: p.target, text });
      counts.written++;
    }
    if (!values.quiet) io.out(`${p.summary.join('\n').replace(/\n/, `（${status}）\n`)}\n\n`);
  }
  // A full disk or a read-only folder: one line naming the folder, not a stack trace.
  let writingTo = values.out;
  let stale: string[] = [];
  try {
    for (const dir of new Set([...photoWrites, ...writes].map((w) => dirname(w.target)))) {
      writingTo = dir;
      mkdirSync(dir, { recursive: true });
    }
    for (const batch of [photoWrites, writes]) {
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(WRITE_CONCURRENCY, batch.length) }, async () => {
          while (next < batch.length) {
            const w = batch[next++]!;
            writingTo = dirname(w.target);
            await writeAtomic(w.target, w.text);
          }
        }),
      );
    }
    // After the reports: no report names a photo removed here.
    writingTo = join(values.out, 'photos');
    stale = staleFiles(values.out, current);
    removeStale(values.out, stale);
    // After the reports: a manifest entry never claims a report that is not on disk yet.
    writingTo = ingestCacheDir();
    if (planned.length) await writeManifest(values.out, manifest!);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err;
    fail([fsErrorLine(err, writingTo, 'zh')], 1);
  }
  io.out(`共 ${planned.length + unchanged.length} 篇：写入 ${counts.written}，未变化 ${counts.unchanged}，跳过（手工修改）${counts.skipped}；输出目录 ${values.out}\n`);
  if (photoWrites.length || photosUnchanged || stale.length) io.out(`照片：写入 ${photoWrites.length}，未变化 ${photosUnchanged}${stale.length ? `，删除不再使用的 ${stale.length}` : ''}\n`);
  if (!values.quiet) for (const path of stale) io.out(`  已删除：${join(values.out, path)}（报道不再使用这张照片）\n`);
}
