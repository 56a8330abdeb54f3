/**
 * What a web page states about itself in its markup: `<title>`, `<meta>` fields (og:title,
 * article:published_time, author, publishdate …) and JSON-LD (`NewsArticle`: headline,
 * datePublished, author, publisher). The pipeline prefers these over guesses from the text:
 * a stated date is a stated date, a stated headline picks the `<h1>`.
 */
import type { Document, Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { JSON_LD_ARTICLE, META_FIELDS, MIN_TITLE_PART, TITLE_SEPARATORS } from '../patterns-document.ts';
import { headerDate } from '../stages/read-article-info.ts';
import type { DocumentMeta } from './document.ts';

type Json = Record<string, unknown>;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The JSON-LD objects of the page (graphs and arrays flattened); a broken block is ignored. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const s of findAll((e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''), doc.children)) {
    try {
      visit(JSON.parse(textContent(s)));
    } catch {
      // Hand-written JSON-LD is often broken; the rest of the page still counts.
    }
  }
  return out;
}

const typeOf = (o: Json) => [o['@type']].flat().map(String);
const names = (v: unknown): string[] =>
  [v].flat().flatMap((x) => (typeof x === 'string' ? [x] : x && typeof x === 'object' && typeof (x as Json).name === 'string' ? [(x as Json).name as string] : []));

/** ISO or Chinese date → YYYY-MM-DD (`2024-05-10T08:30:00+08:00`, `2024年5月10日`). */
function dayOf(value: string): string | null {
  return headerDate(value)?.date ?? null;
}

export function htmlMeta(doc: Document): DocumentMeta {
  const meta = new Map<string, { value: string; markup: string }>();
  for (const m of findAll((e: Element) => e.name === 'meta', doc.children)) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    const value = clean(m.attribs.content ?? '');
    if (key && value && !meta.has(key)) meta.set(key, { value, markup: `<meta ${m.attribs.property ? 'property' : m.attribs.name ? 'name' : 'itemprop'}="${key}" content="${value}">` });
  }
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean) ?? null;
  const article = jsonLd(doc).find((o) => typeOf(o).some((t) => JSON_LD_ARTICLE.test(t)) && (o.headline || o.datePublished)) ?? null;

  const titles: string[] = [];
  const ldHeadline = typeof article?.headline === 'string' ? clean(article.headline) : null;
  const metaTitle = first(META_FIELDS.title)?.value ?? null;
  const titleEl = findAll((e) => e.name === 'title', doc.children)[0];
  const pageTitle = titleEl ? clean(textContent(titleEl)) : '';
  const parts = pageTitle.split(TITLE_SEPARATORS).map(clean).filter((p) => p.length >= MIN_TITLE_PART);
  for (const t of [metaTitle, ldHeadline, pageTitle, ...parts]) if (t && !titles.includes(t)) titles.push(t);
  const title = metaTitle ?? ldHeadline ?? parts[0] ?? null;

  let date: DocumentMeta['date'] = null;
  const ldDate = typeof article?.datePublished === 'string' ? article.datePublished : null;
  const metaDate = first(META_FIELDS.date);
  if (ldDate && dayOf(ldDate)) date = { date: dayOf(ldDate)!, evidence: `JSON-LD datePublished: ${ldDate}` };
  else if (metaDate && dayOf(metaDate.value)) date = { date: dayOf(metaDate.value)!, evidence: metaDate.markup };

  const ldAuthors = article ? names(article.author) : [];
  const metaAuthor = first(META_FIELDS.author)?.value;
  const authors = ldAuthors.length ? ldAuthors : metaAuthor ? [metaAuthor] : [];
  const publisher = (article ? names(article.publisher)[0] : undefined) ?? first(META_FIELDS.publisher)?.value ?? null;
  return { title, titles, date, authors: authors.map(clean), publisher: publisher ? clean(publisher) : null };
}
