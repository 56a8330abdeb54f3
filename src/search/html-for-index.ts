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

/** A script/style/template element (kept whole), or the text between two tags. */
const RAW_OR_TEXT = /<(script|style|template|textarea)\b[\s\S]*?<\/\1\s*>|>([^<]+)</gi;

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

/** `&`, `<` and `>` as entities: text between tags. */
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The index copy of a report page: its text cut into the search's words, its date as words,
 * and its facts (`facts`, from the report file) as the record's `facts` metadata, which the
 * search page reads to list a query's facts (public/search/facts.js). A fact's subject that the
 * page's text does not hold is added as low-weight text, so the facts it names are found.
 */
export function htmlForIndex(html: string, facts: SearchFact[] = []): string {
  // Segmenting puts spaces between words, which the search page cannot tell from the title's
  // own spaces (亮出督导真功夫 智慧教育竞芬芳): keep the title as written for display. Attribute
  // values are not segmented.
  const title = TITLE_ELEMENT.exec(html);
  if (title?.[2]?.trim()) {
    const shown = title[2].trim().replace(/"/g, '&quot;');
    html = html.replace(BODY_OPEN, (open) => `${open}<span hidden data-pagefind-meta="shown_title:${shown}"></span>`);
  }
  // "2024年9月1日" for the meta date, so a query such as "2024 满意度" matches by the report's
  // date; pages print their date in the byline, which is not indexed.
  const date = META_DATE.exec(html);
  const extra = [date?.[1] ? dateWords([date[1], date[2], date[3]].filter(Boolean).join('-')) : ''];
  extra.push(...new Set(facts.map((f) => f.subject).filter((s) => s && !html.includes(escapeText(s)))));
  const words = extra.filter(Boolean).map(escapeText).join(' ');
  if (words) html = html.replace(BODY_OPEN, (open) => `${open}<p data-pagefind-weight="0.5">${words}</p>`);
  const indexed = html.replace(RAW_OR_TEXT, (match: string, raw: string | undefined, text: string | undefined) => {
    if (raw || text === undefined) return match;
    // Folded to simplified characters for the index only (traditional pages are found by simplified queries and back).
    return `>${indexText(text.replace(AUTHOR_SPACE, ` ${AUTHOR_SPACE_MARK} `))}<`;
  });
  // After the cut: metadata is stored as written.
  return withFactsMeta(indexed, facts);
}

/**
 * The report's facts as the record's `facts` metadata: an element Pagefind reads as metadata
 * but does not index as text (it takes a data-pagefind-meta element's text even inside
 * data-pagefind-ignore).
 */
export function withFactsMeta(html: string, facts: SearchFact[]): string {
  if (!facts.length) return html;
  return html.replace(BODY_OPEN, (open) => `${open}<div hidden data-pagefind-ignore data-pagefind-meta="${FACTS_META}">${escapeText(encodeFacts(facts))}</div>`);
}
