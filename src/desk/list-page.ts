/**
 * The desk's page shell and its front page: the reports that need a look, newest first, each
 * with its state in words (not only a colour) and its reasons in the Chinese ingest wrote them.
 */
import { html, type Html } from './html.ts';
import type { DeskItem, DeskState } from './desk-reports.ts';
import { UNTITLED } from '../consts.ts';

/** Each state's label; the class gives the badge its colour. */
export const STATE_LABELS: Record<DeskState, string> = {
  draft: '草稿 · 待修改',
  ready: '草稿 · 可以发布',
  warned: '已发布 · 有提醒',
  invalid: '文件有错',
  published: '已发布',
};

export function shell(title: string, main: Html): Html {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · 审稿台</title>
<link rel="stylesheet" href="/desk.css">
</head>
<body>
<header class="desk-header"><a href="/">审稿台</a><span>本机使用，不发布</span></header>
<main id="main">
${main}
</main>
</body>
</html>
`;
}

export function badge(state: DeskState): Html {
  return html`<span class="badge badge-${state}">${STATE_LABELS[state]}</span>`;
}

function summaryLine(item: DeskItem): Html {
  if (item.state === 'invalid') return html`<p class="why">${item.problems[0] ?? ''}</p>`;
  const open = item.reasons.filter((r) => r.state !== 'fixed');
  if (item.state === 'draft') return html`<ul class="why">${open.map((r) => html`<li>${r.reason}</li>`)}</ul>`;
  if (item.state === 'ready') return html`<p class="why">原因都已改好，可以发布。</p>`;
  return html`<ul class="why">${item.warnings.map((w) => html`<li>${w}</li>`)}</ul>`;
}

export function listPage(items: readonly DeskItem[], problems: readonly string[]): Html {
  const drafts = items.filter((i) => i.state === 'draft' || i.state === 'ready').length;
  const main = html`<h1>待审报道</h1>
<p class="lede">${items.length ? `${items.length} 篇需要看一看：${drafts} 篇草稿，${items.length - drafts} 篇其他。` : '没有草稿，也没有带提醒的报道。'}每次打开都重新读取文件，在编辑器里改好后刷新即可。</p>
${problems.length ? html`<section class="problems" aria-labelledby="folder-problems"><h2 id="folder-problems">报道文件夹里读不了的文件</h2><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></section>` : ''}
<ol class="desk-list">
${items.map(
  (i) => html`<li class="desk-item desk-item-${i.state}">
<p class="item-head">${badge(i.state)}<span class="date">${i.date ?? '无日期'}</span></p>
<h2><a href="/report/${encodeURIComponent(i.name)}">${i.title ?? UNTITLED}</a></h2>
<p class="file">${i.name}</p>
${summaryLine(i)}
</li>`,
)}
</ol>`;
  return shell('待审报道', main);
}
