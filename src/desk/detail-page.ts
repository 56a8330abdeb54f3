/**
 * One report on the desk: what holds it back (each reason fixed, open or for a person to
 * check), how to publish it, its warnings, the structured result beside the source's lines
 * (removed lines marked with why), its photos found and skipped, and its facts.
 */
import { UNTITLED } from '../consts.ts';
import { removalLabel } from '../lib/removal-reasons.ts';
import type { Report } from '../schema/report.ts';
import type { ReasonState } from './draft-status.ts';
import type { DeskDetail } from './desk-reports.ts';
import { html, type Html } from './html.ts';
import { badge, shell } from './list-page.ts';
import type { PublishEdit } from './publish-edit.ts';

/** Removal reasons that are a photo left out, not a line of text (src/ingest/formats/inspect-image.ts, read-html.ts, claim-document-figures.ts). */
export const SKIPPED_PHOTO_REASONS = new Set([
  'image too small to be a photo',
  'non-raster image',
  'unsupported image format',
  'image cannot be decoded',
  'image outside the page folder',
  'image file missing',
  'image file too large',
  'duplicate image',
]);

const REASON_STATES: Record<ReasonState, string> = {
  fixed: '已改好',
  open: '还没改',
  check: '需人工核对：核对后在 draftReasons 中删去这一条',
};

export interface DetailOptions {
  edit: PublishEdit | null;
  /** The form's anti-forgery token (one per desk run). */
  token: string;
  /** A message after a publish or a refused one. */
  notice: string | null;
}

/** `第 26–29 行` for consecutive lines, else each. */
function lineList(lines: readonly number[]): string {
  if (!lines.length) return '';
  const consecutive = lines.every((l, i) => i === 0 || l === lines[i - 1]! + 1);
  return consecutive && lines.length > 1 ? `第 ${lines[0]}–${lines[lines.length - 1]} 行` : `第 ${lines.join('、')} 行`;
}

function publishSection(d: DeskDetail, o: DetailOptions): Html {
  if (d.state !== 'draft' && d.state !== 'ready') return html``;
  const edit = o.edit;
  const byHand = edit && edit.lines.length ? html`<p>手工发布：在编辑器里删去 <code>${d.name}</code> 的${lineList(edit.lines)}（<code>draft: true</code> 与 <code>draftReasons</code> 及其各条），其余不动。</p>` : html`<p>手工发布：在编辑器里删去 <code>draft: true</code> 一行和 <code>draftReasons</code> 及其各条。</p>`;
  if (d.state === 'draft') return html`<section aria-labelledby="publish"><h2 id="publish">发布</h2><p>上面各条改好（或核对后删去）之后刷新本页，这里会显示“可以发布”。</p>${byHand}</section>`;
  const form = edit?.ok
    ? html`<form method="post" action="/publish" class="publish">
<input type="hidden" name="file" value="${d.name}">
<input type="hidden" name="sha256" value="${d.sha256}">
<input type="hidden" name="token" value="${o.token}">
<button type="submit">发布这篇报道</button>
<p class="hint">只删去${lineList(edit.lines)}，文件其余内容（包括更正与注释）原样保留；文件在本页打开后被改动过则不会写入。下次构建时上线。</p>
</form>`
    : html`<p class="refused">审稿台不能安全地自动修改这个文件：${edit && !edit.ok ? edit.why : ''}</p>${byHand}`;
  return html`<section aria-labelledby="publish"><h2 id="publish">发布</h2>${form}</section>`;
}

function field(label: string, value: string | Html | null | undefined): Html {
  return html`<dt>${label}</dt><dd>${value === null || value === undefined || value === '' ? html`<span class="none">（无）</span>` : value}</dd>`;
}

function resultSection(r: Report, body: string): Html {
  return html`<section class="result" aria-labelledby="result"><h2 id="result">整理结果</h2>
<dl>
${field('标题', r.title)}${field('副标题', r.subtitle)}${field('眉题', r.kicker)}
${field('日期', r.date ? `${r.date}（${r.dateStated ? '原文注明' : '推断'}${r.datePrecision ? `，精确到${{ day: '日', month: '月', year: '年' }[r.datePrecision]}` : ''}）` : null)}
${field('日期依据', r.dateEvidence.join('；'))}${field('来源', r.publisher)}${field('作者', r.authors.join('、'))}
${field('图片署名', r.photoCredit)}${field('专题', r.topics.join('、'))}${field('摘要', r.summary)}
${field('原文文件', html`<code>${r.source.file}</code>（${r.source.encoding}）`)}${field('SHA-256', html`<code class="hash">${r.source.sha256}</code>`)}
${field('版面标签', r.pageLabels.join(' / '))}
</dl>
<h3>正文</h3>
<div class="body-text" tabindex="0" role="region" aria-label="正文（可滚动）">${body.split(/\r?\n\s*\r?\n/).filter((b) => b.trim()).map((b) => html`<p>${b}</p>`)}</div>
</section>`;
}

function sourceSection(d: DeskDetail): Html {
  const removed = new Map((d.report?.removed ?? []).map((r) => [r.line, r.reason]));
  const lines = d.source.lines;
  return html`<section class="source" aria-labelledby="source"><h2 id="source">原文</h2>
<p class="legend"><span class="removed-sample">删去的行</span>标出原因；其余各行进入了报道。</p>
${d.source.note ? html`<p class="refused">${d.source.note}</p>` : ''}
${lines
  ? html`<ol class="source-lines" tabindex="0" aria-label="原文各行（可滚动）">${lines.map((l) => {
      const why = removed.get(l.no);
      return why
        ? html`<li value="${l.no}" class="removed" id="line-${l.no}"><span class="why-tag">删去：${removalLabel(why)}</span><del>${l.text}</del></li>`
        : html`<li value="${l.no}" id="line-${l.no}">${l.text}</li>`;
    })}</ol>`
  : ''}
</section>`;
}

function photosSection(r: Report): Html {
  const found = r.figures;
  const skipped = r.removed.filter((x) => SKIPPED_PHOTO_REASONS.has(x.reason));
  return html`<section aria-labelledby="photos"><h2 id="photos">照片</h2>
<p>找到 ${found.filter((f) => f.image).length} 张照片，${found.filter((f) => !f.image).length} 个只有说明的图片位置，跳过 ${skipped.length} 张。</p>
${found.length ? html`<ul>${found.map((f) => html`<li><code>${f.id}</code> ${f.image ? html`<code>${f.image}</code>` : '（无照片）'}：${f.caption || '（无说明）'}${f.credit ? `（${f.credit}）` : ''}</li>`)}</ul>` : ''}
${skipped.length ? html`<h3>跳过的图片</h3><ul>${skipped.map((x) => html`<li>第 ${x.line} 行 <code>${x.text}</code>：${removalLabel(x.reason)}</li>`)}</ul>` : ''}
</section>`;
}

function factsSection(r: Report): Html {
  return html`<section aria-labelledby="facts"><h2 id="facts">数据（${r.facts.length} 条${r.factCorrections.length ? `，${r.factCorrections.length} 条更正` : ''}）</h2>
${r.facts.length
  ? html`<div class="table-wrap"><table><thead><tr><th scope="col">数字</th><th scope="col">指什么</th><th scope="col">类别</th><th scope="col">级别</th><th scope="col">段落</th></tr></thead>
<tbody>${r.facts.map((f) => html`<tr><td>${f.text}</td><td>${f.subject}</td><td>${f.category}</td><td>${f.level ?? ''}</td><td>${f.anchor}</td></tr>`)}</tbody></table></div>`
  : html`<p>没有找到数据。</p>`}
</section>`;
}

function removedSummary(r: Report): Html {
  // Each reason links to its first line in the source pane: in a long page the removed lines are far down.
  const first = new Map<string, { line: number; n: number }>();
  for (const x of r.removed) {
    const label = removalLabel(x.reason);
    const seen = first.get(label);
    first.set(label, seen ? { line: seen.line, n: seen.n + 1 } : { line: x.line, n: 1 });
  }
  return html`<p>删去 ${r.removed.length} 行${first.size ? '：' : '。'}${[...first].map(([label, { line, n }], i) => html`${i ? '，' : ''}<a href="#line-${line}">${label} ${n}</a>`)}</p>`;
}

export function detailPage(d: DeskDetail, o: DetailOptions): Html {
  const r = d.report;
  const main = html`<p class="back"><a href="/">← 待审报道</a></p>
${o.notice ? html`<p class="notice" role="status">${o.notice}</p>` : ''}
<h1>${d.title ?? UNTITLED}</h1>
<p class="item-head">${badge(d.state)}<code class="file">${d.name}</code></p>
${d.problems.length ? html`<section aria-labelledby="problems"><h2 id="problems">${d.state === 'invalid' ? '文件有错，构建会停下' : '格式提醒'}</h2><ul>${d.problems.map((p) => html`<li>${p}</li>`)}</ul></section>` : ''}
${d.reasons.length || d.state === 'ready' ? html`<section aria-labelledby="reasons"><h2 id="reasons">为什么没有发布</h2>
${d.reasons.length ? html`<ul class="reasons">${d.reasons.map((x) => html`<li class="reason-${x.state}"><span class="reason-state">${REASON_STATES[x.state]}</span>${x.reason}</li>`)}</ul>` : html`<p>draftReasons 已清空。</p>`}
</section>` : ''}
${publishSection(d, o)}
${d.warnings.length ? html`<section aria-labelledby="warnings"><h2 id="warnings">提醒</h2><ul>${d.warnings.map((w) => html`<li>${w}</li>`)}</ul></section>` : ''}
${r ? html`${removedSummary(r)}<div class="columns">${resultSection(r, d.body)}${sourceSection(d)}</div>${photosSection(r)}${factsSection(r)}` : ''}`;
  return shell(d.title ?? UNTITLED, main);
}
