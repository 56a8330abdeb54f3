/**
 * A Word document or saved web page read into what the line pipeline needs: its blocks in
 * reading order (each becomes one line, with its hints), its images (checked and hashed),
 * and what the page states about itself (title, date, author, publisher). Reading is async
 * (mammoth, sharp); the pipeline after it is the text pipeline, synchronous and pure.
 */
import type { LineHint } from '../state.ts';

export type DocumentFormat = 'docx' | 'html';

/** One block of the document: a paragraph, heading, list item, table row, caption, or an image. */
export interface DocBlock extends LineHint {
  /** The block's text, whitespace collapsed ('' for an image). */
  text: string;
}

export interface DocImage {
  /** Where it came from, as the source names it (`page_files/a.jpg`, `Word 图片 3`). */
  origin: string;
  /** The page's alt text ('' in Word or when there is none). */
  alt: string;
  /** The file's bytes, copied as they are (never re-encoded: re-ingest gives the same bytes). */
  bytes: Uint8Array | null;
  /** File extension for the copy (`jpg`, `png` …), null when skipped. */
  ext: string | null;
  width: number;
  height: number;
  /** sha256 of the bytes: identical images are stored once. */
  sha256: string;
  /** Why it is not a photo (`image too small`, `non-raster image`, …), or null. */
  skip: string | null;
  /** Set when staff should look (an image that could not be decoded or was missing). */
  warning?: string;
}

export interface DocumentMeta {
  /** The headline the page states (og:title, JSON-LD headline, the first part of `<title>`), or null. */
  title: string | null;
  /** Every title the page states, for matching a line of the body. */
  titles: string[];
  /** A stated publication date as YYYY-MM-DD, with the markup it was read from. */
  date: { date: string; evidence: string } | null;
  authors: string[];
  publisher: string | null;
}

export interface DocumentSource {
  format: DocumentFormat;
  /** Text encoding the document was read in (a .docx is UTF-8 XML). */
  encoding: string;
  blocks: DocBlock[];
  images: DocImage[];
  meta: DocumentMeta;
}

export const NO_META: DocumentMeta = { title: null, titles: [], date: null, authors: [], publisher: null };
