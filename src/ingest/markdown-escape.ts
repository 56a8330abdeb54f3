/**
 * Source text is data: escape what markdown-it would read as syntax, and nothing else, so the
 * body still reads naturally in a plain editor.
 */
const INLINE = /[\\`*_[\]~<>|]/g;
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const LINE_START = /^(\s*)([#>+=-]|\d+[.)]|:{3})/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(ENTITY, '&amp;')
    .replace(LINE_START, (_m, sp: string, mark: string) => `${sp}${mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+=-])$/, '\\$1').replace(/^:::$/, '\\:::')}`);
}
