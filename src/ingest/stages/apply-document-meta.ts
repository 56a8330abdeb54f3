/**
 * apply-document-meta: what a web page states in its markup fills what its text left open:
 * the publisher (JSON-LD publisher, og:site_name) when no 来源 field or dateline named one,
 * and the authors (JSON-LD author, `<meta name="author">`) when no byline did. A meta author
 * that is not a person's name (a site, an office) is ignored, never made a doubtful byline:
 * the page's own text decides what a reader sees.
 */
import { namesOf } from '../byline-names.ts';
import type { IngestState } from '../state.ts';

export function applyDocumentMeta(s: IngestState): IngestState {
  const meta = s.document?.meta;
  if (!meta) return s;
  const publisher = s.publisher ?? meta.publisher;
  const authors = s.authors.length ? s.authors : meta.authors.flatMap((a) => namesOf(a).names);
  return { ...s, publisher, authors: [...new Set(authors)] };
}
