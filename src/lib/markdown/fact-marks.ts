/**
 * Rule `fact-marks`: wraps each fact's printed number in its body paragraph in
 * `<span class="fact-num">`, so a link to `#p-12` (from 本文数据 or the 成果库) can
 * highlight the number on arrival with CSS `:target .fact-num` — no JavaScript.
 * Runs after `paragraph-anchors`; reads the corrected facts from `env.facts`.
 *
 * A fact whose text its paragraph no longer holds (staff split, merged or rewrote paragraphs,
 * so the `p-N` ingest counted moved: src/facts/anchors.ts) is not skipped in silence: it goes
 * to `env.misplacedFacts` with the paragraphs that do hold the text, and the loader stops the
 * build naming the file, the line and the anchor to set.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { isParagraphAnchor } from '../../facts/anchors.ts';
import type { ReportRenderEnv } from './types.ts';

function wrap(state: StateCore, children: Token[], texts: string[]): Token[] {
  const pending = [...texts].sort((a, b) => b.length - a.length);
  const out: Token[] = [];
  for (const child of children) {
    if (child.type !== 'text' || pending.length === 0) {
      out.push(child);
      continue;
    }
    let rest = child.content;
    for (;;) {
      // The earliest occurrence of any pending fact text in what is left of this token.
      let best: { at: number; text: string } | null = null;
      for (const t of pending) {
        const at = rest.indexOf(t);
        if (at >= 0 && (!best || at < best.at)) best = { at, text: t };
      }
      if (!best) break;
      pending.splice(pending.indexOf(best.text), 1);
      if (best.at > 0) out.push(Object.assign(new state.Token('text', '', 0), { content: rest.slice(0, best.at) }));
      const open = new state.Token('fact_num_open', 'span', 1);
      open.attrSet('class', 'fact-num');
      out.push(open, Object.assign(new state.Token('text', '', 0), { content: best.text }), new state.Token('fact_num_close', 'span', -1));
      rest = rest.slice(best.at + best.text.length);
    }
    if (rest) out.push(Object.assign(new state.Token('text', '', 0), { content: rest }));
  }
  return out;
}

export function factMarks(md: MarkdownIt): void {
  md.core.ruler.push('fact-marks', (state) => {
    const env = state.env as Partial<ReportRenderEnv>;
    const facts = (env.facts ?? []).filter((f) => isParagraphAnchor(f.anchor));
    if (facts.length === 0) return true;
    const byAnchor = new Map<string, string[]>();
    for (const f of facts) (byAnchor.get(f.anchor) ?? byAnchor.set(f.anchor, []).get(f.anchor)!).push(f.text);
    /** Each anchored paragraph's text as shown (its text tokens), before the numbers are wrapped. */
    const shown = new Map<string, string>();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'paragraph_open') return;
      const id = String(token.attrGet('id') ?? '');
      const inline = state.tokens[i + 1];
      if (!isParagraphAnchor(id) || inline?.type !== 'inline' || !inline.children) return;
      shown.set(id, inline.children.filter((c) => c.type === 'text').map((c) => c.content).join(''));
      const texts = byAnchor.get(id);
      if (texts) inline.children = wrap(state, inline.children, texts);
    });
    for (const fact of facts) {
      if (shown.get(fact.anchor)?.includes(fact.text)) continue;
      const foundIn = [...shown].filter(([, text]) => text.includes(fact.text)).map(([id]) => id);
      (env.misplacedFacts ??= []).push({ fact, foundIn });
    }
    return true;
  });
}
