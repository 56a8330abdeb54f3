/**
 * `node scripts/desk-screenshots.ts OUT`: full-page screenshots of the review desk at 390 px and
 * 1280 px, for people to look at (tests/browser/desk.test.ts checks the same pages by
 * assertion): the list, the draft with its reason open, the same draft ready after its date is
 * filled in, and the seed report with warnings beside its source.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/site/browser-helpers.ts';
import { deskFixture } from '../tests/desk/desk-fixture.ts';
import { startDesk } from '../src/desk/server.ts';

const [out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/desk-screenshots.ts OUT');
  process.exit(2);
}
await mkdir(out, { recursive: true });
const fx = await deskFixture();
const desk = await startDesk({ reports: fx.reports, sources: fx.sources }, 0);
const draftPage = `/report/${encodeURIComponent(fx.draft)}`;
const warned = (await import('node:fs')).readdirSync(fx.reports).find((f) => f.endsWith('.md') && f !== fx.draft)!;
const fixDate = async () => {
  const file = path.join(fx.reports, fx.draft);
  await writeFile(file, (await readFile(file, 'utf8')).replace('date: null', 'date: "2023-05-20"').replace('datePrecision: null', 'datePrecision: day'));
};
const shots: [string, string, (() => Promise<void>)?][] = [
  ['desk-list', '/'],
  ['desk-draft', draftPage],
  ['desk-warned', `/report/${encodeURIComponent(warned)}`],
  ['desk-ready', draftPage, fixDate],
];
const browser = await launchBrowser();
for (const [name, p, before] of shots) {
  if (before) await before();
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
    await page.goto(desk.url + p, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
    await page.screenshot({ path: path.join(out, `${name}-${width}-screen.png`) });
    await page.close();
  }
}
await browser.close();
await desk.close();
console.log(`screenshots in ${out}`);
