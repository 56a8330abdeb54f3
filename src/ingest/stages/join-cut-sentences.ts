/**
 * join-cut-sentences: builds the body in reading order. Every line no other stage claimed is
 * body text. A body line that does not end a sentence was cut by the page layout: it is joined
 * with the next body line, across blank lines and across captions (the cut "…一等奖37 |
 * captions | 人次…"). Figures that interrupted a paragraph go right after it.
 */
import type { Figure } from '../../schema/report.ts';
import { CLAUSE_PUNCT, DISPLAY_LINE_MAX, SENTENCE_END } from '../patterns.ts';
import { SPACED_ROLE_LABEL } from '../patterns-portal.ts';
import type { Block, IngestState, Section, SourceLine } from '../state.ts';

/** A line that starts a list item is never glued to the line before it. */
const LIST_ITEM = /^(\d+[.、．)]|[（(]\d+[）)]|[一二三四五六七八九十]+、|[-•·●▪])/;
const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z0-9]/;

export function joinCutSentences(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const paragraphs: string[] = [];
  const figures: Figure[] = [];
  const figureImages: IngestState['figureImages'] = [];
  const warnings = [...s.warnings];
  let sentencesRepaired = 0;
  let current: { text: string; lines: number[] } | null = null;
  let pending: Figure[] = [];
  let boxPlaced = false;
  const captionByLine = new Map(s.captions.map((c) => [c.line, c]));

  const placeFigures = (list: Figure[]) => {
    for (const f of list) {
      f.afterParagraph = paragraphs.length;
      figures.push(f);
      blocks.push({ kind: 'figure', id: f.id });
    }
  };
  const close = () => {
    if (!current) return;
    blocks.push({ kind: 'paragraph', text: current.text, lines: current.lines });
    paragraphs.push(current.text);
    current = null;
    placeFigures(pending);
    pending = [];
  };
  /** A short line with no clause punctuation (signature, date line) stands alone. */
  const isDisplay = (text: string) => text.length <= DISPLAY_LINE_MAX && !CLAUSE_PUNCT.test(text);
  /** A credit line (`文|…`, `记者：…`, `编 辑 …`) stands alone: the next line is not the rest of its sentence. */
  const isCredit = (text: string) => SPACED_ROLE_LABEL.test(text);
  const isOpen = () => current !== null && !SENTENCE_END.test(current.text) && !isDisplay(current.text) && !isCredit(current.text);

  // A short display line that ends the body (`某某团队`) is not the rest of the sentence above it:
  // glued on, furniture would hide inside the last paragraph where no check can see it.
  const lastBody = lines.findLast((l) => l.text !== '' && (l.role === null || l.role === 'body'));
  const endsBodyAlone = (l: SourceLine) => l === lastBody && isDisplay(l.text) && !SENTENCE_END.test(l.text);

  for (const l of lines) {
    if (l.text === '') continue;
    if (s.boxStart !== null && l.no >= s.boxStart && !boxPlaced && s.factBoxes.length) {
      close();
      s.factBoxes.forEach((_, index) => blocks.push({ kind: 'fact-box', index }));
      boxPlaced = true;
    }
    if (l.role === null) l.role = 'body';
    if (l.role === 'body') {
      if (current && isOpen() && !LIST_ITEM.test(l.text) && !endsBodyAlone(l)) {
        const glue = ASCII_WORD_END.test(current.text) && ASCII_WORD_START.test(l.text) ? ' ' : '';
        current.text += glue + l.text;
        current.lines.push(l.no);
        sentencesRepaired++;
      } else {
        close();
        current = { text: l.text, lines: [l.no] };
      }
    } else if (l.role === 'caption' || l.role === 'image') {
      // An image line (Word, HTML) carries its figure; its caption line is then part of it.
      const c = captionByLine.get(l.no);
      if (!c) continue;
      const fig: Figure = { id: `fig-${figures.length + pending.length + 1}`, caption: c.text, credit: c.credit, image: null, afterParagraph: 0 };
      if (c.image !== undefined) figureImages.push({ figure: fig.id, image: c.image });
      if (isOpen()) pending.push(fig);
      else {
        close();
        placeFigures([fig]);
      }
    } else if (l.heading) {
      close();
      blocks.push({ kind: 'heading', level: l.heading.level, text: l.heading.text, line: l.no });
      sections.push({ heading: l.heading.text, level: l.heading.level });
    } else if (l.role === 'byline' || l.role === 'credit' || l.role === 'box') {
      close();
    }
  }
  close();
  for (const b of blocks) {
    if (b.kind === 'paragraph' && !SENTENCE_END.test(b.text) && !isDisplay(b.text)) {
      warnings.push(`第 ${b.lines[b.lines.length - 1]} 行：段落没有句末标点就结束了，请核对是否缺字或断句。`);
    }
  }
  return { ...s, lines, blocks, sections, paragraphs, figures, figureImages, sentencesRepaired, warnings };
}
