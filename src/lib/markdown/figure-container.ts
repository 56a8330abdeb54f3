/**
 * Rule `figure-container`: `::: figure fig-N` … `:::` becomes one `report_figure` token; it
 * renders the caption (the container's text) with the figure's credit from front matter.
 * A figure with a photo gets a marker the page swaps for an optimised <picture>. One
 * without a photo (a text source had a caption but no image) is not a figure to a reader:
 * a box with no photo in it looks broken. It becomes a plain line in the flow marked
 * 图片说明. Kept, not dropped: captions carry names, places and numbers the body may not
 * repeat, and staff chose to keep them. It is a <div>, not a <p>, so it is never taken
 * for a body paragraph (anchors `p-N` count Markdown paragraphs only).
 */
import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import container from 'markdown-it-container';
import { collapseContainers, containerArgument } from './container-ranges.ts';
import { photoMarker, type ReportRenderEnv } from './types.ts';

interface FigureMeta {
  id: string;
  caption: Token[];
}

export function figureContainer(md: MarkdownIt): void {
  md.use(container, 'figure', { validate: (params: string) => /^figure\s+\S+/.test(params.trim()) });

  md.core.ruler.push('figure-container', (state) => {
    collapseContainers(state, 'figure', (open, inner) => {
      const caption: Token[] = [];
      for (const t of inner) {
        if (t.type !== 'inline') continue;
        if (caption.length) caption.push(new state.Token('softbreak', 'br', 0));
        caption.push(...(t.children ?? []));
      }
      const fig = new state.Token('report_figure', 'figure', 0);
      fig.block = true;
      fig.map = open.map;
      const meta: FigureMeta = { id: containerArgument(open, 'figure'), caption };
      fig.meta = meta as unknown as Record<string, unknown>;
      return fig;
    });
    return true;
  });

  md.renderer.rules.report_figure = (tokens, idx, options, rawEnv) => {
    const env = rawEnv as ReportRenderEnv;
    const { id, caption } = tokens[idx]!.meta as unknown as FigureMeta;
    const figure = env.figures.find((f) => f.id === id);
    // A caption without its figure is staff's typo (or a deleted figure): the loader stops the build at this line.
    if (!figure) env.unknownFigures.push({ id, line: tokens[idx]!.map?.[0] ?? 0 });
    const esc = md.utils.escapeHtml;
    const hasPhoto = Boolean(figure?.image);
    if (hasPhoto) env.photoFigures.push(id);
    const credit = figure?.credit ? `<span class="figure-credit">${esc(figure.credit)}</span>` : '';
    const text = `<span class="figure-caption">${md.renderer.renderInline(caption, options, env)}</span>${credit}`;
    // The label is the page's, not the report's words: not indexed for search.
    if (!hasPhoto) return `<div class="caption-note" id="${esc(id)}"><span class="caption-note-label" data-pagefind-ignore>图片说明：</span>${text}</div>\n`;
    return `<figure class="figure" id="${esc(id)}">${photoMarker(id)}<figcaption>${text}</figcaption></figure>\n`;
  };
}
