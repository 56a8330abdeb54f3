// Probe (not committed): which callers spend the self time of given functions in a .cpuprofile.
import { readFileSync } from 'node:fs';
const [file, ...names] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file!, 'utf8'));
const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
const dt = p.timeDeltas as number[];
p.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const agg = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id);
  if (!names.includes(n.callFrame.functionName)) continue;
  const chain: string[] = [];
  let cur = parent.get(id);
  while (cur !== undefined && chain.length < 6) {
    const c = byId.get(cur).callFrame;
    chain.push(`${c.functionName || '(anon)'}@${c.url.split('/').slice(-2).join('/')}:${c.lineNumber}`);
    cur = parent.get(cur);
  }
  const key = `${n.callFrame.functionName} <- ${chain.join(' <- ')}`;
  agg.set(key, (agg.get(key) ?? 0) + us);
}
for (const [k, us] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((us / 1e6).toFixed(1), 's', k.slice(0, 400));
