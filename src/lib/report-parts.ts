/**
 * A report's heavy, page-only parts, kept out of Astro's content store.
 *
 * Astro serialises its whole data store on every build and the pages parse it again; at
 * 10,000 reports the rendered body HTML (57 %) and the facts (36 %) made it 151 M characters,
 * ~11 s of every build and most of its peak memory. Only the report's own page, its
 * facts.json and the 成果库 need them, so the loader writes them beside the store, two files
 * per report named by its digest (the report file, its photos and the render code):
 *
 *   <cacheDir>/report-parts/<digest>.html   the rendered body (photo figures as markers)
 *   <cacheDir>/report-parts/<digest>.json   the rest of the front matter, headings, placeholders …
 *
 * Content-addressed: an unchanged report keeps its files; a changed one gets new ones and
 * the old ones become stale. Files are written atomically (temp + rename, .json last, so a
 * .json means its .html is complete). Each entry carries checksums of its bytes: the .json's
 * first line is the SHA-256 of the rest of it, which holds the SHA-256 of the .html. A file cut
 * short, edited or swapped in the cache is found when the loader decides to keep an entry
 * (it renders the report again) and when a page reads it (a clear error, never a page built
 * from damaged parts). Pure file I/O, no Astro: the tests use it directly.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { writeAtomic } from './write-atomic.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact, Report } from '../schema/report.ts';
import type { TocHeading } from './markdown/index.ts';

/**
 * The front-matter fields Astro's content store keeps (src/content.config.ts picks them):
 * what pages other than the report's own read. Every other field is in the parts.
 */
export const STORED_FIELDS = {
  /** Cards, previous/next and related links, RSS, the 成果库 rows. */
  title: true,
  /** Cards. */
  kicker: true,
  /** Sorting, year archives, date labels on cards and links, RSS, the 成果库 rows. */
  date: true,
  /** Date labels ("2024年9月") on cards and links. */
  datePrecision: true,
  /** Date labels: an inferred date reads "约…". */
  dateStated: true,
  /** Cards, RSS. */
  summary: true,
  /** Topic listings, related reports, RSS, the 成果库 rows. */
  topics: true,
  /** The card's lead photo; and astro:assets resolves figure photos only for data in the store. */
  figures: true,
} as const satisfies { [K in keyof Report]?: true };

export type StoredField = keyof typeof STORED_FIELDS;
/**
 * The front-matter fields that live in the parts. `facts` is the fact view (src/lib/fact-view.ts):
 * corrections applied, hidden facts gone; `factCorrections` is not kept, so no reader can apply
 * the corrections a second time.
 */
export type PartFields = Omit<Report, StoredField | 'factCorrections'>;

/** What `<digest>.json` holds. */
export interface ReportPartsData {
  /** Every front-matter field the store does not keep (the fact view, boxes, provenance, byline …). */
  data: PartFields;
  /** Section headings for the table of contents, in document order. */
  headings: TocHeading[];
  /** Figures whose photo the page inserts at its marker. */
  photoFigures: string[];
  /** Body paragraphs numbered p-1 … p-N. */
  paragraphCount: number;
  readingMinutes: number;
  /** Figure id → blurred placeholder (data URI) shown while the photo loads. */
  placeholders: Record<string, string>;
}

export interface ReportParts extends ReportPartsData {
  /** The rendered body HTML, with `<!--photo:ID-->` markers where photos go. */
  html: string;
}

/**
 * Unreferenced parts younger than this are left alone: another build of the same checkout
 * (same cacheDir, other REPORTS_DIR) may be about to render from them. Parts a build uses are
 * touched, so they never look old while in use.
 */
export const STALE_AFTER_MS = 60 * 60 * 1000;

const PARTS_DIR = 'report-parts';
const DIGEST = /^[A-Za-z0-9_-]+$/;

/** The parts folder inside Astro's cacheDir. */
export function reportPartsDir(cacheDir: URL | string): string {
  const dir = cacheDir instanceof URL ? fileURLToPath(cacheDir) : cacheDir;
  return path.join(dir, PARTS_DIR);
}

/** The store's fields and the parts' fields of a front matter (raw or validated). */
export function splitFields(data: object): { stored: Record<string, unknown>; parts: Record<string, unknown> } {
  const stored: Record<string, unknown> = {};
  const parts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) (Object.hasOwn(STORED_FIELDS, k) ? stored : parts)[k] = v;
  return { stored, parts };
}

/** What the parts keep of a validated report: the fields the store does not, with `facts` replaced by the fact view. */
export function partFields(report: Report, visible: Fact[]): PartFields {
  const { factCorrections: _corrections, ...parts } = splitFields(report).parts as unknown as PartFields & Pick<Report, 'factCorrections'>;
  return { ...parts, facts: visible };
}

const file = (dir: string, digest: string, ext: 'html' | 'json') => {
  if (!DIGEST.test(digest)) throw new Error(`report parts: "${digest}" is not a digest`);
  return path.join(dir, `${digest}.${ext}`);
};

/** Creates the parts folder (once per build, before `writeParts`). */
export function makePartsDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/**
 * Writes a report's parts. Async on purpose: the loader goes on with the next report while
 * the file system works (10,000 reports' files: ~2.2 s of wall time written sync, 1.0–1.7 s
 * overlapped with other work, measured with callback fs on this machine).
 */
export async function writeParts(dir: string, digest: string, parts: ReportParts): Promise<void> {
  const { html, ...data } = parts;
  const json = JSON.stringify({ ...data, htmlSha256: sha256(html) });
  await writeAtomic(file(dir, digest, 'html'), html);
  await writeAtomic(file(dir, digest, 'json'), `${sha256(json)}\n${json}`);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What `<digest>.json` holds after its checksum line. */
type StoredData = ReportPartsData & { htmlSha256: string };

/** A cache entry whose bytes are not those written (cut short, edited, swapped). */
export class DamagedPartsError extends Error {}
/** A cache entry's file that is not there. */
export class MissingPartsError extends Error {}

/** The .json's data after its checksum line is verified; throws DamagedPartsError when it does not match. */
function verifiedData(target: string, text: string): StoredData {
  const nl = text.indexOf('\n');
  const json = text.slice(nl + 1);
  if (nl !== 64 || text.slice(0, 64) !== sha256(json)) throw new DamagedPartsError(`${target} is damaged (its checksum does not match its bytes): delete the folder ${path.dirname(target)} and build again.`);
  return JSON.parse(json) as StoredData;
}

/** The .html, verified against the checksum its .json states. */
function verifiedHtml(target: string, stored: StoredData): string {
  const html = readPart(target);
  if (sha256(html) !== stored.htmlSha256) throw new DamagedPartsError(`${target} is damaged (its checksum does not match the one in its .json): delete the folder ${path.dirname(target)} and build again.`);
  return html;
}

/**
 * True when both files of `digest` exist and their bytes match their checksums; marks them in
 * use (mtime now) so a concurrent build's clean-up leaves them. False sends the loader to
 * render the report again, which writes the entry anew: a damaged cache never reaches a page.
 */
export function keepParts(dir: string, digest: string): boolean {
  const now = new Date();
  try {
    const json = file(dir, digest, 'json');
    const html = file(dir, digest, 'html');
    verifiedHtml(html, verifiedData(json, readFileSync(json, 'utf8')));
    utimesSync(json, now, now);
    utimesSync(html, now, now);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || err instanceof MissingPartsError || err instanceof DamagedPartsError || err instanceof SyntaxError) return false;
    throw err;
  }
}

function readPart(target: string): string {
  try {
    return readFileSync(target, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw new MissingPartsError(`${target} is missing: the content loader writes it, and a build that ran at the same time with the same cache folder may have removed it. Run the build again.`);
  }
}

/** Everything but the body HTML: what facts.json and the 成果库 need. */
export function readPartsData(dir: string, digest: string): ReportPartsData {
  const target = file(dir, digest, 'json');
  const { htmlSha256: _sha, ...data } = verifiedData(target, readPart(target));
  return data;
}

/** All of a report's parts: what its page needs. */
export function readParts(dir: string, digest: string): ReportParts {
  const target = file(dir, digest, 'json');
  const stored = verifiedData(target, readPart(target));
  const { htmlSha256: _sha, ...data } = stored;
  return { ...data, html: verifiedHtml(file(dir, digest, 'html'), stored) };
}

/**
 * Removes parts of digests not in `keep` that were not written or used in the last
 * `staleAfterMs`, and leftover temp files. Returns how many files it removed.
 */
export function cleanStaleParts(dir: string, keep: ReadonlySet<string>, staleAfterMs = STALE_AFTER_MS, now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const digest = name.slice(0, name.indexOf('.'));
    if (keep.has(digest) && !name.endsWith('.tmp')) continue;
    const full = path.join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat || now - stat.mtimeMs < staleAfterMs) continue;
    rmSync(full, { force: true });
    removed++;
  }
  return removed;
}
