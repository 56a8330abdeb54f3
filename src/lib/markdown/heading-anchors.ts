/**
 * Rule `heading-anchors` (markdown-it-anchor): ids on section headings that keep the Chinese
 * words (坚持“第一标准” → 坚持-第一标准), and the list the table of contents shows.
 */
import type { MarkdownIt } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import type { ReportRenderEnv, TocHeading } from './types.ts';

export function headingSlug(text: string): string {
  const slug = text.normalize('NFKC').trim().replace(/[\s\p{P}\p{S}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `h-${slug || 'section'}`;
}

export function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, {
    level: [2, 3],
    slugify: headingSlug,
    tabIndex: false,
    callback(token, info) {
      token.attrSet('data-pagefind-weight', token.tag === 'h2' ? '6' : '5');
      // markdown-it-anchor's callback has no env; the renderer reads them back from the tokens.
      token.meta = { ...token.meta, toc: { depth: Number(token.tag.slice(1)), slug: info.slug, text: info.title } };
    },
  });
  md.core.ruler.push('toc-headings', (state) => {
    const env = state.env as ReportRenderEnv;
    for (const t of state.tokens) if (t.meta?.toc) env.headings.push(t.meta.toc as TocHeading);
    return true;
  });
}
