/**
 * The review desk (npm run desk) in headless Chromium at 390 and 1280 px: the list, a draft's
 * reasons and its source lines with the removed ones marked, the ready state once the file is
 * fixed, publishing (refused when the file changed since it was shown, then done), forged
 * writes refused, its CSP passed, axe clean, and no desk page in the built site.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../site/browser-helpers.ts';
import { DESK_CSP, startDesk, type DeskServer } from '../../src/desk/server.ts';
import { readReportFile } from '../../src/lib/report-file.ts';
import { deskFixture, type DeskFixture } from '../desk/desk-fixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records CSP complaints and any dialog a script would open. */
async function open(width: number, bypassCSP = false): Promise<{ page: Page; csp: string[]; dialogs: string[] }> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP });
  const page = await ctx.newPage();
  const csp: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, csp, dialogs };
}

/** A raw POST to the desk with the headers a forged request would send. */
function post(url: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

for (const width of [390, 1280]) {
  describe(`the desk at ${width} px`, () => {
    let fx: DeskFixture;
    let desk: DeskServer;
    beforeAll(async () => {
      fx = await deskFixture();
      desk = await startDesk({ reports: fx.reports, sources: fx.sources }, 0);
    });
    afterAll(async () => {
      await desk?.close();
    });

    test('lists the draft and the report with warnings, with their reasons, under its CSP', async () => {
      const { page, csp } = await open(width);
      const res = await page.goto(`${desk.url}/`);
      expect(res?.headers()['content-security-policy']).toBe(DESK_CSP);
      expect(desk.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const items = page.locator('.desk-list > li');
      expect(await items.count()).toBe(2);
      // Newest first: the dated report with warnings, then the undated draft.
      expect(await items.nth(0).locator('.badge').innerText()).toBe('已发布 · 有提醒');
      expect(await items.nth(0).innerText()).toContain('请确认没有误删正文');
      expect(await items.nth(1).locator('.badge').innerText()).toBe('草稿 · 待修改');
      expect(await items.nth(1).innerText()).toContain('无法确定发布日期');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(csp).toEqual([]);
      await page.context().close();
    });

    test("a draft's detail: its reason open, the source beside the result with removed lines marked, the script text inert", async () => {
      const { page, csp, dialogs } = await open(width);
      await page.goto(`${desk.url}/report/${encodeURIComponent(fx.draft)}`);
      expect(await page.locator('h1').innerText()).toBe('银杏坡小学举办校园天文观测周活动');
      expect(await page.locator('.reasons li').innerText()).toMatch(/^还没改\s*无法确定发布日期/);
      expect(await page.locator('form.publish').count()).toBe(0);
      expect(await page.locator('#publish ~ p, section:has(#publish)').first().innerText()).toMatch(/第 2–4 行/);
      const removed = page.locator('.source-lines li.removed');
      expect(await removed.count()).toBe(2);
      expect(await page.locator('#line-1').innerText()).toMatch(/删去：页面路径\s*首页 > 教育动态 > 正文/);
      expect(await page.locator('#line-9').innerText()).toMatch(/删去：页面按钮\s*扫一扫关注我们/);
      expect(await page.locator('#line-4.removed').count()).toBe(0);
      expect(await page.locator('#line-5').innerText()).toBe('<script>alert("desk")</script>');
      expect(await page.locator('.result dd').first().innerText()).toBe('银杏坡小学举办校园天文观测周活动');
      expect(await page.locator('#facts').innerText()).toBe('数据（3 条）');
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      expect(dialogs).toEqual([]);
      expect(csp).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });

    test('fixing the date makes the draft ready; a publish is refused if the file changed, then done', async () => {
      const file = path.join(fx.reports, fx.draft);
      const original = await readFile(file, 'utf8');
      const fixed = original.replace('date: null', 'date: "2023-05-20"').replace('datePrecision: null', 'datePrecision: day');
      await writeFile(file, fixed);
      const { page } = await open(width);
      await page.goto(`${desk.url}/`);
      expect(await page.locator('.desk-list > li', { hasText: fx.draft }).locator('.badge').innerText()).toBe('草稿 · 可以发布');
      await page.goto(`${desk.url}/report/${encodeURIComponent(fx.draft)}`);
      expect(await page.locator('.reasons li').innerText()).toMatch(/^已改好/);
      // Someone edits the file while the page is open: the desk must not write over it.
      const edited = fixed.replace('王小明', '王晓明');
      await writeFile(file, edited);
      await page.getByRole('button', { name: '发布这篇报道' }).click();
      expect(await page.locator('.notice').innerText()).toContain('文件在本页打开之后被改动过');
      expect(await readFile(file, 'utf8')).toBe(edited);
      // Shown again, it publishes: exactly the draft lines go.
      await page.getByRole('button', { name: '发布这篇报道' }).click();
      expect(await page.locator('.notice').innerText()).toContain('已发布');
      const after = await readFile(file, 'utf8');
      expect(after).toBe(edited.replace(/^draft: true\ndraftReasons:\n  - .*\n/m, ''));
      const read = readReportFile(fx.draft, after);
      expect(read.ok && read.report.draft).toBe(false);
      expect(await page.locator('.item-head .badge').innerText()).toBe('已发布 · 有提醒');
      await page.context().close();
    });

    test('forged writes are refused: another origin, another Host name', async () => {
      // A draft with every reason fixed, so its page has the publish form.
      const ready = (await readFile(path.join(fx.reports, fx.draft), 'utf8'))
        .replace(/^draft: true\ndraftReasons:\n(  - .*\n)*/m, '')
        .replace('date: null', 'date: "2023-05-20"')
        .replace('datePrecision: null', 'datePrecision: day')
        .replace(/^---\n/, '---\ndraft: true\n');
      await writeFile(path.join(fx.reports, 'forged.md'), ready);
      const before = await readFile(path.join(fx.reports, 'forged.md'), 'utf8');
      const html = await (await fetch(`${desk.url}/report/forged.md`)).text();
      const form = new URLSearchParams([...html.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      expect(form.get('token')).toMatch(/^[0-9a-f]{48}$/);
      expect(await post(`${desk.url}/publish`, { Origin: 'https://evil.example' }, form.toString())).toBe(403);
      expect(await post(`${desk.url}/publish`, { Host: 'evil.example' }, form.toString())).toBe(421);
      form.set('token', '0'.repeat(48));
      expect(await post(`${desk.url}/publish`, {}, form.toString())).toBe(403);
      expect(await readFile(path.join(fx.reports, 'forged.md'), 'utf8')).toBe(before);
    });

    test('axe finds nothing on the list and on a detail page', async () => {
      const names = (await readdir(fx.reports)).filter((f) => f.endsWith('.md'));
      for (const p of ['/', ...names.map((n) => `/report/${encodeURIComponent(n)}`)]) {
        const { page } = await open(width, true);
        await page.goto(desk.url + p);
        expect(await axeViolations(page), `axe on ${p}`).toEqual([]);
        await page.context().close();
      }
    });
  });
}

test('the built site has no desk page', async () => {
  const dist = inject('distDir');
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html') || f.endsWith('.css'));
  expect(files.length).toBeGreaterThan(10);
  for (const f of files) expect(await readFile(path.join(dist, f), 'utf8'), f).not.toMatch(/审稿台|desk\.css/);
});
