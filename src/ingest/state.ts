/**
 * The one state object the ingest stages pass along. Each source line keeps its 1-based
 * number and gets exactly one role, so a test can prove that no line is lost.
 */
import type { Fact, FactBox, Figure, RemovedLine } from '../schema/report.ts';
import { foldToSimplified } from '../text/script-fold.ts';
import type { DocumentSource } from './formats/document.ts';

/** What a source line turned out to be. `null` until a stage claims it. */
export type LineRole =
  | 'body'
  | 'heading'
  | 'subheading'
  | 'caption'
  | 'byline'
  | 'credit'
  | 'box'
  | 'page-label'
  | 'title'
  | 'subtitle'
  | 'removed'
  /** An image of a Word document or saved web page (the figure's photo, or a skipped image). */
  | 'image';

/**
 * What a Word document or a saved web page told us about a line, beyond its text (a text
 * source has none). Stages honour it where it matters: a link-heavy line is navigation, the
 * chosen `<h1>` is the headline, `<h2>`–`<h6>` are sections, an image is a figure.
 */
export interface LineHint {
  /** `<h1>`–`<h6>`, or a Word heading style. */
  heading?: 1 | 2 | 3 | 4 | 5 | 6;
  /** The headline the format names (the `<h1>` matching og:title, Word's Title style …). */
  headline?: boolean;
  /** Share of the line's characters inside links (0–1). */
  linkDensity?: number;
  /** Every character bold (a Word candidate heading). */
  bold?: boolean;
  /** Centred (`text-align: center`, `align=center`, a centred Word paragraph): how portals set a caption under a photo. */
  centered?: boolean;
  /** Word: the size of the line's text in points (direct formatting: WPS sets a headline in 二号 = 22 pt). */
  fontSize?: number;
  /** Word: the font of the line's text (`方正小标宋简体`). */
  font?: string;
  /** Word: the line follows an image in the same paragraph, after a line break (how WPS writes a photo and its caption). */
  besideImage?: boolean;
  /** Word: the line comes right before an image in the same paragraph (a floating photo anchored at the end of its caption). */
  beforeImage?: boolean;
  /** A page block whose class or id names it the headline (`<div class="news_title">`: HEADLINE_CLASS). */
  titled?: boolean;
  /** A `<figcaption>` or Word's Caption style. */
  caption?: boolean;
  /** The `<figure>` the line sits in: an image and its caption share it. */
  figure?: number;
  /** A caption shared by this many figures from `figure` on (one merged cell under two photos of a photo table). */
  figureSpan?: number;
  /** A page region that is furniture (`<nav>`, a share bar, a sidebar …): the reason to remove it. */
  region?: string;
  /** Index of the image this line stands for, in the document's images. */
  image?: number;
}

export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line as decoded, trimmed (kept for `removed[].text`). */
  raw: string;
  /** The line after normalisation (full-width digits/letters folded, spaces collapsed). */
  text: string;
  /**
   * `text` with traditional characters folded to simplified, one for one (same offsets):
   * what the pattern tables match against, so 記者/來源 meet 记者/来源. Never published.
   */
  fold: string;
  /** Parts cut out of this line (a header glued to the headline, a byline glued to the lede …), each recorded as removed. */
  cuts?: { text: string; reason: string }[];
  role: LineRole | null;
  /** Why a removed line is not part of the article. */
  reason?: string;
  /** For the first line of a heading: its level and text (a couplet's two lines joined). */
  heading?: { level: 2 | 3; text: string; sub?: boolean };
  /** What the source format said about the line (Word and HTML only). */
  hint?: LineHint;
}

/** A body block in reading order; `render-markdown` turns these into Markdown. */
export type Block =
  | { kind: 'paragraph'; text: string; lines: number[] }
  | { kind: 'heading'; level: 2 | 3; text: string; line: number }
  | { kind: 'figure'; id: string }
  | { kind: 'fact-box'; index: number };

export interface Section {
  heading: string;
  level: number;
}

export interface IngestState {
  /** Source file name (no directory). */
  file: string;
  bytes: Uint8Array;
  sha256: string;
  encoding: string;
  text: string;
  lines: SourceLine[];
  title: string | null;
  /** Headlines the page states of itself elsewhere (a `标题:` metadata row, a saved page's og:title/<title>): the taken headline must agree. */
  statedTitles: string[];
  subtitle: string | null;
  kicker: string | null;
  pageLabels: string[];
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  dateStated: boolean;
  dateEvidence: string[];
  publisher: string | null;
  /** The original article's address, when the text gives it (`原文链接: https://…`). */
  sourceUrl: string | null;
  authors: string[];
  photoCredit: string | null;
  /** The editor in charge from a `责任编辑：X` line (the line itself is removed), or null. */
  editor: string | null;
  /** Captions per line number, found by `find-captions`, with an optional credit (and, for an image line, its image). */
  captions: { line: number; text: string; credit: string | null; image?: number }[];
  sections: Section[];
  blocks: Block[];
  paragraphs: string[];
  figures: Figure[];
  factBoxes: FactBox[];
  /** Line number where the numbers box starts (everything from there is box or trailing matter). */
  boxStart: number | null;
  sentencesRepaired: number;
  facts: Fact[];
  topics: string[];
  summary: string;
  removed: RemovedLine[];
  warnings: string[];
  /** The Markdown body (without front matter). */
  body: string;
  /** Words that stood where a byline name should and were refused (a menu, an organisation). */
  doubtfulNames: string[];
  /** Why the report must not be published until staff resolve it (empty: publishable). */
  draftReasons: string[];
  /** A Word document or web page already read into blocks (null: a text source). */
  document: DocumentSource | null;
  /** Which figure shows which of the document's images (set by join-cut-sentences). */
  figureImages: { figure: string; image: number }[];
  /** Photo files to write beside the report (path relative to the reports folder), one per distinct image. */
  photos: { path: string; bytes: Uint8Array }[];
}

export function initialState(file: string, bytes: Uint8Array, document: DocumentSource | null = null): IngestState {
  return {
    file,
    bytes,
    sha256: '',
    encoding: 'utf-8',
    text: '',
    lines: [],
    title: null,
    statedTitles: [],
    subtitle: null,
    kicker: null,
    pageLabels: [],
    date: null,
    datePrecision: null,
    dateStated: false,
    dateEvidence: [],
    publisher: null,
    sourceUrl: null,
    authors: [],
    photoCredit: null,
    editor: null,
    captions: [],
    sections: [],
    blocks: [],
    paragraphs: [],
    figures: [],
    factBoxes: [],
    boxStart: null,
    sentencesRepaired: 0,
    facts: [],
    topics: [],
    summary: '',
    removed: [],
    warnings: [],
    body: '',
    doubtfulNames: [],
    draftReasons: [],
    document,
    figureImages: [],
    photos: [],
  };
}

/** Bad input a user must fix (empty, binary, too big …): reported as one line, no stack. */
export class IngestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestInputError';
  }
}

/** Cuts `part` (found in `l.text`) out of the line, records it, and keeps `fold` in step. */
export function cutFromLine(l: SourceLine, part: string, reason: string): void {
  const at = l.text.indexOf(part);
  if (at < 0 || part === '') return;
  l.text = (l.text.slice(0, at) + l.text.slice(at + part.length)).trim();
  l.fold = foldToSimplified(l.text);
  l.cuts = [...(l.cuts ?? []), { text: part.trim(), reason }];
}

/** Returns a copy of `lines` with the given line numbers set to `role` (and reason). */
export function claim(lines: readonly SourceLine[], nos: Iterable<number>, role: LineRole, reason?: string): SourceLine[] {
  const set = new Set(nos);
  return lines.map((l) => (set.has(l.no) ? { ...l, role, ...(reason ? { reason } : {}) } : l));
}

/** Non-blank lines not yet claimed by any stage. */
export function open(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((l) => l.text !== '' && l.role === null);
}

/** Number of blank lines right before the line at `index` (counting back to the previous non-blank line). */
export function gapBefore(lines: readonly SourceLine[], index: number): { blanks: number; prev: SourceLine | null } {
  let blanks = 0;
  for (let i = index - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.text === '') blanks++;
    else return { blanks, prev: l };
  }
  return { blanks, prev: null };
}

/** Groups the non-blank lines into blocks: lines with no blank line between them. */
export function blocks<T extends SourceLine>(lines: readonly T[]): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}
