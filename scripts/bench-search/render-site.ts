/**
 * A stand-in for `astro build` when the benchmark runs at scale or before the site's report
 * pages exist: renders each report file into the page markup the site contract gives
 * (<html lang="zh-CN">, data-pagefind-body on the article only, data-pagefind-meta title/date/
 * kicker, the byline's names indexed at low weight as the report layout does, data-pagefind-filter 年份/专题, data-pagefind-sort date, paragraph ids p-N).
 * `--site astro` in run.ts uses the real build instead.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportFile } from '../../src/lib/front-matter.ts';
import { isDraft } from '../../src/lib/drafts.ts';
import { paragraphAnchor } from '../../src/facts/anchors.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderReport(source: string): string {
  const { data, body: content } = parseReportFile('report.md', source);
  const fm = data as { title: string; kicker: string | null; date: string; topics: string[]; authors?: string[] };
  let p = 0;
  const body = content
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => (b.startsWith('## ') ? `<h2>${esc(b.slice(3))}</h2>` : `<p id="${paragraphAnchor(++p)}">${esc(b)}</p>`))
    .join('\n');
  const year = fm.date.slice(0, 4);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(fm.title)} - 重庆高新区教育报道</title></head>
<body><header><a href="/">重庆高新区教育报道</a><nav><a href="/topics/">专题</a></nav></header>
<main><article data-pagefind-body data-pagefind-sort="date:${fm.date}">
${fm.kicker ? `<p class="kicker" data-pagefind-meta="kicker">${esc(fm.kicker)}</p>` : ''}
<h1 data-pagefind-meta="title">${esc(fm.title)}</h1>
<p class="byline"><span data-pagefind-ignore>记者 </span>${fm.authors?.length ? `<span data-pagefind-weight="0.5">${esc(fm.authors.join(' '))}</span>` : ''} <time data-pagefind-ignore data-pagefind-meta="date:${fm.date}" datetime="${fm.date}">${fm.date}</time></p>
<span data-pagefind-filter="年份:${year}"></span>${fm.topics.map((t) => `<span data-pagefind-filter="专题:${esc(t)}"></span>`).join('')}
${body}
</article><aside data-pagefind-ignore><h2>相关报道</h2></aside></main><footer>重庆高新区教育报道</footer></body></html>`;
}

/** Renders every published report of `reportsDir` to `<outDir>/reports/<slug>/index.html` (drafts have no page, as on the site), plus the search scripts and a blank page for the benchmark. */
export function renderSite(reportsDir: string, outDir: string): number {
  let n = 0;
  for (const f of readdirSync(reportsDir).filter((x) => x.endsWith('.md'))) {
    const slug = f.replace(/\.md$/, '');
    const source = readFileSync(join(reportsDir, f), 'utf8');
    if (isDraft(parseReportFile(f, source).data as { draft?: unknown })) continue;
    const dir = join(outDir, 'reports', slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), renderReport(source));
    n++;
  }
  cpSync('public/search', join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
  return n;
}
