/**
 * Rule `section-dek`: a `###` line right after a `##` is that section's subheading (seed
 * 000's "强师先立德 …"), not a subsection; the pair becomes <hgroup><h2/><p class="section-dek"/></hgroup>.
 */
import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';

export function sectionDek(md: MarkdownIt): void {
  md.core.ruler.push('section-dek', (state) => {
    const out: Token[] = [];
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const dek = tokens[i + 3];
      const isPair = t.type === 'heading_open' && t.tag === 'h2' && dek?.type === 'heading_open' && dek.tag === 'h3';
      if (!isPair) {
        out.push(t);
        continue;
      }
      const open = new state.Token('hgroup_open', 'hgroup', 1);
      const close = new state.Token('hgroup_close', 'hgroup', -1);
      open.block = close.block = true;
      const dekClose = tokens[i + 5]!;
      dek.type = 'section_dek_open';
      dek.tag = 'p';
      dek.attrSet('class', 'section-dek');
      dek.attrSet('data-pagefind-weight', '5');
      dekClose.type = 'section_dek_close';
      dekClose.tag = 'p';
      out.push(open, ...tokens.slice(i, i + 6), close);
      i += 5;
    }
    state.tokens = out;
    return true;
  });
}
