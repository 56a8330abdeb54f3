/**
 * The ingest pipeline: an ordered list of named stages over one state object (markdown-it
 * style). Each stage is a pure function in its own file; order matters (furniture and ads go
 * first so later stages only see article lines; captions before the headline so a caption is
 * never taken for it; sentences are joined once everything else is claimed).
 */
import { initialState, type IngestState } from './state.ts';
import { decodeText } from './stages/decode-text.ts';
import { normalizeLines } from './stages/normalize-lines.ts';
import { stripPortalFurniture } from './stages/strip-portal-furniture.ts';
import { readArticleInfo } from './stages/read-article-info.ts';
import { stripTailFurniture } from './stages/strip-tail-furniture.ts';
import { detectAdvertisement } from './stages/detect-advertisement.ts';
import { stripHeadlineList } from './stages/strip-headline-list.ts';
import { findFactBox } from './stages/find-fact-box.ts';
import { findBylineCredit } from './stages/find-byline-credit.ts';
import { findCaptions } from './stages/find-captions.ts';
import { findHeadline } from './stages/find-headline.ts';
import { findSections } from './stages/find-sections.ts';
import { joinCutSentences } from './stages/join-cut-sentences.ts';
import { inferDate } from './stages/infer-date.ts';
import { findFacts } from './stages/find-facts.ts';
import { pickTopics } from './stages/pick-topics.ts';
import { summarize } from './stages/summarize.ts';
import { markDraft } from './stages/mark-draft.ts';
import { collectRemoved } from './stages/collect-removed.ts';
import { renderMarkdown } from './stages/render-markdown.ts';

export type Stage = (state: IngestState) => IngestState;

export const stages: readonly { name: string; run: Stage }[] = [
  { name: 'decode-text', run: decodeText },
  { name: 'normalize-lines', run: normalizeLines },
  { name: 'strip-portal-furniture', run: stripPortalFurniture },
  { name: 'read-article-info', run: readArticleInfo },
  { name: 'strip-tail-furniture', run: stripTailFurniture },
  { name: 'detect-advertisement', run: detectAdvertisement },
  { name: 'strip-headline-list', run: stripHeadlineList },
  { name: 'find-fact-box', run: findFactBox },
  { name: 'find-byline-credit', run: findBylineCredit },
  { name: 'find-captions', run: findCaptions },
  { name: 'find-headline', run: findHeadline },
  { name: 'find-sections', run: findSections },
  { name: 'join-cut-sentences', run: joinCutSentences },
  { name: 'infer-date', run: inferDate },
  { name: 'find-facts', run: findFacts },
  { name: 'pick-topics', run: pickTopics },
  { name: 'summarize', run: summarize },
  { name: 'collect-removed', run: collectRemoved },
  { name: 'mark-draft', run: markDraft },
  { name: 'render-markdown', run: renderMarkdown },
];

/** Runs every stage over one source file's bytes. Throws IngestInputError for bad input. */
export function runPipeline(file: string, bytes: Uint8Array, only: readonly { name: string; run: Stage }[] = stages): IngestState {
  return only.reduce((state, stage) => stage.run(state), initialState(file, bytes));
}
