/**
 * The bounds on every input, in one place: what ingest accepts from a source and what the site
 * accepts from a report. Each is checked before the memory it guards is spent (a file's size
 * from stat before reading, a Word document's unpacked sizes from its zip directory before
 * inflating), and exceeding one is a one-line refusal naming the file and the limit.
 *
 * Chosen as several times the largest real input seen (an article is a few dozen KB of text,
 * a paragraph a few hundred characters, a headline under 64), so no real report comes near
 * them, yet low enough that the build's memory and the search index stay bounded.
 * src/ingest/README.md lists them for staff.
 */

/** Largest source file per format, in bytes, checked from stat before the file is read. */
export const SOURCE_LIMITS = {
  /** A `.txt` source: a single article is a few dozen KB at most. */
  textMaxBytes: 2 * 1024 * 1024,
  /** `.docx` with a dozen phone photos pasted in. */
  docxMaxBytes: 60 * 1024 * 1024,
  /** `.html`/`.htm` as a browser saves it (inline scripts and styles included); its images are separate files. */
  htmlMaxBytes: 12 * 1024 * 1024,
  /** One image file of a saved page. */
  imageMaxBytes: 25 * 1024 * 1024,
  /** Elements nested in a page or Word document (as parsed): real pages nest a few dozen deep; Chromium's parser stops nesting at 512. */
  maxNesting: 512,
} as const;

/**
 * A Word document is a zip: its central directory states each part's unpacked size, read before
 * anything is inflated. A 390 KB document whose text unpacks to 400 MB (a zip bomb) is refused
 * here; each part is then inflated with its stated size as a hard cap, so a directory that
 * lies is refused too.
 */
export const DOCX_LIMITS = {
  /** All parts together, unpacked: photos are stored already compressed, so a real document unpacks to about its own size. */
  maxUnpackedBytes: 120 * 1024 * 1024,
  /** One XML part (the text, styles, numbering …), unpacked: a 50-page report's document.xml is ~2 MB. */
  maxXmlPartBytes: 16 * 1024 * 1024,
  /** Parts in the zip: a document with a dozen photos has ~40. */
  maxParts: 2000,
} as const;

/** Bounds on a report, checked by ingest before writing and by the site before rendering. */
export const REPORT_LIMITS = {
  /** A report file: text of a 2 MB source plus its front matter (facts, removed lines); real ones are ~25 KB. */
  maxFileBytes: 4 * 1024 * 1024,
  /** A body paragraph, in characters: real ones are under 2,000; the search index and markdown stay linear below this. */
  maxParagraphChars: 20_000,
  /** The headline, in characters: ingest's headlines are at most 64; the page's <title> and every card show it whole. */
  maxTitleChars: 200,
} as const;

/** `n` bytes as "12 MB" / "390 KB" for the one-line refusals. */
export function shownBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB` : `${Math.ceil(n / 1024)} KB`;
}
