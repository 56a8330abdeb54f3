/** Types for segment.js (plain JavaScript so the browser can load it without a build step). */
export function segmentText(text: string): string;
export function segmentQuery(query: string): string;
export function unsegment(html: string): string;
/** How the index writes a space the author put between Chinese words (U+200B). */
export const AUTHOR_SPACE_MARK: string;
/** A Han character or a Chinese punctuation mark (regular-expression source). */
export const CJK_CHAR: string;
/** Folded to simplified characters (script-fold.js), then cut: what the index stores for a text. */
export function indexText(text: string): string;
