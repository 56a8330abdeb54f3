// One-off: one page shard (2024-H1 of the kept 10,000-report build) indexed with several chunk sizes:
// its page table (pf_meta) and its index chunks, gzip as served (Pagefind's files are gzip already).
import { readdirSync, statSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildShard } from '../src/search/build-shard.ts';
const dist = process.argv[2]!, reportsDir = process.argv[3]!;
const slugs = readdirSync(join(dist, 'reports')).filter((s) => /^2024-0[1-6]/.test(s));
const pages = slugs.map((slug) => ({ file: join(dist, 'reports', slug, 'index.html'), url: `/reports/${slug}/` }));
for (const chunk of (process.argv[4] ?? '2558,6000,12000').split(',').map(Number)) {
  const out = mkdtempSync(join(tmpdir(), 'chunk-probe-'));
  const t0 = performance.now();
  await buildShard({ mode: 'icu', chunk, pages, reportsDir, reports: [], outputPath: out, concurrency: 8 });
  const meta = readdirSync(out).filter((f) => f.endsWith('.pf_meta')).map((f) => statSync(join(out, f)).size)[0];
  const chunks = readdirSync(join(out, 'index')).map((f) => statSync(join(out, 'index', f)).size).sort((a, b) => a - b);
  const med = chunks[Math.floor(chunks.length / 2)], max = chunks.at(-1);
  console.log(`chunk ${chunk}: ${pages.length} pages, pf_meta ${(meta! / 1024).toFixed(1)} KB, ${chunks.length} chunks (median ${(med! / 1024).toFixed(1)} KB, max ${(max! / 1024).toFixed(1)} KB), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
