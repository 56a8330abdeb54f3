/**
 * Rule `paragraph-anchors`: numbers body paragraphs outside containers `p-1`, `p-2`, … in
 * document order (headings and containers do not count) — the same numbering ingest
 * stores in `facts[].anchor` (src/facts/anchors.ts), so `#p-12` lands on the paragraph a fact comes from.
 */
import type { MarkdownIt } from 'markdown-it';
import type { ReportRenderEnv } from './types.ts';
import { paragraphAnchor } from '../../facts/anchors.ts';

export function paragraphAnchors(md: MarkdownIt): void {
  md.core.ruler.push('paragraph-anchors', (state) => {
    const env = state.env as ReportRenderEnv;
    let containerDepth = 0;
    let n = 0;
    for (const token of state.tokens) {
      if (token.type.startsWith('container_')) {
        containerDepth += token.nesting;
        continue;
      }
      if (containerDepth === 0 && token.type === 'paragraph_open' && !token.hidden) {
        token.attrSet('id', paragraphAnchor(++n));
      }
    }
    env.paragraphCount = n;
    return true;
  });
}
