/**
 * Rule `facts-container`: `::: facts 数说` … `:::` (optional `###` subtitle, then `#### 标签`
 * + text per item) becomes one `report_fact_box` token, rendered as a grid of big-number
 * cards. Box B's item I has id `box-B-I`, the anchor ingest gives its facts. A card's
 * numbers come from the front-matter facts anchored at that item; each number is one
 * group whose accessible name reads "97.3%，教育的社会满意度". The item text is always
 * shown too, so nothing of the source is lost.
 */
import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import container from 'markdown-it-container';
import { collapseContainers, containerArgument } from './container-ranges.ts';
import type { ReportRenderEnv } from './types.ts';
import { boxId, boxItemAnchor } from '../../facts/anchors.ts';

interface BoxItem {
  label: Token[];
  labelText: string;
  text: Token[][];
}

interface BoxMeta {
  box: number;
  title: string;
  subtitle: Token[] | null;
  /** Paragraphs before the first item, kept rather than dropped. */
  intro: Token[][];
  items: BoxItem[];
}

function collectBox(tokens: readonly Token[], box: number, title: string): BoxMeta {
  const meta: BoxMeta = { box, title, subtitle: null, intro: [], items: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'heading_open' && t.type !== 'paragraph_open') continue;
    const inline = tokens[i + 1];
    const children = inline?.children ?? [];
    if (t.type === 'heading_open' && t.tag === 'h4') {
      meta.items.push({ label: children, labelText: inline?.content ?? '', text: [] });
    } else if (t.type === 'heading_open' && meta.items.length === 0 && meta.subtitle === null) {
      meta.subtitle = children;
    } else {
      const current = meta.items.at(-1);
      (current ? current.text : meta.intro).push(children);
    }
  }
  return meta;
}

export function factsContainer(md: MarkdownIt): void {
  md.use(container, 'facts', { validate: (params: string) => /^facts(\s|$)/.test(params.trim()) });

  md.core.ruler.push('facts-container', (state) => {
    let box = 0;
    collapseContainers(state, 'facts', (open, inner) => {
      const t = new state.Token('report_fact_box', 'aside', 0);
      t.block = true;
      t.map = open.map;
      const meta: BoxMeta = collectBox(inner, ++box, containerArgument(open, 'facts') || '数说');
      t.meta = meta as unknown as Record<string, unknown>;
      return t;
    });
    return true;
  });

  md.renderer.rules.report_fact_box = (tokens, idx, options, rawEnv) => {
    const env = rawEnv as ReportRenderEnv;
    const meta = tokens[idx]!.meta as unknown as BoxMeta;
    const esc = md.utils.escapeHtml;
    const inline = (children: Token[]) => md.renderer.renderInline(children, options, env);
    const box = boxId(meta.box);
    env.headings.push({ depth: 2, slug: box, text: meta.title });
    const cards = meta.items.map((item, n) => {
      const anchor = boxItemAnchor(meta.box, n + 1);
      const facts = env.facts.filter((f) => f.anchor === anchor);
      const numbers = facts
        .map((f) => {
          // The name is set whole: block-level spans would make screen readers split it ("97.3% ， …").
          const name = `${f.text}，${f.subject || item.labelText}`;
          return (
            `<p class="fact-figure" role="group" aria-label="${esc(name)}"><span aria-hidden="true">` +
            `<span class="fact-number">${esc(f.text)}</span>` +
            `<span class="fact-subject">${esc(f.subject || item.labelText)}</span></span></p>`
          );
        })
        .join('');
      const text = item.text.map((p) => `<p class="fact-text">${inline(p)}</p>`).join('');
      return `<li class="fact-card${facts.length ? '' : ' fact-card--text'}" id="${anchor}"><h3 class="fact-label">${inline(item.label)}</h3>${numbers}${text}</li>`;
    });
    return (
      `<aside class="fact-box" id="${box}" aria-labelledby="${box}-title">` +
      `<h2 class="fact-box-title" id="${box}-title">${esc(meta.title)}</h2>` +
      (meta.subtitle ? `<p class="fact-box-subtitle">${inline(meta.subtitle)}</p>` : '') +
      meta.intro.map((p) => `<p>${inline(p)}</p>`).join('') +
      `<ul class="fact-grid">${cards.join('')}</ul></aside>\n`
    );
  };
}
