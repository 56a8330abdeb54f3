import { readFileSync, readdirSync } from 'node:fs';
import { ingestSource } from './src/ingest/ingest.ts';
const dir = process.argv[2]!;
for (const n of readdirSync(dir).sort()) {
  let j;
  try { j = ingestSource('raw.txt', readFileSync(`${dir}/${n}/raw.txt`)).json; } catch { continue; }
  const p = j.paragraphs;
  console.log(n.padEnd(12), j.draftReasons.length ? 'D' : 'P', (j.title ?? '').length, '|', (p[0] ?? '').slice(0, 30), '|...|', (p[p.length - 1] ?? '').slice(-40));
}
