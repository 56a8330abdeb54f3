/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) into where the time went: self time per
 * package (node_modules/<pkg>, the project's own src/… folders, node: internals, GC) and per
 * function. `npm run bench -- --profile` writes the Astro build's profile and prints this.
 */
import { readFile } from 'node:fs/promises';

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

/** The bucket a script URL belongs to: a package, a project folder, node internals or V8. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node: internals';
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(src\/[^/]+|scripts\/[^/]+|public\/[^/]+)/.exec(url);
  if (own) return own[1]!;
  return url.replace(/^file:\/\//, '');
}

/** Self time per node id, from the samples and their time deltas (µs → ms). */
function selfTimes(p: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  if (p.samples && p.timeDeltas) {
    p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas![i] ?? 0) / 1000));
  } else {
    const total = p.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
    const ms = (p.endTime - p.startTime) / 1000;
    for (const n of p.nodes) self.set(n.id, ((n.hitCount ?? 0) / total) * ms);
  }
  return self;
}

export function summarizeProfile(p: CpuProfile, top = 12): { total: number; byBucket: ProfileRow[]; byFunction: ProfileRow[] } {
  const self = selfTimes(p);
  const total = [...self.values()].reduce((s, v) => s + v, 0) || 1;
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const n of p.nodes) {
    const ms = self.get(n.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const bucket = bucketOf(url, functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${url ? `${bucket}:${lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { total, byBucket: rows(buckets), byFunction: rows(functions) };
}

export async function readProfile(file: string): Promise<CpuProfile> {
  return JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
}
