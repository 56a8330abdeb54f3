/**
 * render-markdown: the body per the shared contract: paragraphs separated by blank lines,
 * `##`/`###` headings, `::: figure fig-N` and `::: facts 数说` containers.
 */
import { escapeMarkdown } from '../markdown-escape.ts';
import type { IngestState } from '../state.ts';

export function renderMarkdown(s: IngestState): IngestState {
  const out: string[] = [];
  const figures = new Map(s.figures.map((f) => [f.id, f]));
  for (const b of s.blocks) {
    if (b.kind === 'paragraph') out.push(escapeMarkdown(b.text));
    else if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
    else if (b.kind === 'figure') out.push(`::: figure ${b.id}\n${escapeMarkdown(figures.get(b.id)!.caption)}\n:::`);
    else {
      const box = s.factBoxes[b.index]!;
      const parts = [`::: facts ${escapeMarkdown(box.title)}`];
      if (box.subtitle) parts.push(`### ${escapeMarkdown(box.subtitle)}`);
      for (const item of box.items) {
        if (item.label) parts.push(`#### ${escapeMarkdown(item.label)}`);
        parts.push(escapeMarkdown(item.text));
      }
      parts.push(':::');
      out.push(parts.join('\n\n'));
    }
  }
  return { ...s, body: out.join('\n\n') + '\n' };
}
