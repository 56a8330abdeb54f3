/**
 * Measurement helpers for the benchmark: run a child process and sample the memory of its
 * whole process tree from /proc (no GNU time needed), timestamp its output lines so a stage
 * inside one process (the search index inside `astro build`) can be timed on its own, and
 * size output folders. Parsing is pure and unit-tested; the I/O wrappers are thin.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ProcStatus {
  name: string;
  ppid: number;
  /** Resident set size now, in KiB. */
  rssKb: number;
  /** Peak resident set size so far ("high water mark"), in KiB. */
  hwmKb: number;
  /** CPU time used so far (user + system), ms; 0 when unknown. */
  cpuMs?: number;
}

/** User + system CPU time in the text of /proc/<pid>/stat, ms. */
export function parseStatCpuMs(statText: string): number {
  const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) " the state is field 3; utime and stime are fields 14 and 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Parses the text of /proc/<pid>/status. */
export function parseProcStatus(text: string): ProcStatus {
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const kb = (key: string) => Number.parseInt(field(key), 10) || 0;
  return { name: field('Name'), ppid: Number.parseInt(field('PPid'), 10) || 0, rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** All processes under `root` (itself included), given each process's parent. */
export function descendants(parentOf: ReadonlyMap<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** One look at the live process tree under `root`. */
export function sampleTree(root: number): Map<number, ProcStatus> {
  const statuses = new Map<number, ProcStatus>();
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const st = parseProcStatus(readFileSync(`/proc/${entry}/status`, 'utf8'));
      statuses.set(Number(entry), st);
      parentOf.set(Number(entry), st.ppid);
    } catch {
      // The process ended between readdir and read.
    }
  }
  const tree = new Map<number, ProcStatus>();
  for (const pid of descendants(parentOf, root)) {
    const st = statuses.get(pid);
    if (!st) continue;
    let cpuMs = 0;
    try {
      cpuMs = parseStatCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // Ended meanwhile.
    }
    tree.set(pid, { ...st, name: labelOf(pid, st.name), cpuMs });
  }
  return tree;
}

/** A readable name for a process: "node astro.mjs" rather than the thread name "MainThread". */
function labelOf(pid: number, fallback: string): string {
  try {
    return processLabel(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)) || fallback;
  } catch {
    return fallback;
  }
}

/** "node astro.mjs build" → "node astro.mjs"; "/x/pagefind_extended --site d" → "pagefind_extended". */
export function processLabel(argv: readonly string[]): string {
  const base = (p: string) => p.split('/').at(-1) ?? p;
  const [exe, ...rest] = argv;
  if (!exe) return '';
  if (base(exe) !== 'node') return base(exe);
  const script = rest.find((a) => /\.(m|c)?(j|t)s$/.test(a)) ?? rest.find((a) => !a.startsWith('-'));
  return script ? `node ${base(script)}` : 'node';
}

export interface OutputLine {
  /** Milliseconds since the process started. */
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface PhaseMemory {
  /** Largest sum of RSS over the whole tree seen in a sample, KiB. */
  peakTreeKb: number;
  /** CPU time the tree used while in this phase, ms (from samples, so ± one interval). */
  cpuMs: number;
  /** Per process name: the largest VmHWM seen, KiB. */
  perProcessKb: Record<string, number>;
  /** Per process name: CPU time used in this phase, ms (from samples). */
  perProcessCpuMs?: Record<string, number>;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** CPU time (user + system) of the child and every descendant it waited for, ms. */
  cpuMs: number;
  lines: OutputLine[];
  /** Memory per phase name (the phase function decides which phase a sample belongs to). */
  phases: Record<string, PhaseMemory>;
  /** When each phase was first seen, ms since start. */
  phaseStartMs: Record<string, number>;
  /** Memory over the whole run. */
  total: PhaseMemory;
  /** Why the memory guard stopped the run, or null. */
  abortedFor: string | null;
}

/** MemAvailable from /proc/meminfo, KiB. */
export function memAvailableKb(text = readFileSync('/proc/meminfo', 'utf8')): number {
  return Number(/^MemAvailable:\s+(\d+)/m.exec(text)?.[1] ?? Number.POSITIVE_INFINITY);
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  intervalMs?: number;
  /** Echo the child's output with this prefix while it runs (null: stay quiet). */
  echoPrefix?: string | null;
  /**
   * Stop the run (kill its process group) when the machine's available memory falls below
   * this many KiB, so a runaway build cannot take the machine from other work. 0: never.
   */
  minAvailableKb?: number;
  /** Which phase a sample belongs to, from the output so far and the live process names. */
  phaseOf?: (lines: readonly OutputLine[], processNames: readonly string[]) => string;
}

function addSample(mem: PhaseMemory, tree: Map<number, ProcStatus>, lastCpu: Map<number, number>): void {
  const perCpu = (mem.perProcessCpuMs ??= {});
  for (const [pid, st] of tree) {
    const used = Math.max(0, (st.cpuMs ?? 0) - (lastCpu.get(pid) ?? 0));
    mem.cpuMs += used;
    perCpu[st.name] = (perCpu[st.name] ?? 0) + used;
  }
  let sum = 0;
  for (const st of tree.values()) {
    sum += st.rssKb;
    // A just-forked child has no memory of its own yet (and still shows the parent's name).
    if (st.hwmKb > 0) mem.perProcessKb[st.name] = Math.max(mem.perProcessKb[st.name] ?? 0, st.hwmKb);
  }
  mem.peakTreeKb = Math.max(mem.peakTreeKb, sum);
}

/**
 * CPU time of this process's reaped children (cutime + cstime in /proc/self/stat). Measured
 * around one child, it is that child's whole tree's CPU: unlike wall time it does not grow
 * when other work shares the machine's cores.
 */
export function childrenCpuMs(statText = readFileSync('/proc/self/stat', 'utf8')): number {
  const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}

/** Linux's USER_HZ: /proc times are in 1/100 s on every architecture Node runs on. */
const CLOCK_TICKS = 100;

const emptyMemory = (): PhaseMemory => ({ peakTreeKb: 0, cpuMs: 0, perProcessKb: {} });

/** Process groups of the runs under way, stopped if the benchmark itself is interrupted. */
const running = new Set<number>();
let handlersInstalled = false;
function stopRunningOnExit(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of running) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      process.exit(130);
    });
  }
}

/** Runs a command, sampling its process tree's memory every `intervalMs` until it exits. */
export function runMeasured(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  // Its own process group, so the memory guard can stop the whole tree at once.
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let abortedFor: string | null = null;
  stopRunningOnExit();
  if (child.pid !== undefined) running.add(child.pid);
  const lines: OutputLine[] = [];
  const phases: Record<string, PhaseMemory> = {};
  const phaseStartMs: Record<string, number> = {};
  const total = emptyMemory();
  const lastCpu = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = sampleTree(child.pid);
    if (tree.size === 0) return;
    if (opts.minAvailableKb && abortedFor === null) {
      const available = memAvailableKb();
      if (available < opts.minAvailableKb) {
        abortedFor = `stopped: only ${Math.round(available / 1024)} MB of memory left on the machine`;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    const phase = opts.phaseOf?.(lines, [...tree.values()].map((s) => s.name)) ?? 'run';
    phaseStartMs[phase] ??= performance.now() - started;
    addSample((phases[phase] ??= emptyMemory()), tree, lastCpu);
    addSample(total, tree, lastCpu);
    for (const [pid, st] of tree) lastCpu.set(pid, st.cpuMs ?? 0);
  };
  const timer = setInterval(sample, opts.intervalMs ?? 100);
  for (const stream of ['stdout', 'stderr'] as const) {
    let rest = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      const parts = (rest + chunk).split(/\r?\n|\r/);
      rest = parts.pop() ?? '';
      const t = performance.now() - started;
      for (const text of parts) {
        lines.push({ t, stream, text });
        if (opts.echoPrefix != null && text.trim()) process.stderr.write(`${opts.echoPrefix}${text}\n`);
      }
    });
    child[stream].on('end', () => {
      if (rest) lines.push({ t: performance.now() - started, stream, text: rest });
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      // What the kernel charged to the reaped tree is exact, but misses grandchildren the child
      // left behind (e.g. a service it did not wait for); the samples see those. Take the larger.
      total.cpuMs = Math.max(total.cpuMs, childrenCpuMs() - cpuBefore);
      resolve({ code, wallMs: performance.now() - started, cpuMs: total.cpuMs, lines, phases, phaseStartMs, total, abortedFor });
    });
    sample();
  });
}

export interface DirStats {
  bytes: number;
  files: number;
  htmlFiles: number;
}

/** Total size of the files under `dir` (0 when it does not exist). */
export async function dirStats(dir: string): Promise<DirStats> {
  const out: DirStats = { bytes: 0, files: 0, htmlFiles: 0 };
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    out.files++;
    if (e.name.endsWith('.html')) out.htmlFiles++;
    out.bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return out;
}

/** The span [first, last] of output-line times whose text matches, or null when none does. */
export function lineSpan(lines: readonly OutputLine[], match: RegExp): { startMs: number; endMs: number } | null {
  const hits = lines.filter((l) => match.test(l.text));
  if (hits.length === 0) return null;
  return { startMs: hits[0]!.t, endMs: hits.at(-1)!.t };
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '–';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

/** A plain-text table with columns padded to their widest cell (CJK characters count double). */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c + ' '.repeat(cols[i]! - width(c)) : ' '.repeat(cols[i]! - width(c)) + c)).join('  ');
  return [line(headers), cols.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
