/**
 * `npm run bench:ingest [-- --sources N] [--format txt|docx|html]`: generates N synthetic sources from the two seeds
 * (titles and dates varied so every report gets its own name) in a temporary folder, runs the
 * ingest command in-process with --out another temporary folder, and prints sources/second
 * and peak memory (RSS). `--jobs n` is passed on to ingest (default: one thread per core). Everything is deleted afterwards. Target: ≥ 500 sources/s.
 * `--format docx` or `html` writes the same texts as Word documents or saved pages with one
 * photo each (scripts/bench-ingest-formats.ts): files per second per format.
 * `--rerun` then ingests the same folder again and times that run (nothing changed: every
 * source is skipped by the unchanged-sources manifest, photos included).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { benchPhoto, writeDocx, writeHtml, type BenchFormat } from './bench-ingest-formats.ts';

const { values } = parseArgs({ options: { sources: { type: 'string', default: '10000' }, jobs: { type: 'string' }, format: { type: 'string', default: 'txt' }, rerun: { type: 'boolean', default: false } } });
const format = values.format as BenchFormat;
if (!['txt', 'docx', 'html'].includes(format)) {
  console.error(`--format expects txt, docx or html, got "${values.format}"`);
  process.exit(2);
}
const n = Number(values.sources);
if (!Number.isInteger(n) || n < 1) {
  console.error(`--sources expects a positive whole number, got "${values.sources}"`);
  process.exit(2);
}

const seed000 = readFileSync('content/sources/000_2164ace071901f5d.txt', 'utf8');
const seed004 = readFileSync('content/sources/004_4d22831c33528974.txt', 'utf8');
const TITLE_000 = '# 以“新智慧教育”';
const TITLE_004 = '亮出督导真功夫 智慧教育竞芬芳';

function synthetic(i: number): string {
  const year = 2015 + (i % 12);
  if (i % 2 === 0) {
    // 000 infers year-month from the latest year it mentions.
    // The number goes first: slugs are cut at 80 characters, and this headline is long.
    return seed000.replace(TITLE_000, `# 第${i}期：以“新智慧教育”`).replaceAll('2024', String(year));
  }
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  return seed004
    .replace(TITLE_004, `${TITLE_004} 第${i}期`)
    .replace('2021年6月11日-14日', `${year}年${month}月${day}日-${day}日`);
}

const root = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  const src = join(root, 'sources');
  const out = join(root, 'reports');
  mkdirSync(src);
  const photo = format === 'txt' ? null : await benchPhoto();
  for (let i = 0; i < n; i++) {
    const name = `bench_${String(i).padStart(6, '0')}`;
    // Seed 004 has no `#` line: its headline is marked as the format would (Title style, <h1>).
    const title = i % 2 ? `${TITLE_004} 第${i}期` : null;
    if (format === 'docx') await writeDocx(join(src, `${name}.docx`), synthetic(i), photo!, title);
    else if (format === 'html') writeHtml(src, name, synthetic(i), photo!, title);
    else writeFileSync(join(src, `${name}.txt`), synthetic(i));
  }
  const rssBefore = process.memoryUsage().rss;
  const errors: string[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await runIngest(['--quiet', '--out', out, ...(values.jobs ? ['--jobs', values.jobs] : []), src], { out: () => {}, err: (t) => errors.push(t), tty: false });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${errors.slice(0, 3).join(' ')}`);
  const written = readdirSync(out).filter((f) => f.endsWith('.md')).length;
  if (written !== n) throw new Error(`expected ${n} reports, found ${written}`);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`sources:          ${n} (${format})`);
  console.log(`wall time:        ${seconds.toFixed(2)} s`);
  console.log(`sources/second:   ${(n / seconds).toFixed(0)}${format === 'txt' ? '  (target ≥ 500)' : ''}`);
  console.log(`CPU time:         ${cpuSeconds.toFixed(2)} s  (${(n / cpuSeconds).toFixed(0)} sources per CPU-second; wall time also counts waiting for disk and other processes)`);
  console.log(`peak RSS:         ${peakMb.toFixed(0)} MB  (before ingest ${(rssBefore / 1024 / 1024).toFixed(0)} MB)`);
  if (values.rerun) {
    const t1 = performance.now();
    const again = await runIngest(['--quiet', '--out', out, ...(values.jobs ? ['--jobs', values.jobs] : []), src], { out: () => {}, err: (t) => errors.push(t), tty: false });
    const rerun = (performance.now() - t1) / 1000;
    if (again !== 0) throw new Error(`re-run exited with ${again}: ${errors.slice(0, 3).join(' ')}`);
    console.log(`unchanged re-run: ${rerun.toFixed(2)} s (${(n / rerun).toFixed(0)} sources/second)`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
