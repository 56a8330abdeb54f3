/**
 * Skips sources whose report (and photos) are already what ingest would write, before converting them.
 *
 * Converting is ~5 ms of CPU per source (facts extraction, pinyin, YAML), so a re-run over
 * 10,000 unchanged sources cost ~55 CPU s. A manifest per output folder (in
 * `node_modules/.cache/ingest/`, or `$INGEST_CACHE_DIR`; never in the reports folder, which
 * staff and the site read) records, per source file, the sha256 of what it is read from (its
 * bytes, and a saved page's `<name>_files/` folder), the report it gave, the sha256 of that report
 * as written and of each photo written beside it. A source is skipped only when all of these
 * still hold *and* the ingest version (a hash
 * of the code and lockfile that decide the output) is the one the manifest was written with:
 * then converting it again would give the same bytes, so the output stays byte-identical.
 * A report staff edited no longer matches its recorded hash, so it goes through the normal
 * path (and its hand-edit protection) as before. A missing or unreadable manifest just means
 * nothing is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../lib/write-atomic.ts';
import { codeStamp } from '../lib/code-stamp.ts';
import { pageFolder } from './formats/read-html.ts';

/** Code whose change may change a report: everything is converted again when it changes. */
const VERSION_INPUTS = { entries: ['src/ingest/cli.ts'], folders: ['src/ingest', 'src/facts', 'src/schema'], files: ['package-lock.json'] };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the manifests are kept. */
export const ingestCacheDir = (): string => process.env.INGEST_CACHE_DIR ?? join(ROOT, 'node_modules/.cache/ingest');

/** One manifest per output folder, named after its absolute path. */
function manifestFile(out: string): string {
  const dir = ingestCacheDir();
  return join(dir, `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16)}.json`);
}

export interface ManifestEntry {
  /** sha256 of the source file's bytes; with a `<name>_files/` folder beside it, of the bytes and every file in it (inputHash). */
  source: string;
  /** The report file name (inside the output folder). */
  report: string;
  /** sha256 of the report file as ingest wrote (or left) it. */
  reportSha256: string;
  /** Photos written beside the report (path inside the output folder → sha256), for a Word document or saved page. */
  photos?: Record<string, string>;
}

export interface Manifest {
  version: string;
  /** Source file name → what it gave last time. */
  sources: Record<string, ManifestEntry>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Hash of the ingest code, the facts extractor, the schema and the lockfile (dictionaries, YAML): the shared cache stamp (src/lib/code-stamp.ts). */
export function ingestVersion(root = ROOT): string {
  return codeStamp({ root, ...VERSION_INPUTS });
}

export function readManifest(out: string, version: string): Manifest {
  try {
    const m = JSON.parse(readFileSync(manifestFile(out), 'utf8')) as Manifest;
    if (m.version === version && m.sources && typeof m.sources === 'object') return m;
  } catch {
    // No manifest yet, or an unreadable one: nothing is skipped.
  }
  return { version, sources: {} };
}

export async function writeManifest(out: string, manifest: Manifest): Promise<void> {
  const file = manifestFile(out);
  mkdirSync(dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify(manifest));
}

export interface Unchanged {
  path: string;
  file: string;
  target: string;
  /** How many photos of its report are on disk as written. */
  photos: number;
}

/**
 * What a source is read from, as one hash: its bytes' sha256 (`bytesSha256`), and when a
 * `<name>_files/` folder stands beside it (a saved page; a `.txt` that is one), every file in
 * that folder by name and content: a photo replaced in the folder converts the page again.
 */
export function inputHash(path: string, bytesSha256: string): string {
  const folder = pageFolder(resolve(path));
  // Most sources (text, Word) have no such folder: one stat, no exception.
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return bytesSha256;
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  const h = createHash('sha256').update(bytesSha256);
  for (const f of files) {
    const file = join(folder, f);
    if (statSync(file).isFile()) h.update(`\0${relative(folder, file)}\0`).update(readFileSync(file));
  }
  return h.digest('hex');
}

/**
 * Splits the sources into those to convert and those whose recorded report is still exactly
 * as written (cheap checks first: the source's hash, then the report's). `read` returns the
 * source's bytes (it throws the same one-line error a conversion would for a bad file).
 */
export function splitUnchanged(
  paths: readonly string[],
  out: string,
  manifest: Manifest,
  read: (path: string) => Uint8Array,
): { convert: string[]; unchanged: Unchanged[] } {
  const convert: string[] = [];
  const unchanged: Unchanged[] = [];
  for (const path of paths) {
    const file = basename(path);
    const entry = manifest.sources[file];
    if (!entry) {
      convert.push(path);
      continue;
    }
    const photos = Object.entries(entry.photos ?? {});
    let same = false;
    try {
      same = inputHash(path, sha256(read(path))) === entry.source;
      const target = join(out, entry.report);
      same &&= existsSync(target) && sha256(readFileSync(target)) === entry.reportSha256;
      // A photo deleted or replaced on disk is written again: the source is converted.
      same &&= photos.every(([photo, hash]) => existsSync(join(out, photo)) && sha256(readFileSync(join(out, photo))) === hash);
    } catch {
      // A source that cannot be read is converted, and the conversion reports the problem.
    }
    if (same) unchanged.push({ path, file, target: join(out, entry.report), photos: photos.length });
    else convert.push(path);
  }
  return { convert, unchanged };
}

/** The manifest entry for a report ingest has just written or found identical (and its photos, as written). */
export function entryFor(source: string, target: string, reportText: string, photos: { path: string; bytes: Uint8Array }[] = []): ManifestEntry {
  const entry: ManifestEntry = { source, report: basename(target), reportSha256: sha256(reportText) };
  if (photos.length) entry.photos = Object.fromEntries(photos.map((p) => [p.path, sha256(p.bytes)]));
  return entry;
}
