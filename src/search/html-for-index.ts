/**
 * Prepares a built page's HTML for Pagefind: the text between tags is cut into words with the
 * shared segmenter (public/search/segment.js), so the index holds the same words a query is cut
 * into. Attributes (data-pagefind-meta/filter/sort values) and script/style bodies are left as
 * they are: metadata is shown to readers verbatim.
 */
import { segmentText } from '../../public/search/segment.js';

/** A script/style/template element (kept whole), or the text between two tags. */
const RAW_OR_TEXT = /<(script|style|template|textarea)\b[\s\S]*?<\/\1\s*>|>([^<]+)</gi;

export function htmlForIndex(html: string): string {
  return html.replace(RAW_OR_TEXT, (match: string, raw: string | undefined, text: string | undefined) => {
    if (raw || text === undefined) return match;
    return `>${segmentText(text)}<`;
  });
}
