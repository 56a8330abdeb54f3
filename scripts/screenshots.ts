/**
 * `node scripts/screenshots.ts DIST OUT`: full-page screenshots of every page type of a built
 * site at 390 px and 1280 px wide, for people to look at (the browser tests check the same
 * pages by assertion). Search and 成果库 pages are taken with a query and their filters open.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/site/browser-helpers.ts';
import { serveStatic } from '../tests/browser/global-setup.ts';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: node scripts/screenshots.ts DIST OUT');
  process.exit(2);
}
await mkdir(out, { recursive: true });
const { server, url } = await serveStatic(path.resolve(dist));
const firstReport = async (): Promise<string> => {
  const { readdir } = await import('node:fs/promises');
  const slugs = (await readdir(path.join(dist, 'reports'))).sort();
  return `/reports/${slugs.find((s) => s.startsWith('2024-09')) ?? slugs[0]}/`;
};
const pages: [string, string, ((p: import('playwright-core').Page) => Promise<void>)?][] = [
  ['home', '/'],
  ['report', await firstReport()],
  ['topics', '/topics/'],
  ['topic', '/topics/qita/'],
  ['year', '/years/2022/'],
  ['chengguo', '/chengguo/'],
  ['chengguo-year', '/chengguo/2024/?q=一等奖', async (p) => { await p.waitForSelector('#cg-rows tr'); }],
  ['search', '/search/?q=一等奖', async (p) => { await p.waitForSelector('.sr-result', { timeout: 20_000 }); }],
  ['search-facts', '/search/?q=一等奖&tab=facts', async (p) => {
    await p.waitForSelector('.sr-result', { timeout: 20_000 });
    await p.waitForFunction(() => document.getElementById('sr-results')?.getAttribute('aria-busy') === 'false');
  }],
  ['about', '/about/'],
  ['404', '/no-such-page/'],
];
const browser = await launchBrowser();
for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
  for (const [name, p, ready] of pages) {
    const page = await ctx.newPage();
    await page.goto(url + p, { waitUntil: 'load' });
    if (ready) await ready(page).catch((e) => console.error(`${name}: ${e}`));
    await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
    await page.screenshot({ path: path.join(out, `${name}-${width}-screen.png`) });
    await page.close();
  }
  await ctx.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
