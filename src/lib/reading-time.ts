/** Reading time of a Chinese report: about 400 characters a minute (a common figure for Chinese prose). */
const CHARS_PER_MINUTE = 400;

export function readingMinutes(markdown: string): number {
  const chars = markdown.replace(/^:::.*$/gm, '').replace(/[\s#>*_`-]/g, '').length;
  return Math.max(1, Math.round(chars / CHARS_PER_MINUTE));
}
