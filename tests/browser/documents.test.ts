/**
 * A report ingested from a Word document with photos (issue 11), built by the real site:
 * its figures show the photos as AVIF and WebP <picture>s with width and height and a blurred
 * placeholder, and its Open Graph image is made from the first photo.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { launchBrowser, reportsOnDisk, type ReportOnDisk } from '../site/browser-helpers.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let word: ReportOnDisk;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  const found = (await reportsOnDisk(inject('reportsDir'))).find((r) => r.report.source.file === 'word-article.docx');
  if (!found) throw new Error('the Word fixture was not ingested into the reports folder');
  word = found;
});

afterAll(async () => {
  await browser?.close();
});

/** The average colour of a 20×20 corner of an image, as [r, g, b]. */
async function cornerColour(bytes: Buffer): Promise<number[]> {
  const { data } = await sharp(bytes).extract({ left: 0, top: 0, width: 20, height: 20 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 3) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
  return sum.map((v) => v / (data.length / 3));
}

describe('report from a Word document with photos', () => {
  test('its three figures show optimised photos with size and placeholder; the Open Graph image is the first photo', async () => {
    expect(word.report.figures.map((f) => f.image)).toEqual([1, 2, 3].map((n) => `./photos/${word.slug}/0${n}.${n === 3 ? 'png' : 'jpg'}`));
    const page = await context.newPage();
    const res = await page.goto(`${base}/reports/${word.slug}/`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    for (const [i, fig] of word.report.figures.entries()) {
      const figure = page.locator(`figure#${fig.id}`);
      expect(await figure.locator('source[type="image/avif"]').count(), fig.id).toBe(1);
      expect(await figure.locator('source[type="image/webp"]').count(), fig.id).toBe(1);
      const img = figure.locator('picture img');
      expect(Number(await img.getAttribute('width')), fig.id).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height')), fig.id).toBeGreaterThan(0);
      expect(await img.getAttribute('alt')).toBe(fig.caption);
      expect(await figure.locator('img.photo-placeholder').getAttribute('src'), fig.id).toMatch(/^data:image\/webp;base64,/);
      expect(await figure.textContent()).toContain(fig.caption);
      if (i === 0) {
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
      }
    }
    const og = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(og).toBeTruthy();
    const ogBytes = Buffer.from(await (await fetch(base + new URL(og!).pathname)).arrayBuffer());
    const meta = await sharp(ogBytes).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
    // The first photo's field colour (#bc6c25), not the second's (#606c38) or the third's (#283618).
    const [r, g, b] = await cornerColour(ogBytes);
    expect(Math.abs(r! - 0xbc) + Math.abs(g! - 0x6c) + Math.abs(b! - 0x25)).toBeLessThan(30);
    await page.close();
  });
});
