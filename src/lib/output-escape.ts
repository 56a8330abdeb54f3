/**
 * One escaping rule per output context, for every value that comes from a report (front matter
 * and body alike). Reports are hand-edited by anyone with access to the folder, so their text
 * is untrusted; each place that writes it out uses the rule of the context it writes into:
 *
 * | context                                   | rule                  | where |
 * | ---                                       | ---                   | ---   |
 * | HTML text, double-quoted attribute values | `escapeHtml`          | Astro templates do it themselves ({…}); the markdown rules call markdown-it's escapeHtml, which is the same rule |
 * | HTML comments                             | never: no report text | the only comment with data is the photo marker, whose id `htmlId` checks |
 * | element ids, container arguments          | `htmlId` (checked)    | figure ids (schema pattern), photo markers |
 * | Pagefind filter names and values          | `pagefindFilter`      | the search UI inserts them with innerHTML |
 * | Pagefind metadata, page and record text   | none (stored as text) | the UI sets titles and tags as text; Pagefind's own script escapes `<` `>` of excerpts before it marks the match |
 * | RSS `<description>`                       | `rssDescription`      | HTML inside XML: escaped here as HTML, the feed library escapes it as XML |
 * | JSON inside `<script type=…json>`         | `jsonForScript`       | JSON-LD |
 * | CSV cells                                 | `csvCell`             | /achievements.csv (OWASP "CSV injection") |
 * | JSON files                                | `JSON.stringify`      | exports, data.json: no extra rule, a JSON reader never runs text |
 *
 * Kept free of site imports so ingest, the search index and the pages can all use it.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML text or a quoted attribute value: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** What an element id (and a photo marker, an HTML comment) may hold: letters, digits, `-` and `_`. */
const SAFE_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * An id written into an `id` attribute or an HTML comment, checked rather than escaped: an id
 * that needs escaping is a bug upstream (the schema admits only `[a-z][a-z0-9-]*` figure ids).
 */
export function htmlId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`not a safe element id: ${JSON.stringify(id)}`);
  return id;
}

/**
 * A Pagefind filter name or value. Pagefind's Default UI shows both with innerHTML, so the
 * text is HTML-escaped before it is indexed: the UI then shows the text as written, and the
 * checkbox's value (the escaped string) is the one the index holds, so filtering still works.
 */
export const pagefindFilter = escapeHtml;

/** An RSS `<description>`: readers render it as HTML, so plain text goes in HTML-escaped. */
export const rssDescription = escapeHtml;

/**
 * JSON placed inside a `<script type="application/ld+json">` element: `<`, `>` and `&` as
 * `\u003c`… so no text can close the element or open a comment; U+2028/U+2029 escaped for
 * readers that treat the JSON as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A cell a spreadsheet would read as a formula (OWASP: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell value: text that Excel or LibreOffice would run as a formula gets a leading `'`
 * (shown as text, the quote hidden by Excel). Numbers stay numbers: a negative value is data.
 */
export function csvCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
