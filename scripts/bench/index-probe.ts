/**
 * `node scripts/bench/index-probe.ts --pages N [--mode icu|pagefind|both] [--keep]`
 *
 * Profiles the search index alone: writes N report-like HTML pages (the generator's articles
 * in a `<main data-pagefind-body>`), then runs the project's `buildSearchIndex`
 * (src/search/build-index.ts) over them in a child process per segmentation mode, sampling the
 * memory of the Node process and of the Pagefind binary separately. Used to see how the index's
 * time and memory grow with pages, without waiting for a full site build.
 *
 * Mode "icu-year-shards" tries the shard idea: one Pagefind index per year (each in a
 * fresh Pagefind process, closed before the next starts), written to pagefind/<year>/, for the
 * search page to merge with mergeIndex. Its peak is the largest year's, not the whole site's.
 *
 * `--site <dist> [--reports-dir <reports>]` indexes an existing build instead (e.g. one kept by
 * `npm run bench -- --keep`); without --reports-dir no fact records are added, which shows
 * what the facts cost.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildArticle, loadSeedPool } from './generate-corpus.ts';
import { articleHtml } from './article-html.ts';
import { dirStats, formatBytes, formatTable, runMeasured } from './measure.ts';
import { findIndexDir } from './stages.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    mode: { type: 'string', default: 'both' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
    site: { type: 'string' },
    'reports-dir': { type: 'string' },
  },
});
const root = fileURLToPath(new URL('../../', import.meta.url));

if (values.child && values.mode === 'icu-year-shards') {
  const { createIndex, close } = await import('pagefind');
  const { htmlForIndex } = await import(join(root, 'src/search/html-for-index.ts'));
  const pagesDir = join(values.child, 'reports');
  const byYear = new Map<string, string[]>();
  for (const name of await readdir(pagesDir)) byYear.set(name.slice(0, 4), [...(byYear.get(name.slice(0, 4)) ?? []), name]);
  for (const [year, names] of [...byYear].sort()) {
    const { index } = await createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('Pagefind did not start');
    for (const name of names) {
      const html = await readFile(join(pagesDir, name, 'index.html'), 'utf8');
      await index.addHTMLFile({ url: `/reports/${name}/`, content: htmlForIndex(html) });
    }
    await index.writeFiles({ outputPath: join(values.child, 'pagefind', year) });
    await close();
    console.log(`shard ${year}: ${names.length} pages`);
  }
  process.exit(0);
}
if (values.child) {
  // Child: index the folder given, with the mode given, through the project's own code.
  const { buildSearchIndex } = await import(join(root, 'src/search/build-index.ts'));
  await buildSearchIndex({ siteDir: values.child, reportsDir: values['reports-dir'] ?? join(values.child, 'no-reports'), segmentation: values.mode, log: console.log });
  process.exit(0);
}

const n = Number(values.pages);
const modes = values.mode === 'both' ? ['icu', 'pagefind'] : values.mode!.split(',');
const tmp = await mkdtemp(join(tmpdir(), 'gaoxin-index-probe-'));
const site = values.site ?? join(tmp, 'site');
if (!values.site) {
  const pool = await loadSeedPool(join(root, 'content/sources'));
  for (let i = 0; i < n; i++) {
    const article = buildArticle(i, 1, pool);
    const dir = join(site, 'reports', `${article.date}-r${i}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), articleHtml(article));
  }
}
const rows: string[][] = [];
for (const mode of modes) {
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  const reportsArgs = values['reports-dir'] ? ['--reports-dir', values['reports-dir']] : [];
  const run = await runMeasured(process.execPath, [fileURLToPath(import.meta.url), '--child', site, '--mode', mode!, ...reportsArgs], { cwd: root });
  const indexDir = mode === 'icu-year-shards' ? join(site, 'pagefind') : await findIndexDir(site);
  const procs = Object.entries(run.total.perProcessKb).sort((a, b) => b[1] - a[1]);
  rows.push([
    mode!,
    values.site ? `${values.site}${values['reports-dir'] ? ' + facts' : ''}` : String(n),
    (run.wallMs / 1000).toFixed(1),
    (run.cpuMs / 1000).toFixed(1),
    formatBytes(run.total.peakTreeKb * 1024),
    procs.map(([p, kb]) => `${p} ${formatBytes(kb * 1024)} ${((run.total.perProcessCpuMs?.[p] ?? 0) / 1000).toFixed(1)} s`).slice(0, 2).join(', '),
    formatBytes(indexDir ? (await dirStats(indexDir)).bytes : null),
    run.code === 0 ? 'ok' : `exit ${run.code}: ${run.lines.slice(-2).map((l) => l.text).join(' | ')}`,
  ]);
}
console.log(formatTable(['mode', 'pages', 'wall s', 'cpu s', 'peak tree', 'peak per process', 'index', 'status'], rows));
if (values.keep) console.log(`Kept ${tmp}`);
else await rm(tmp, { recursive: true, force: true });
