/**
 * The report body renderer: markdown-it (raw HTML off, so source text is always escaped)
 * plus an ordered list of small named rules, each in its own file. Ingest writes the body
 * contract these rules read (see the team brief: figures, facts boxes, anchors).
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';
import type { Fact, Figure } from '../../schema/report.ts';
import { cjkText } from './cjk-text.ts';
import { factsContainer } from './facts-container.ts';
import { figureContainer } from './figure-container.ts';
import { headingAnchors } from './heading-anchors.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';
import { factMarks } from './fact-marks.ts';
import { sectionDek } from './section-dek.ts';
import { createRenderEnv, type ReportRenderEnv } from './types.ts';

export { headingSlug } from './heading-anchors.ts';
export { PHOTO_MARKER_PATTERN, photoMarker, type MisplacedFact, type TocHeading } from './types.ts';

/** Applied in this order: each rule pushes its core rule after the previous ones (after markdown-it's own). */
const RULES = [cjkText, paragraphAnchors, factMarks, figureContainer, factsContainer, sectionDek, headingAnchors] as const;

export function createReportMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  for (const rule of RULES) rule(md);
  return md;
}

/** The body HTML and what the rules found (documented on ReportRenderEnv); the loader stops the build on misplaced facts. */
export interface RenderedBody extends Pick<ReportRenderEnv, 'headings' | 'photoFigures' | 'paragraphCount' | 'misplacedFacts' | 'unknownFigures'> {
  html: string;
}

let shared: MarkdownIt | undefined;

export function renderReportBody(body: string, figures: readonly Figure[] = [], facts: readonly Fact[] = []): RenderedBody {
  shared ??= createReportMarkdown();
  const env = createRenderEnv(figures, facts);
  const html = shared.render(body, env);
  // The fact box pushes its heading while rendering, after the parsed headings: restore document order.
  const order = (slug: string) => html.indexOf(`id="${slug}"`);
  const headings = [...env.headings].sort((a, b) => order(a.slug) - order(b.slug));
  return { html, headings, photoFigures: env.photoFigures, paragraphCount: env.paragraphCount, misplacedFacts: env.misplacedFacts, unknownFigures: env.unknownFigures };
}
