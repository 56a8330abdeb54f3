/**
 * Rule `cjk-text`: a line break inside a Chinese paragraph must not become a space
 * (markdown-it-cjk-breaks), and `**强调**` must work next to full-width punctuation
 * (markdown-it-cjk-friendly).
 */
import type { MarkdownIt } from 'markdown-it';
import cjkBreaks from 'markdown-it-cjk-breaks';
import cjkFriendly from 'markdown-it-cjk-friendly';

export function cjkText(md: MarkdownIt): void {
  md.use(cjkFriendly);
  md.use(cjkBreaks);
}
