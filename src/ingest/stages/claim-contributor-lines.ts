/**
 * claim-contributor-lines: in a Word document or saved page, a line of its own naming who sent
 * the article (`（供稿：某某小学 体育组）`, `（某某小学供稿）`: CONTRIBUTOR_LINE) is removed as
 * `contributor credit` before the figures are claimed. It often stands right under a repeated
 * photo, where it would otherwise read as that photo's caption, and in parentheses it has the
 * shape of a caption for the text rules too. A text source passes through untouched.
 */
import { CONTRIBUTOR_LINE } from '../patterns-document.ts';
import type { IngestState, SourceLine } from '../state.ts';

export function claimContributorLines(s: IngestState): IngestState {
  if (!s.document) return s;
  const lines: SourceLine[] = s.lines.map((l) =>
    l.role === null && l.text !== '' && l.fold.length <= CONTRIBUTOR_LINE.maxChars && CONTRIBUTOR_LINE.patterns.some((p) => p.test(l.fold))
      ? { ...l, role: 'removed', reason: 'contributor credit' }
      : l,
  );
  return { ...s, lines };
}
