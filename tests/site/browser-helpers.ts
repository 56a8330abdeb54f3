/**
 * Helpers for the site's browser tests: launch the system Chromium, run axe-core, find the
 * seed reports, and list a built site's internal links.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.ts';
import { readReportFile } from '../../src/lib/report-file.ts';
import type { Report } from '../../src/schema/report.ts';
import { isDraft } from '../../src/lib/drafts.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium');
  return chromium.launch({ executablePath, args: BROWSER_ARGS });
}

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** axe-core violations (WCAG 2.x A/AA and best practices) of the page as loaded. Needs a context with bypassCSP. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

export interface ReportOnDisk {
  slug: string;
  report: Report;
}

/** The reports the site publishes (drafts have no page): what the browser tests expect to find. */
export async function reportsOnDisk(dir: string): Promise<ReportOnDisk[]> {
  const out: ReportOnDisk[] = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()) {
    const read = readReportFile(f, await readFile(path.join(dir, f), 'utf8'));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    if (isDraft(read.report)) continue;
    out.push({ slug: f.slice(0, -3), report: read.report });
  }
  return out;
}

/** The report made from a seed (by source file prefix), else the site fixture modelled on it. */
export function seedReport(all: ReportOnDisk[], seedPrefix: string, fixtureSource: string): ReportOnDisk {
  const found = all.find((r) => r.report.source.file.startsWith(seedPrefix)) ?? all.find((r) => r.report.source.file === fixtureSource);
  if (!found) throw new Error(`no report for seed ${seedPrefix} nor fixture ${fixtureSource}`);
  return found;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function targetFile(dist: string, pathname: string): string | null {
  const p = path.join(dist, decodeURIComponent(pathname));
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = path.join(p, 'index.html');
  return existsSync(index) ? index : null;
}

/** Every internal href/src/srcset in dist that points at no file, or at an id the target page lacks. */
export async function brokenInternalLinks(dist: string): Promise<string[]> {
  const files = await htmlFiles(dist);
  const idsCache = new Map<string, Set<string>>();
  const ids = async (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      const html = await readFile(file, 'utf8');
      set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      idsCache.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const pageUrl = new URL(`http://site/${path.relative(dist, file).replace(/index\.html$/, '')}`);
    const refs = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!)),
      ...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => decode(m[1]!).split(',').map((s) => s.trim().split(/\s+/)[0]!)),
    ];
    for (const ref of refs) {
      if (!ref || /^(https?:|mailto:|data:|tel:)/.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.host !== 'site') continue;
      const target = targetFile(dist, url.pathname);
      const where = `${path.relative(dist, file)} → ${ref}`;
      if (!target) broken.push(where);
      else if (url.hash && target.endsWith('.html') && !(await ids(target)).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where} (no such id)`);
    }
  }
  return broken;
}
