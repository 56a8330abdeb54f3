/**
 * hold-unmarked-headline: the publish gate for Word documents. A Word file names its headline by
 * its layout (Title or Heading 1 style, a larger size, a headline face, centred or bold above the
 * text: pick-headline). When none did, whatever short line the text rules took for the title
 * (the school's name, a column label, a byline) is a guess, and the report is held back as a
 * draft until staff confirm it, as one with no headline at all is. Runs after mark-draft, which
 * sets the text rules' reasons; pages state their headline in markup and keep those rules.
 */
import { DOCUMENT_DRAFT_REASONS } from '../patterns-document.ts';
import type { IngestState } from '../state.ts';

export function holdUnmarkedHeadline(s: IngestState): IngestState {
  if (s.document?.format !== 'docx' || s.title === null) return s;
  if (s.lines.some((l) => l.hint?.headline && l.role === 'title')) return s;
  return { ...s, draftReasons: [...s.draftReasons, DOCUMENT_DRAFT_REASONS.unmarkedHeadline(s.title)] };
}
