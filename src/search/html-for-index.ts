/**
 * Prepares a built page's HTML for Pagefind: the text between tags is cut into words with the
 * shared segmenter (public/search/segment.js), so the index holds the same words a query is cut
 * into. Attributes (data-pagefind-meta/filter/sort values) and script/style bodies are left as
 * they are: metadata is shown to readers verbatim. Only the index sees the result; the page
 * served to readers is the one Astro wrote.
 */
import { AUTHOR_SPACE_MARK, CJK_CHAR, indexText } from '../../public/search/segment.js';
import { FACTS_META, dateWords, encodeFacts } from '../../public/search/facts.js';
import type { SearchFact } from './report-facts.ts';
import type { ShardVocabulary } from './vocabulary.ts';

/** Elements without a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BODY_ATTR = /\sdata-pagefind-body\b/;
const IGNORE_ATTR = /\sdata-pagefind-ignore\b/;
/** An element whose text is a metadata value (`data-pagefind-meta="title"`, no `:value`): Pagefind searches metadata too. */
const TEXT_META_ATTR = /\sdata-pagefind-meta="[^":]*"/;

/** Elements whose content is raw text, kept whole (a `<` inside them opens no tag). */
const RAW = new Set(['script', 'style', 'template', 'textarea']);
/** A tag's start: `<`, an optional closing slash and the name. Sticky: tried at one position only. */
const TAG_START = /<(\/?)([a-zA-Z][\w:-]*)/y;

/**
 * Where the tag that starts at `from` (just after its name) ends, one past its `>`, or -1 when
 * nothing closes it (then its `<` is text). A loop over indexOf, not a regular expression: a
 * pattern such as `(?:[^>"']|"[^"]*")*` keeps a backtracking entry per character, and one
 * 20-million-character attribute (a hand-made report, a Word bomb) overflowed the stack
 * (`Maximum call stack size exceeded`). Depth and memory here do not follow the input.
 */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e /* > */) return i + 1;
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const close = html.indexOf(html[i]!, i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}

/** One past the `</name…>` that closes a raw element opened before `from`, or -1 when none does. */
function rawEnd(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'g');
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? m.index + m[0].length : -1;
}

/**
 * `html` with `cut` applied to the text Pagefind indexes: inside the data-pagefind-body element
 * (the whole page when there is none) and outside data-pagefind-ignore elements, and the text
 * of elements that give a metadata value (the title), wherever they are. The rest is
 * left as written — Pagefind does not index it, and cutting it cost about a quarter of the
 * index's segmenting time (header, navigation, byline, 本文数据, related reports).
 * Pieces: a raw element (script/style/template/textarea, kept whole), a comment, a tag, or the
 * text between tags; one pass left to right.
 */
function cutIndexedText(html: string, cut: (text: string) => string): string {
  const stack: { name: string; body: boolean; ignore: boolean; meta: boolean }[] = [];
  let body = BODY_OPEN.test(html) ? 0 : 1;
  let ignore = 0;
  let meta = 0;
  const out: string[] = [];
  /** Text from `text` up to `to` (exclusive), cut when it is indexed. */
  let text = 0;
  const flush = (to: number) => {
    if (to <= text) return;
    const piece = html.slice(text, to);
    out.push((body > 0 && ignore === 0) || meta > 0 ? cut(piece) : piece);
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    let end = -1;
    let tag: { close: boolean; name: string; attrs: string } | null = null;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      end = close < 0 ? -1 : close + 3;
    } else {
      TAG_START.lastIndex = lt;
      const m = TAG_START.exec(html);
      if (m) {
        const close = m[1] === '/';
        const raw = !close && RAW.has(m[2]!) ? rawEnd(html, m[2]!, TAG_START.lastIndex) : -1;
        if (raw >= 0) end = raw;
        else {
          end = tagEnd(html, TAG_START.lastIndex);
          if (end >= 0) tag = { close, name: m[2]!.toLowerCase(), attrs: html.slice(TAG_START.lastIndex, end - 1) };
        }
      }
    }
    if (end < 0) {
      // A `<` that starts nothing is text: the text piece goes on after it (as the pieces were cut before).
      flush(lt);
      text = lt;
      out.push('<');
      text = lt + 1;
      i = lt + 1;
      continue;
    }
    flush(lt);
    out.push(html.slice(lt, end));
    text = end;
    i = end;
    if (tag) enter(tag);
  }
  flush(html.length);
  return out.join('');

  function enter({ close, name, attrs }: { close: boolean; name: string; attrs: string }): void {
    if (close) {
      let at = -1;
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.name === name) { at = k; break; }
      if (at >= 0) for (const e of stack.splice(at)) {
        if (e.body) body--;
        if (e.ignore) ignore--;
        if (e.meta) meta--;
      }
      return;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) return;
    const entry = { name, body: BODY_ATTR.test(` ${attrs}`), ignore: IGNORE_ATTR.test(` ${attrs}`), meta: TEXT_META_ATTR.test(` ${attrs}`) };
    if (entry.body) body++;
    if (entry.ignore) ignore++;
    if (entry.meta) meta++;
    stack.push(entry);
  }
}

/** The date a page gives Pagefind as metadata (`data-pagefind-meta="date:2024-09-01"`). */
const META_DATE = /data-pagefind-meta="date:(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"/;
/** The opening tag of the indexed region. */
const BODY_OPEN = /<[a-z][^>]*\sdata-pagefind-body[^>]*>/i;

/** The page's title element (its text is the title Pagefind stores). */
const TITLE_ELEMENT = /<([a-z0-9]+)\b[^>]*\sdata-pagefind-meta="title"[^>]*>([^<]*)<\/\1>/i;

/**
 * A space the author wrote next to a Chinese character or punctuation mark (a heading's two
 * halves: "集聚强劲动力源 练出精专督学尖兵"). The search page removes the spaces the segmenter
 * puts between words, which it cannot tell from these, and Pagefind turns every whitespace
 * character into a plain space; so the author's space is indexed as a zero-width space
 * (U+200B: not whitespace, not a word, kept in Pagefind's text), which the search page shows
 * as a space again (`unsegment` in public/search/segment.js). Only spaces between two visible
 * characters: indentation at a line's start or end is not the author's.
 */
const AUTHOR_SPACE = new RegExp(`(?<=${CJK_CHAR})[ \\u00a0]+(?=\\S)|(?<=\\S)[ \\u00a0]+(?=${CJK_CHAR})`, 'gu');

/**
 * The end of a heading, paragraph or list item whose text does not end a sentence (a title, a
 * byline's names, a publisher), with the inline elements closing there. Pagefind joins the text
 * of neighbouring elements with a space, which the search page removes between Chinese words,
 * so a result's excerpt read "评选结束测试教育新闻本届大赛" (title, publisher, first sentence in
 * one run). The index copy gets a separator dot (间隔号) after such an element: excerpts read
 * "评选结束·测试教育新闻·本届大赛". Not the author's-space mark: Pagefind drops U+200B from a
 * page's content (it keeps it only in metadata and anchors). Outside the element, so no
 * heading, title or other metadata text changes; a punctuation mark is no word of the index.
 */
const BLOCK_SEPARATOR = '·';
const OPEN_BLOCK_END = /(?<=[^。！？!?；;：:…”’」』）)\s>])((?:<\/(?:span|a|strong|em|b|i|time)>)*<\/(?:h[1-6]|p|li|figcaption|dt|dd)>)/g;

/** `&`, `<` and `>` as entities: text between tags. */
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The index copy of a report page: its text cut into the search's words, its date as words,
 * and its facts (`facts`, from the report file) as the record's `facts` metadata, which the
 * search page reads to list a query's facts (public/search/facts.js). A fact's subject that the
 * page's text does not hold is added as low-weight text, so the facts it names are found.
 */
export function htmlForIndex(html: string, facts: SearchFact[] = [], vocabulary?: ShardVocabulary): string {
  // Segmenting puts spaces between words, which the search page cannot tell from the title's
  // own spaces (亮出督导真功夫 智慧教育竞芬芳): keep the title as written for display. Attribute
  // values are not segmented.
  const title = TITLE_ELEMENT.exec(html);
  if (title?.[2]?.trim()) {
    const shown = title[2].trim().replace(/"/g, '&quot;');
    html = html.replace(BODY_OPEN, (open) => `${open}<span hidden data-pagefind-meta="shown_title:${shown}"></span>`);
  }
  html = html.replace(OPEN_BLOCK_END, `$1 ${BLOCK_SEPARATOR} `);
  // "2024年9月1日" for the meta date, so a query such as "2024 满意度" matches by the report's
  // date; pages print their date in the byline, which is not indexed. First in the indexed
  // text, so the year is word 0 of the record (DATE_WORD in public/search/facts.js).
  const date = META_DATE.exec(html);
  const extra = [date?.[1] ? dateWords([date[1], date[2], date[3]].filter(Boolean).join('-')) : ''];
  extra.push(...new Set(facts.map((f) => f.subject).filter((s) => s && !html.includes(escapeText(s)))));
  const words = extra.filter(Boolean).map(escapeText).join(' ');
  if (words) html = html.replace(BODY_OPEN, (open) => `${open}<p data-pagefind-weight="0.5">${words}</p>`);
  // Folded to simplified characters for the index only (traditional pages are found by simplified queries and back).
  const indexed = cutIndexedText(html, (text) => {
    const cut = indexText(text.replace(AUTHOR_SPACE, ` ${AUTHOR_SPACE_MARK} `));
    vocabulary?.addText(cut);
    return cut;
  });
  // After the cut: metadata is stored as written.
  const record = facts.length ? encodeFacts(facts) : null;
  const out = record ? insertFactsMeta(indexed, record) : indexed;
  if (vocabulary) {
    // What else Pagefind indexes as words: every metadata value (facts record included) and image descriptions.
    // Whole values, key and all: the key's letters only add words no Han query word begins.
    for (const m of out.matchAll(INDEXED_ATTRIBUTE)) vocabulary.addText(m[1]!);
    if (record) vocabulary.addText(record);
  }
  return out;
}

/** Attribute values Pagefind indexes as words: `data-pagefind-meta="key:value"` and `alt`. */
const INDEXED_ATTRIBUTE = /\s(?:data-pagefind-meta|alt)="([^"]*)"/g;

/**
 * The report's facts as the record's `facts` metadata: an element Pagefind reads as metadata
 * even inside data-pagefind-ignore, so not as page text (Pagefind 1.6 does index metadata
 * values as words of their own: src/search/vocabulary.ts).
 */
export function withFactsMeta(html: string, facts: SearchFact[]): string {
  return facts.length ? insertFactsMeta(html, encodeFacts(facts)) : html;
}

/** `html` with the encoded facts record (public/search/facts.js encodeFacts) as its `facts` metadata element. */
function insertFactsMeta(html: string, record: string): string {
  return html.replace(BODY_OPEN, (open) => `${open}<div hidden data-pagefind-ignore data-pagefind-meta="${FACTS_META}">${escapeText(record)}</div>`);
}
