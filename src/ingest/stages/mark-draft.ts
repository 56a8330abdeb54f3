/**
 * mark-draft: what the ingest could not establish and a reader would see (no headline, no date,
 * a byline it doubts, an unreadable numbers box) holds the report back: `draft: true` with one
 * reason per problem (DRAFT_REASONS). The site publishes no draft; staff fix the field and
 * delete the mark.
 */
import { DRAFT_REASONS } from '../patterns.ts';
import type { IngestState } from '../state.ts';

export function markDraft(s: IngestState): IngestState {
  const draftReasons = DRAFT_REASONS.filter((r) => r.test(s)).map((r) => r.reason(s));
  return { ...s, draftReasons };
}
