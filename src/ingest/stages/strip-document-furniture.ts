/**
 * strip-document-furniture: what a web page's markup shows to be furniture, before the text
 * heuristics look at it: every line inside a furniture region (`<nav>`, a share bar, a
 * sidebar, comments, the page footer: FURNITURE_REGIONS) and every line made mostly of links
 * (navigation, lists of other articles: LINK_DENSITY). The headline is never furniture (an
 * `<h1>` often links to its own page). Word documents and text sources carry no such hints.
 */
import { LINK_DENSITY } from '../patterns-document.ts';
import type { IngestState, SourceLine } from '../state.ts';

export function stripDocumentFurniture(s: IngestState): IngestState {
  if (!s.document) return s;
  const lines: SourceLine[] = s.lines.map((l) => {
    if (l.text === '' || l.role !== null || !l.hint || l.hint.headline) return l;
    if (l.hint.region) return { ...l, role: 'removed', reason: l.hint.region };
    if ((l.hint.linkDensity ?? 0) >= LINK_DENSITY.navigation) return { ...l, role: 'removed', reason: 'navigation' };
    return l;
  });
  return { ...s, lines };
}
