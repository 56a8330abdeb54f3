/** Types for segment.js (plain JavaScript so the browser can load it without a build step). */
export function segmentText(text: string): string;
export function segmentQuery(query: string): string;
export function unsegment(html: string): string;
