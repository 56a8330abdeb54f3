/**
 * The state the report renderer's rules share through markdown-it's `env`: what the
 * front matter says about figures and facts (input) and what the rules found (output).
 */
import type { Env } from 'markdown-it';
import type { Fact, Figure } from '../../schema/report.ts';
import { htmlId } from '../output-escape.ts';

/** A heading the table of contents can list. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** markdown-it's env is an open record; other plugins (markdown-it-anchor) keep state in it too. */
export interface ReportRenderEnv extends Env {
  /** Front matter figures; a `::: figure fig-N` container takes its image and credit from here. */
  figures: readonly Figure[];
  /** Facts already filtered by staff corrections; box cards show those anchored at their item. */
  facts: readonly Fact[];
  /** Filled by the renderer: section headings in order. */
  headings: TocHeading[];
  /** Filled by the renderer: ids of figures that have a photo: the page inserts their <picture> at `<!--photo:ID-->`. */
  photoFigures: string[];
  /** Filled by the renderer: body paragraphs numbered (the last `p-N`). */
  paragraphCount: number;
  /** Filled by the renderer: paragraph facts whose text is not in their anchored paragraph (fact-marks). */
  misplacedFacts: MisplacedFact[];
  /** Filled by the renderer: `::: figure ID` containers whose id no front-matter figure has, with the body line (0-based) of each. */
  unknownFigures: { id: string; line: number }[];
}

/** A fact anchored at `p-N` whose printed text that paragraph no longer holds (staff split, merged or edited it). */
export interface MisplacedFact {
  fact: Fact;
  /** The paragraphs that do hold the text, in order (empty: none). */
  foundIn: string[];
}

export function createRenderEnv(figures: readonly Figure[] = [], facts: readonly Fact[] = []): ReportRenderEnv {
  return { figures, facts, headings: [], photoFigures: [], paragraphCount: 0, misplacedFacts: [], unknownFigures: [] };
}

/** The marker the page replaces with the figure's optimised <picture>; source text can never produce it (html is off). */
export function photoMarker(figureId: string): string {
  // A comment is the one place an escape does not help: the id is checked instead (htmlId).
  return `<!--photo:${htmlId(figureId)}-->`;
}
export const PHOTO_MARKER_PATTERN = /<!--photo:([A-Za-z0-9_-]+)-->/;
