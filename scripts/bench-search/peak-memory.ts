/**
 * Samples the resident memory of this process and of its children (the Pagefind binary, one per
 * index shard) and keeps the peaks, in MB, plus the children's CPU seconds (the last value seen
 * for each child, so a child that ends between samples loses at most one interval).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function rssOf(pid: string): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Children of `pid` with their CPU seconds so far. */
function childrenOf(pid: number): { pid: string; cpu: number }[] {
  const out: { pid: string; cpu: number }[] = [];
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === pid) out.push({ pid: p, cpu: (Number(f[11]) + Number(f[12])) / TICKS });
    } catch { /* gone */ }
  }
  return out;
}

export function measurePeakRss(intervalMs = 250): { stop: () => { self: number; child: number; childCpu: number } } {
  let self = 0, child = 0;
  const cpu = new Map<string, number>();
  const sample = (): void => {
    self = Math.max(self, process.memoryUsage.rss() / 1048576);
    const kids = childrenOf(process.pid);
    for (const k of kids) cpu.set(k.pid, k.cpu);
    child = Math.max(child, kids.reduce((s, k) => s + rssOf(k.pid), 0));
  };
  const t = setInterval(sample, intervalMs);
  return { stop: () => { sample(); clearInterval(t); return { self, child, childCpu: [...cpu.values()].reduce((a, b) => a + b, 0) }; } };
}
