import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  descendants,
  dirStats,
  formatBytes,
  formatTable,
  lineSpan,
  parseProcStatus,
  processLabel,
  runMeasured,
  parseStatCpuMs,
  childrenCpuMs,
  memAvailableKb,
} from '../../scripts/bench/measure.ts';

const STATUS = `Name:\tpagefind_extend
Umask:\t0022
State:\tS (sleeping)
Pid:\t4242
PPid:\t4200
VmPeak:\t 3200000 kB
VmHWM:\t 1843200 kB
VmRSS:\t  921600 kB
Threads:\t3
`;

describe('parseProcStatus', () => {
  it('reads name, parent, current and peak resident memory', () => {
    expect(parseProcStatus(STATUS)).toEqual({ name: 'pagefind_extend', ppid: 4200, rssKb: 921600, hwmKb: 1843200 });
  });
  it('gives 0 for kernel threads, which have no Vm lines', () => {
    expect(parseProcStatus('Name:\tkthreadd\nPPid:\t0\n')).toEqual({ name: 'kthreadd', ppid: 0, rssKb: 0, hwmKb: 0 });
  });
});

describe('descendants', () => {
  it('walks the whole tree under a root and nothing else', () => {
    const parentOf = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
      [21, 20],
    ]);
    expect(descendants(parentOf, 10).sort()).toEqual([10, 11, 12, 13]);
    expect(descendants(parentOf, 13)).toEqual([13]);
  });
});

describe('processLabel', () => {
  it('names node processes by their script and binaries by their file name', () => {
    expect(processLabel(['/work/main/node_modules/node/bin/node', '--max-old-space-size=4096', '/work/main/node_modules/astro/bin/astro.mjs', 'build'])).toBe('node astro.mjs');
    expect(processLabel(['/x/@pagefind/linux-x64/bin/pagefind_extended', '--service'])).toBe('pagefind_extended');
    expect(processLabel([])).toBe('');
  });
});

describe('runMeasured', () => {
  it('sees the peak memory of a child and of its own child, and timestamps their output', async () => {
    // The child fills 120 MB and starts a grandchild that fills 80 MB; both print a line.
    const grandchild = `const b=Buffer.alloc(80*1024*1024,1);console.log('grandchild',b[5]);setTimeout(()=>{},400);`;
    const child = `const {spawnSync}=require('node:child_process');const a=Buffer.alloc(120*1024*1024,1);console.log('child',a[7]);spawnSync(process.execPath,['-e',${JSON.stringify(grandchild)}],{stdio:'inherit'});`;
    const run = await runMeasured(process.execPath, ['-e', child], { intervalMs: 20, phaseOf: (lines) => (lines.some((l) => l.text.startsWith('grandchild')) ? 'late' : 'early') });
    expect(run.code).toBe(0);
    expect(run.lines.map((l) => l.text)).toEqual(['child 1', 'grandchild 1']);
    expect(run.lines[1]!.t).toBeGreaterThanOrEqual(run.lines[0]!.t);
    expect(run.total.peakTreeKb).toBeGreaterThan(190 * 1024);
    const peaks = Object.values(run.total.perProcessKb).sort((a, b) => b - a);
    expect(peaks[0]).toBeGreaterThan(120 * 1024);
    expect(peaks[1]).toBeGreaterThan(80 * 1024);
    expect(run.phases.late!.peakTreeKb).toBeGreaterThan(190 * 1024);
    expect(run.phaseStartMs.early).toBeLessThan(run.phaseStartMs.late!);
    expect(run.wallMs).toBeGreaterThan(400);
    // Filling 200 MB takes measurable CPU; the sampled phases add up to about the exact total.
    expect(run.cpuMs).toBeGreaterThan(20);
    const sampled = run.phases.early!.cpuMs + run.phases.late!.cpuMs;
    expect(sampled).toBeLessThanOrEqual(run.cpuMs + 50);
  });

  it('charges CPU time to the child that burns it', async () => {
    // A fixed amount of work, not a wall-clock spin: on a loaded machine a timed spin gets
    // less CPU, but this loop needs the same CPU however long it waits for a core.
    const idle = await runMeasured(process.execPath, ['-e', '0']);
    const busy = await runMeasured(process.execPath, ['-e', 'let x=0;for(let i=0;i<4e8;i++)x=(x+i)|0;if(x===42)console.log(x)']);
    expect(busy.cpuMs).toBeGreaterThan(idle.cpuMs + 100);
  });

  it('stops the whole tree when the machine runs short of memory', async () => {
    // A threshold above any machine's memory trips the guard at the first sample.
    const child = `require('node:child_process').spawn(process.execPath,['-e','setTimeout(()=>{},20000)'],{stdio:'inherit'});setTimeout(()=>{},20000);`;
    const run = await runMeasured(process.execPath, ['-e', child], { intervalMs: 50, minAvailableKb: Number.MAX_SAFE_INTEGER });
    expect(run.abortedFor).toMatch(/^stopped: only \d+ MB of memory left/);
    expect(run.code).not.toBe(0);
    // Stopped, not waited for: the tree would have run 20 s. No tighter bound, since how fast
    // a loaded machine starts Node is not what this tests.
    expect(run.wallMs).toBeLessThan(20_000);
  });

  it('reports a failing command by its exit code', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'process.exit(3)']);
    expect(run.code).toBe(3);
  });
});

describe('memAvailableKb', () => {
  it('reads MemAvailable from /proc/meminfo', () => {
    expect(memAvailableKb('MemTotal:       24576000 kB\nMemFree:         1000 kB\nMemAvailable:   18874368 kB\n')).toBe(18874368);
  });
});

describe('/proc stat parsing', () => {
  // A real line's shape: the command name may contain spaces and parentheses.
  const stat = '4242 (node (astro) x) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 31 7 3 20 0 11 0 1000 0 0';
  it('reads a process’s own user + system time', () => {
    expect(parseStatCpuMs(stat)).toBe(2810);
  });
  it('reads the reaped children’s user + system time', () => {
    expect(childrenCpuMs(stat)).toBe(100);
  });
});

describe('dirStats', () => {
  it('adds up file sizes and counts HTML pages, and is zero for a missing folder', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'bench-dir-'));
    try {
      await mkdir(join(tmp, 'a/b'), { recursive: true });
      await writeFile(join(tmp, 'index.html'), 'x'.repeat(100));
      await writeFile(join(tmp, 'a/b/index.html'), 'y'.repeat(50));
      await writeFile(join(tmp, 'a/style.css'), 'z'.repeat(7));
      expect(await dirStats(tmp)).toEqual({ bytes: 157, files: 3, htmlFiles: 2 });
      expect(await dirStats(join(tmp, 'nope'))).toEqual({ bytes: 0, files: 0, htmlFiles: 0 });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

describe('formatting', () => {
  it('formats byte counts with binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
    expect(formatBytes(null)).toBe('–');
  });
  it('pads columns, counting CJK characters as two columns wide', () => {
    const t = formatTable(['stage', 'wall s'], [['索引', '1.0'], ['astro build', '12.5']]).split('\n');
    expect(t).toEqual(['stage        wall s', '-----------  ------', '索引            1.0', 'astro build    12.5']);
  });
  it('finds the time span of matching output lines', () => {
    const lines = [
      { t: 5, stream: 'stdout' as const, text: 'a' },
      { t: 9, stream: 'stdout' as const, text: '[pagefind] start' },
      { t: 30, stream: 'stderr' as const, text: '[pagefind] done' },
    ];
    expect(lineSpan(lines, /pagefind/)).toEqual({ startMs: 9, endMs: 30 });
    expect(lineSpan(lines, /nothing/)).toBeNull();
  });
});
