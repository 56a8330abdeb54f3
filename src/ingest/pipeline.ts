/**
 * The ingest pipeline: an ordered list of named stages over one state object (markdown-it
 * style). Each stage is a pure function in its own file; a Word document or web page enters as
 * lines with hints (document-lines) and then meets the same stages as text; order matters (furniture and ads go
 * first so later stages only see article lines; captions before the headline so a caption is
 * never taken for it; sentences are joined once everything else is claimed).
 */
import { initialState, type IngestState } from './state.ts';
import type { DocumentSource } from './formats/document.ts';
import { documentLines } from './stages/document-lines.ts';
import { stripDocumentFurniture } from './stages/strip-document-furniture.ts';
import { claimContributorLines } from './stages/claim-contributor-lines.ts';
import { claimDocumentFigures } from './stages/claim-document-figures.ts';
import { readDocumentDate } from './stages/read-document-date.ts';
import { holdUnmarkedHeadline } from './stages/hold-unmarked-headline.ts';
import { applyDocumentMeta } from './stages/apply-document-meta.ts';
import { namePhotos } from './stages/name-photos.ts';
import { decodeText } from './stages/decode-text.ts';
import { normalizeLines } from './stages/normalize-lines.ts';
import { stripPortalFurniture } from './stages/strip-portal-furniture.ts';
import { readArticleInfo } from './stages/read-article-info.ts';
import { cutInlineFurniture } from './stages/cut-inline-furniture.ts';
import { dropRepeatedSummary } from './stages/drop-repeated-summary.ts';
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
  { name: 'document-lines', run: documentLines },
  { name: 'decode-text', run: decodeText },
  { name: 'normalize-lines', run: normalizeLines },
  { name: 'strip-document-furniture', run: stripDocumentFurniture },
  { name: 'claim-contributor-lines', run: claimContributorLines },
  { name: 'claim-document-figures', run: claimDocumentFigures },
  { name: 'strip-portal-furniture', run: stripPortalFurniture },
  { name: 'read-article-info', run: readArticleInfo },
  { name: 'cut-inline-furniture', run: cutInlineFurniture },
  { name: 'drop-repeated-summary', run: dropRepeatedSummary },
  { name: 'strip-tail-furniture', run: stripTailFurniture },
  { name: 'detect-advertisement', run: detectAdvertisement },
  { name: 'strip-headline-list', run: stripHeadlineList },
  { name: 'find-fact-box', run: findFactBox },
  { name: 'find-byline-credit', run: findBylineCredit },
  { name: 'apply-document-meta', run: applyDocumentMeta },
  { name: 'read-document-date', run: readDocumentDate },
  { name: 'find-captions', run: findCaptions },
  { name: 'find-headline', run: findHeadline },
  { name: 'find-sections', run: findSections },
  { name: 'join-cut-sentences', run: joinCutSentences },
  { name: 'infer-date', run: inferDate },
  { name: 'name-photos', run: namePhotos },
  { name: 'find-facts', run: findFacts },
  { name: 'pick-topics', run: pickTopics },
  { name: 'summarize', run: summarize },
  { name: 'collect-removed', run: collectRemoved },
  { name: 'mark-draft', run: markDraft },
  { name: 'hold-unmarked-headline', run: holdUnmarkedHeadline },
  { name: 'render-markdown', run: renderMarkdown },
];

/**
 * Runs every stage over one source file's bytes (a Word document or web page comes already
 * read into blocks: formats/read-document.ts). Throws IngestInputError for bad input.
 */
export function runPipeline(file: string, bytes: Uint8Array, only: readonly { name: string; run: Stage }[] = stages, document: DocumentSource | null = null): IngestState {
  return only.reduce((state, stage) => stage.run(state), initialState(file, bytes, document));
}
