/**
 * find-sections: section headings. `## X` (with the `### Y` right after it as its
 * subheading), two-line couplet headings (joined with a space, like the one-line headlines),
 * and numbered portal headings (一、… level 2, （一）… level 3).
 */
import { CLAUSE_PUNCT, HAS_SENTENCE, MD_HEADING, NUMBERED_HEADING, SENTENCE_END, SHORT_LINE } from '../patterns.ts';
import { BOLD_HEADING, HEADING_HINT } from '../patterns-document.ts';
import { blocks, type IngestState, type SourceLine } from '../state.ts';

/**
 * A Word or HTML heading, as the `#` marks of a text source would give it: the body's highest
 * heading level (`top`: `<h2>`, or `<h3>` on a page that uses no `<h2>`) → `##`, every lower
 * one → `###`; a bold short Word paragraph that is not a sentence → `##`. Text set large but
 * long (a paragraph in an `<h4>`) is no heading.
 */
function hintedHeading(l: SourceLine, top: number): RegExpExecArray | null {
  const h = l.hint;
  if (!h || h.headline) return null;
  const level = h.heading && l.text.length <= HEADING_HINT.maxChars && !HAS_SENTENCE.test(l.text) ? Math.min(3, 2 + h.heading - top) : h.bold && l.text.length <= BOLD_HEADING.maxChars && !SENTENCE_END.test(l.text) && !HAS_SENTENCE.test(l.text) ? 2 : 0;
  return level ? MD_HEADING.exec(`${'#'.repeat(level)} ${l.text}`) : null;
}

export function findSections(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const inScope = (l: SourceLine) => l.text !== '' && l.role === null && (s.boxStart === null || l.no < s.boxStart);

  const levels = lines.filter((l) => inScope(l) && l.hint?.heading && !l.hint.headline).map((l) => l.hint!.heading!);
  const top = levels.length ? Math.min(...levels) : 2;
  let lastH2: number | null = null;
  for (const l of lines) {
    if (!inScope(l)) {
      if (l.text !== '' && l.role !== 'heading') lastH2 = null;
      continue;
    }
    const m = MD_HEADING.exec(l.text) ?? hintedHeading(l, top);
    if (!m) {
      lastH2 = null;
      continue;
    }
    const level = m[1]!.length;
    const text = m[2]!;
    if (level <= 2) {
      l.role = 'heading';
      l.heading = { level: 2, text };
      lastH2 = l.no;
    } else {
      l.role = lastH2 !== null ? 'subheading' : 'heading';
      l.heading = { level: 3, text, sub: lastH2 !== null };
      lastH2 = null;
    }
  }

  const title = lines.find((l) => l.role === 'title');
  for (const block of blocks(lines)) {
    const items = block.filter(inScope);
    if (items.length !== block.length || (title && block[0]!.no < title.no)) continue;
    const display = (l: SourceLine) => l.text.length <= SHORT_LINE.maxCoupletLine && !CLAUSE_PUNCT.test(l.text);
    if (items.length === 2 && items.every(display)) {
      items[0]!.role = 'heading';
      items[0]!.heading = { level: 2, text: `${items[0]!.text} ${items[1]!.text}` };
      items[1]!.role = 'heading';
      continue;
    }
    const only = items[0];
    if (items.length === 1 && only && only.text.length <= SHORT_LINE.maxNumberedHeading && !HAS_SENTENCE.test(only.text)) {
      const numbered = NUMBERED_HEADING.find((n) => n.pattern.test(only.text));
      if (numbered) {
        only.role = 'heading';
        only.heading = { level: numbered.level, text: only.text };
      }
    }
  }
  return { ...s, lines };
}
