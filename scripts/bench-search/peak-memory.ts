/** Samples the resident memory of this process and of its children (the Pagefind binary) and keeps the peaks, in MB. */
import { readdirSync, readFileSync } from 'node:fs';

function rssOf(pid: string): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): string[] {
  const out: string[] = [];
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(p);
    } catch { /* gone */ }
  }
  return out;
}

export function measurePeakRss(intervalMs = 250): { stop: () => { self: number; child: number } } {
  let self = 0, child = 0;
  const sample = (): void => {
    self = Math.max(self, process.memoryUsage.rss() / 1048576);
    child = Math.max(child, childrenOf(process.pid).reduce((s, p) => s + rssOf(p), 0));
  };
  const t = setInterval(sample, intervalMs);
  return { stop: () => { sample(); clearInterval(t); return { self, child }; } };
}
