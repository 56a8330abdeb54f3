/**
 * `node scripts/bench-chengguo.ts [--reports 10000]`: how heavy the 成果库 gets at scale.
 * Generates the benchmark corpus's articles in memory (scripts/bench/generate-corpus.ts),
 * runs the real fact extractor on their paragraphs and box items, and prints per-year data
 * sizes (what a /chengguo/<year>/ page fetches, raw and gzip), the largest year page's
 * select options, the CSV/JSON export sizes, and the time taken. No Astro build: the page
 * chrome (HTML + CSS + script) is measured on the test build and printed alongside.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticle, loadSeedPool } from './bench/generate-corpus.ts';
import { extractFacts, type FactParagraph } from '../src/facts/extract.ts';
import { achievementsCsv, allAchievements, exportRow, type AchievementSource } from '../src/lib/chengguo/achievements.ts';
import { byYear, yearPayload } from '../src/lib/chengguo/chengguo-data.ts';
import { boxItemAnchor, paragraphAnchor } from '../src/facts/anchors.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv.indexOf('--reports');
const n = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
if (!Number.isInteger(n) || n <= 0) {
  console.error(`--reports: expected a positive whole number, found "${process.argv[arg + 1]}". Example: --reports 10000`);
  process.exit(1);
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const t0 = performance.now();
const pool = await loadSeedPool(path.join(ROOT, 'content/sources'));
const reports: AchievementSource[] = [];
for (let i = 0; i < n; i++) {
  const a = buildArticle(i, 1, pool);
  const paragraphs: FactParagraph[] = [];
  for (const s of a.sections) for (const b of s.blocks) if (b.kind === 'p') paragraphs.push({ anchor: paragraphAnchor(paragraphs.length + 1), text: b.text, inBox: false });
  a.box?.items.forEach((it, k) => paragraphs.push({ anchor: boxItemAnchor(1, k + 1), text: it.text, inBox: true, label: it.label }));
  const slug = `${a.date}-bench-${String(i + 1).padStart(5, '0')}`;
  reports.push({ slug, url: `/reports/${slug}/`, date: a.date, dateLabel: a.date, year: a.date.slice(0, 4), data: { title: a.title, topics: [], facts: extractFacts(paragraphs) } });
}
const tExtract = performance.now() - t0;
const all = allAchievements(reports);
const years = byYear(all);
console.log(`${n} reports, ${all.length} facts (${(all.length / n).toFixed(1)} per report), ${years.size} years; extraction ${(tExtract / 1000).toFixed(1)} s`);
console.log('year   facts  reports  data.json raw  gzip    report <select> raw');
let worst = 0;
for (const [year, rows] of years) {
  const json = JSON.stringify(yearPayload(year, rows));
  const gz = gzipSync(json).length;
  worst = Math.max(worst, gz);
  const titles = new Map(rows.map((r) => [r.reportSlug, r]));
  const options = [...titles.values()].map((r) => `<option value="${r.url.split('#')[0]}">${r.reportTitle}</option>`).join('');
  console.log(`${year.padEnd(7)}${String(rows.length).padStart(5)}  ${String(titles.size).padStart(7)}  ${kb(Buffer.byteLength(json)).padStart(13)}  ${kb(gz).padStart(6)}  ${kb(Buffer.byteLength(options)).padStart(8)} (gzip ${kb(gzipSync(options).length)})`);
}
const csv = achievementsCsv(all, 'https://edu.example/');
const json = JSON.stringify(all.map((a) => exportRow(a, 'https://edu.example/')));
console.log(`largest year data.json gzip: ${kb(worst)}`);
console.log(`/achievements.csv ${kb(Buffer.byteLength(csv))} (gzip ${kb(gzipSync(csv).length)}), /achievements.json ${kb(Buffer.byteLength(json))} (gzip ${kb(gzipSync(json).length)})`);
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
