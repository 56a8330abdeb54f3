/**
 * A generated article as an HTML page shaped like the site's report page (only the article in
 * `data-pagefind-body`), for profiling the search index without a full site build.
 */
import type { Article } from './generate-corpus.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articleHtml(a: Article): string {
  const body = a.sections
    .flatMap((s) => [
      ...(s.heading ? [`<h2>${esc(s.heading)}</h2>`] : []),
      ...(s.subheading ? [`<h3>${esc(s.subheading)}</h3>`] : []),
      ...s.blocks.map((b) => (b.kind === 'p' ? `<p>${esc(b.text)}</p>` : `<figure><figcaption>${esc(b.caption)}</figcaption></figure>`)),
    ])
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body>
<nav>首页 专题 年份 关于</nav>
<main data-pagefind-body><h1 data-pagefind-meta="title">${esc(a.title)}</h1>
<p data-pagefind-ignore>${a.date} ${esc(a.authors.join(' '))}</p>
<span data-pagefind-filter="年份" hidden>${a.date.slice(0, 4)}</span>
${body}</main><footer>重庆高新区教育报道</footer></body></html>`;
}

