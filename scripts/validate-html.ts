/**
 * `node scripts/validate-html.ts DIST`: the Nu HTML checker (vnu-jar, needs Java) on one page of
 * every type of a built site, as written and as the browser shows it after its script ran (the
 * search page with results and filters open, its 数据 tab, a 成果库 year filtered with its
 * filters open), and the review desk's pages (list, a draft, a report with warnings) on the
 * desk's test folders (tests/desk/desk-fixture.ts).
 * Prints each message; exits 1 on any error. Without Java it says so and exits 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launchBrowser } from '../tests/site/browser-helpers.ts';
import { serveStatic } from '../tests/browser/global-setup.ts';
import { deskFixture } from '../tests/desk/desk-fixture.ts';
import { startDesk } from '../src/desk/server.ts';

/** The jar's path (the package exports it as a string; it has no types). */
const vnu = String(createRequire(import.meta.url)('vnu-jar'));
const dist = path.resolve(process.argv[2] ?? 'dist');
if (spawnSync('java', ['-version']).status !== 0) {
  console.error('validate-html: no Java found (the Nu checker is a Java program); install a JRE, e.g. apt-get install default-jre-headless');
  process.exit(2);
}
const reports = (await readdir(path.join(dist, 'reports'))).sort();
const topics = (await readdir(path.join(dist, 'topics'))).filter((t) => !t.endsWith('.html')).sort();
const years = (await readdir(path.join(dist, 'years'))).filter((t) => !t.endsWith('.html')).sort();
const cg = (await readdir(path.join(dist, 'chengguo'))).filter((t) => /^\d{4}$/.test(t)).sort();
const pages = [
  '/', ...reports.slice(0, 3).map((r) => `/reports/${r}/`), '/topics/', `/topics/${topics[0]}/`, '/years/', `/years/${years[0]}/`,
  '/chengguo/', `/chengguo/${cg.at(-1)}/`, '/search/', '/about/', '/404.html',
];
const out = await mkdtemp(path.join(tmpdir(), 'vnu-'));
const files: string[] = [];
for (const p of pages) files.push(path.join(dist, p.endsWith('.html') ? p : `${p}index.html`));

// The same pages after their scripts ran, as the browser's DOM.
const { server, url } = await serveStatic(dist);
const browser = await launchBrowser();
const live: [string, string, (pg: import('playwright-core').Page) => Promise<void>][] = [
  ['search-live.html', '/search/?q=一等奖', async (pg) => {
    await pg.waitForSelector('#sr-results > li', { timeout: 20_000 });
    await pg.locator('#sr-filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  }],
  ['search-facts-live.html', '/search/?q=一等奖&tab=facts', async (pg) => {
    await pg.waitForSelector('#sr-results > li.sr-fact', { timeout: 20_000 });
    await pg.waitForFunction(() => document.getElementById('sr-results')?.getAttribute('aria-busy') === 'false');
  }],
  ['chengguo-live.html', `/chengguo/${cg.at(-1)}/?q=一等奖`, async (pg) => {
    await pg.waitForFunction(() => /筛选出/.test(document.getElementById('cg-count')?.textContent ?? ''));
  }],
];
for (const [name, p, ready] of live) {
  const page = await browser.newPage();
  await page.goto(url + p);
  await ready(page);
  const file = path.join(out, name);
  await writeFile(file, `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`);
  files.push(file);
  await page.close();
}
// The review desk, served from its test folders (a draft made by the real ingest, a warned report).
const fx = await deskFixture();
const desk = await startDesk({ reports: fx.reports, sources: fx.sources }, 0);
const warned = (await readdir(fx.reports)).find((f) => f.endsWith('.md') && f !== fx.draft)!;
for (const [name, p] of [['desk-list.html', '/'], ['desk-draft.html', `/report/${encodeURIComponent(fx.draft)}`], ['desk-warned.html', `/report/${encodeURIComponent(warned)}`]] as const) {
  const page = await browser.newPage();
  const res = await page.goto(desk.url + p);
  // As served (the desk has no script, so its DOM is its HTML).
  const file = path.join(out, name);
  await writeFile(file, (await res?.text()) ?? '');
  files.push(file);
  await page.close();
}
await desk.close();
await browser.close();
server.close();

const r = spawnSync('java', ['-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
const messages = (JSON.parse(r.stderr || '{"messages":[]}').messages ?? []) as { type: string; subType?: string; url: string; lastLine?: number; message: string }[];
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of messages) console.log(`${m.type}${m.subType ? `/${m.subType}` : ''} ${m.url.replace(/^file:/, '')}:${m.lastLine ?? ''} ${m.message}`);
console.log(`Nu HTML checker: ${files.length} documents, ${errors.length} errors, ${messages.length - errors.length} warnings/info`);
process.exit(errors.length ? 1 : 0);
