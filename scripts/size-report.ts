/**
 * `npm run size [-- <dist>]`: what a first visit to each page type transfers, gzip-compressed:
 * the HTML plus the stylesheets and scripts it links (photos are listed apart). Target: a report
 * page without photos ≤ 25 KB. Build first (`npm run build`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const REPORT_TARGET_KB = 25;
const dist = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: build the site first (npm run build), or pass the output folder.`);
  process.exit(1);
}

/** Page type by URL path: first matching pattern wins. */
const PAGE_TYPES: [string, RegExp][] = [
  ['home', /^\/$/],
  ['report', /^\/reports\/[^/]+\/$/],
  ['topic', /^\/topics\/[^/]+\/(\d+\/)?$/],
  ['topics index', /^\/topics\/$/],
  ['year', /^\/years\/[^/]+\/(\d+\/)?$/],
  ['years index', /^\/years\/$/],
  ['search', /^\/search\/$/],
  ['achievements', /^\/chengguo\//],
  ['about', /^\/about\/$/],
  ['404', /^\/404\.html$/],
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const assetCache = new Map<string, number>();
function assetGz(ref: string): number {
  const file = path.join(dist, ref.split(/[?#]/)[0]!);
  if (!assetCache.has(file)) assetCache.set(file, existsSync(file) ? gz(readFileSync(file)) : 0);
  return assetCache.get(file)!;
}

interface PageSize {
  url: string;
  html: number;
  css: number;
  js: number;
  photos: number;
}

const pages: (PageSize & { type: string })[] = [];
for (const file of htmlFiles(dist)) {
  const rel = `/${path.relative(dist, file).split(path.sep).join('/')}`;
  const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  const type = PAGE_TYPES.find(([, re]) => re.test(url))?.[0];
  if (!type) continue;
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((s, m) => s + assetGz(m[1]!), 0);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].reduce((s, m) => s + assetGz(m[1]!), 0);
  const photos = (html.match(/<picture>/g) ?? []).length;
  pages.push({ type, url, html: gz(html), css, js, photos });
}

const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`Transferred size per page type (gzip, HTML + linked CSS + JS; photos not included) — ${dist}\n`);
console.log(['type'.padEnd(14), 'pages'.padStart(6), 'median KB'.padStart(10), 'max KB'.padStart(8), 'JS KB'.padStart(7), '  largest page'].join(''));
for (const [type] of PAGE_TYPES) {
  const list = pages.filter((p) => p.type === type);
  if (!list.length) continue;
  const totals = list.map((p) => p.html + p.css + p.js);
  const largest = list[totals.indexOf(Math.max(...totals))]!;
  console.log(
    [type.padEnd(14), String(list.length).padStart(6), kb(median(totals)).padStart(10), kb(Math.max(...totals)).padStart(8), kb(Math.max(...list.map((p) => p.js))).padStart(7), `  ${largest.url}`].join(''),
  );
}

const plain = pages.filter((p) => p.type === 'report' && p.photos === 0);
if (plain.length) {
  const worst = plain.reduce((a, b) => (a.html + a.css + a.js >= b.html + b.css + b.js ? a : b));
  const total = worst.html + worst.css + worst.js;
  console.log(
    `\nLargest report page without photos: ${worst.url}\n  HTML ${kb(worst.html)} KB + CSS ${kb(worst.css)} KB + JS ${kb(worst.js)} KB = ${kb(total)} KB (target ≤ ${REPORT_TARGET_KB} KB): ${total <= REPORT_TARGET_KB * 1024 ? 'OK' : 'OVER'}`,
  );
  if (total > REPORT_TARGET_KB * 1024) process.exitCode = 1;
}
