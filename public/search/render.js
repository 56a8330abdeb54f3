// @ts-check
/**
 * The search page's result markup, built with textContent and the few tags Pagefind's excerpts
 * carry (<mark>), never by parsing report text as HTML.
 */
import { unsegment } from './segment.js';
import { dateWords } from './facts.js';

/**
 * @param {string} tag
 * @param {string} [cls]
 * @param {string} [text]
 */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * An excerpt from Pagefind: text with <mark> around the matched words. Rebuilt node by node so
 * only <mark> survives (report text stays text).
 * @param {string} html
 */
export function excerpt(html) {
  const p = el('p', 'sr-excerpt');
  const parts = excerptHtml(html).split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decodeEntities(part);
      p.append(marked ? el('mark', '', text) : document.createTextNode(text));
    }
  }
  return p;
}

/**
 * An excerpt's text for display: the index's cuts undone, and the separator dots the index copy
 * puts after blocks that end no sentence (src/search/html-for-index.ts) kept one at a time: two
 * in a row are a block that is not indexed (the date line) between them, one at the start
 * follows a block before the excerpt.
 * @param {string} html
 */
export function excerptHtml(html) {
  return unsegment(html).replace(/·\s*(?=·)/g, '').replace(/^\s*·\s*/, '');
}

/** @param {string} s */
function decodeEntities(s) {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[/** @type {string} */ (e)] ?? _);
}

/** @param {Record<string, string>} meta */
export function shownTitle(meta) {
  return meta.shown_title || unsegment(meta.title ?? '') || '（无标题）';
}

/**
 * @param {string} date "2024-09-01", "2024-09", "2024" or ""
 * @param {string} [label] the site's label of an inferred date ("约2020年", meta `date_label`), which wins
 */
export function dateLabel(date, label) {
  return label || dateWords(date) || '日期不详';
}

/**
 * A fact's link: its number and what it counts, to its paragraph (a text fragment highlights the
 * number there).
 * @param {any} f fact result data (facts.js FactResult)
 * @param {string} cls
 */
function factLink(f, cls) {
  const a = /** @type {HTMLAnchorElement} */ (el('a', cls));
  a.href = f.url;
  a.append(el('span', 'sr-num', f.meta.text ?? ''), document.createTextNode(` ${f.meta.subject || unsegment(f.meta.title ?? '')}`));
  return a;
}

/**
 * A fact beneath its report: the number and what it counts, linking to its paragraph.
 * @param {any} d fact result data
 */
export function factItem(d) {
  const li = el('li', 'sr-fact sr-fact--nested');
  const p = el('p', 'sr-fact-title');
  p.append(factLink(d, 'sr-fact-link'));
  li.append(p);
  return li;
}

/**
 * A sentence of the 数据 list (fact-rank.js FactGroup): its best fact as the heading, the
 * sentence's other matching facts beneath it, the sentence once with each of their numbers in
 * <mark>, and the report it comes from, by title.
 * @param {import('./fact-rank.js').FactGroup} g
 */
export function factGroupItem(g) {
  const [first, ...others] = g.facts;
  const li = el('li', 'sr-result sr-fact');
  if (!first) return li;
  const h = el('h2', 'sr-title');
  h.append(factLink(first, 'sr-link'));
  li.append(h);
  if (others.length) {
    const ul = el('ul', 'sr-also');
    for (const f of others) {
      const item = el('li');
      item.append(factLink(f, 'sr-link'));
      ul.append(item);
    }
    li.append(ul);
  }
  const p = el('p', 'sr-excerpt sr-sentence');
  for (const part of g.parts) p.append(part.num ? el('mark', '', part.text) : document.createTextNode(part.text));
  li.append(p);
  const from = el('p', 'sr-meta');
  from.append(document.createTextNode('出自 '));
  const ra = /** @type {HTMLAnchorElement} */ (el('a', 'sr-report', first.meta.report ?? ''));
  ra.href = first.meta.report_url || first.url.split('#')[0] || '';
  from.append(ra, document.createTextNode(` · ${dateLabel(first.meta.date, first.meta.date_label)}`));
  li.append(from);
  return li;
}

/**
 * A report result: title, date and kicker, the best excerpt, a thumbnail only when the report
 * has a photo (no empty column), and the matching facts of this report beneath it.
 * @param {any} d Pagefind result data
 * @param {any[]} facts fact result data of this report
 * @param {number} factTotal how many fact results this report has in all
 */
export function reportItem(d, facts, factTotal) {
  const li = el('li', `sr-result sr-report-result${d.meta.image ? ' has-image' : ''}`);
  // Matched by the facts beneath it, which may come after it is shown (search.js attachFacts).
  li.dataset.url = d.url;
  const h = el('h2', 'sr-title');
  const a = /** @type {HTMLAnchorElement} */ (el('a', 'sr-link', shownTitle(d.meta)));
  a.href = d.url;
  h.append(a);
  li.append(h);
  const meta = [dateLabel(d.meta.date, d.meta.date_label), d.meta.kicker ? unsegment(d.meta.kicker) : ''].filter(Boolean).join(' · ');
  li.append(el('p', 'sr-meta', meta));
  const sub = (d.sub_results ?? []).find((/** @type {any} */ s) => s.url !== d.url) ?? null;
  li.append(excerpt(sub?.excerpt ?? d.excerpt ?? ''));
  if (sub && sub.title && unsegment(sub.title) !== shownTitle(d.meta)) {
    const p = el('p', 'sr-section');
    const sa = /** @type {HTMLAnchorElement} */ (el('a', '', `§ ${unsegment(sub.title)}`));
    sa.href = sub.url;
    p.append(sa);
    li.append(p);
  }
  if (d.meta.image) {
    const img = /** @type {HTMLImageElement} */ (el('img', 'sr-thumb'));
    img.src = d.meta.image;
    img.alt = '';
    img.loading = 'lazy';
    img.width = 160;
    img.height = 100;
    li.append(img);
  }
  if (facts.length) li.append(factsBox(facts, factTotal));
  return li;
}

/**
 * The matching facts of one report, beneath it.
 * @param {any[]} facts fact result data of this report
 * @param {number} factTotal how many fact results this report has in all
 */
export function factsBox(facts, factTotal) {
  const box = el('div', 'sr-facts');
  box.append(el('p', 'sr-facts-title', `本文匹配的数据（${factTotal} 条）`));
  const ul = el('ul');
  for (const f of facts) ul.append(factItem(f));
  box.append(ul);
  return box;
}
