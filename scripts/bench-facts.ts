/**
 * `node scripts/bench-facts.ts [--seconds 3]`: speed of the fact extractor alone, on the
 * seeds' paragraphs and box items (as `ingest --json` gives them). Prints microseconds per
 * paragraph and per source; run with `node --cpu-prof` to find hot spots.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/facts/extract.ts';
import { seedParagraphs } from './score-facts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--seconds');
const seconds = i > 0 ? Number(process.argv[i + 1]) : 3;

const sources = readdirSync(path.join(ROOT, 'content/sources'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => seedParagraphs(path.join(ROOT, 'content/sources', f)).paragraphs);
const paragraphs = sources.reduce((n, s) => n + s.length, 0);

// Warm up (JIT), then run whole sources until the time is up.
for (let k = 0; k < 200; k++) for (const s of sources) extractFacts(s);
let rounds = 0;
let facts = 0;
// CPU time as well as wall time: the machine is shared, and CPU time is what other work does not inflate much.
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const until = t0 + BigInt(Math.round(seconds * 1e9));
while (process.hrtime.bigint() < until) {
  for (const s of sources) facts += extractFacts(s).length;
  rounds++;
}
const us = Number(process.hrtime.bigint() - t0) / 1e3;
const cpu = process.cpuUsage(cpu0);
const cpuUs = cpu.user + cpu.system;
console.log(`${sources.length} sources, ${paragraphs} paragraphs, ${facts / rounds} facts per round, ${rounds} rounds`);
console.log(`wall: ${(us / (rounds * paragraphs)).toFixed(1)} µs per paragraph, ${(us / (rounds * sources.length)).toFixed(0)} µs per source`);
console.log(`CPU:  ${(cpuUs / (rounds * paragraphs)).toFixed(1)} µs per paragraph, ${(cpuUs / (rounds * sources.length)).toFixed(0)} µs per source`);
