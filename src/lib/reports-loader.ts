/**
 * Content-layer loader for `${REPORTS_DIR}/*.md` (default content/reports): parses the
 * front matter, validates it with the shared `reportSchema` (a bad field fails the build
 * with file, line, field, expected and found) and renders the body once with the report
 * markdown renderer. The content store gets only what listings need (the collection schema
 * in src/content.config.ts); the body HTML and the other fields go to the report's parts
 * files (src/lib/report-parts.ts), named by the same digest. Unchanged files (same bytes,
 * same photos, same render code) whose parts are there are skipped on the next build, so
 * 10,000 reports re-render only what changed.
 *
 * A draft (`draft: true`, src/lib/drafts.ts) is checked like any report but not stored and
 * not rendered: every page, feed and export is built from the store, so leaving it out here
 * leaves it out of the whole site. The build lists the drafts once, with their reasons.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readReportFile } from './report-file.ts';
import { parseReportFile } from './front-matter.ts';
import { cleanStaleParts, keepParts, makePartsDir, partFields, reportPartsDir, splitFields, writeParts } from './report-parts.ts';
import { renderReportBody, type MisplacedFact } from './markdown/index.ts';
import type { Report } from '../schema/report.ts';
import { visibleFacts } from './fact-view.ts';
import { draftsMessage, isDraft, type DraftNote } from './drafts.ts';
import { CorrectionError } from '../facts/corrections.ts';
import { checkPhoto } from './photo-check.ts';
import { correctionProblems, decodeReport, fileNameProblem, paragraphProblems, topicCollisions, unknownFigureProblem, type TopicUse } from './report-checks.ts';
import { listReportFiles } from './reports-folder.ts';
import { fsErrorLine } from './fs-errors.ts';
import { readingMinutes } from './reading-time.ts';
import { codeStamp } from './code-stamp.ts';

export function reportsDir(): string {
  return path.resolve(process.env.REPORTS_DIR ?? 'content/reports');
}

/** A mistake in the reports (not a bug): Astro prints message and hint, and no stack trace. */
function reportsError(problems: string[]): Error {
  const err = new AstroError(
    `${problems.length} problem(s) in the reports:\n${problems.join('\n')}`,
    'Correct each file (or folder entry) named above, at the line it names, then build again.',
  );
  err.stack = '';
  return err;
}

/** Size and mtime of the report's photos (sync: one small call per photo beats a promise per report at 10,000). */
function photoStamp(dir: string, images: string[]): string {
  return images
    .map((img) => {
      const s = statSync(path.resolve(dir, img), { throwIfNoEntry: false });
      return s ? `${img}:${s.size}:${s.mtimeMs}` : `${img}:missing`;
    })
    .join('|');
}

/** A line that may name a photo, found in the bytes decoded as latin1 (cheap: no UTF-8 decoding). */
const IMAGE_LINE = /^\s*image:[^\n]*$/gm;
/** A photo reference in that line, decoded as UTF-8. */
const IMAGE_REF = /^\s*image:\s*["']?([^"'\n]+?)["']?\s*$/;

/**
 * Photo paths the report names (`image: ./photos/a.jpg`), read from its bytes. At 10,000
 * reports decoding every file as UTF-8 only to hash it took 1.1 of the unchanged rebuild's 1.6 s
 * of reading; unchanged files are now never decoded.
 */
export function imageRefs(bytes: Buffer): string[] {
  const refs: string[] = [];
  for (const m of bytes.toString('latin1').matchAll(IMAGE_LINE)) {
    const ref = IMAGE_REF.exec(Buffer.from(m[0], 'latin1').toString('utf8'))?.[1];
    if (ref && ref !== 'null') refs.push(ref);
  }
  return refs;
}

/** Pending parts writes the loader lets run while it reads on (each holds a report's HTML). */
const MAX_PENDING_WRITES = 32;

/**
 * The code the stored parts come from: the loader's whole module graph (markdown rules, the
 * report reader and schema, corrections, reading time, drafts …) and the lockfile (markdown-it
 * and the other packages). A change to any of them re-renders every report. From srcDir (the
 * benchmark builds with its own root but the project's src).
 */
export function renderCodeStamp(srcDir: string): string {
  return codeStamp({ root: path.dirname(srcDir), entries: [path.join(srcDir, 'lib/reports-loader.ts')], files: ['package-lock.json'] });
}

/**
 * A fact whose paragraph no longer holds its text: the line that anchors it (in `facts`, or in
 * `factCorrections` for an added fact) and the anchor to set, so staff can fix it in one edit.
 */
function misplacedFactProblem(shown: string, report: Report, lineOf: (path: readonly PropertyKey[]) => number, m: MisplacedFact): string {
  const { anchor, text } = m.fact;
  const inFacts = report.facts.findIndex((f) => f.anchor === anchor && f.text === text);
  const inCorrections = report.factCorrections.findIndex((c) => c.anchor === anchor && c.text === text);
  const line = inFacts >= 0 ? lineOf(['facts', inFacts, 'anchor']) : lineOf(['factCorrections', Math.max(0, inCorrections), 'anchor']);
  const field = inFacts >= 0 ? `facts[${inFacts}]` : `factCorrections[${inCorrections}]`;
  const where = m.foundIn.length === 1
    ? `it is now in ${m.foundIn[0]}: set anchor: ${m.foundIn[0]}`
    : m.foundIn.length > 1
      ? `it is in ${m.foundIn.join(', ')}: set the anchor to the one it belongs to`
      : 'no paragraph holds it now: correct its text, or hide it with factCorrections (hidden: true)';
  return `${shown}:${line}: field "${field}.anchor": the fact "${text}" is no longer in paragraph ${anchor} (the paragraphs were edited); ${where}.`;
}

/** Ids of the page's paragraphs (`p-1` …) and 数说 items (`box-B-I`): what a fact's anchor may name. */
function pageAnchors(html: string, paragraphCount: number): Set<string> {
  const ids = new Set(Array.from({ length: paragraphCount }, (_, i) => `p-${i + 1}`));
  for (const m of html.matchAll(/ id="(box-\d+-\d+)"/g)) ids.add(m[1]!);
  return ids;
}

/** `file:line` of a report's i-th topic, read again from the file (only for a reported collision). */
function topicLine(file: string, shown: string, i: number): string {
  const decoded = decodeReport(shown, readFileSync(file));
  return decoded.ok ? `${shown}:${parseReportFile(shown, decoded.text).lineOf(['topics', i])}` : shown;
}

export function reportsLoader(): Loader {
  return {
    name: 'reports-loader',
    async load({ store, logger, parseData, config }) {
      const dir = reportsDir();
      const root = fileURLToPath(config.root);
      const shownOf = (name: string) => {
        const rel = path.relative(process.cwd(), path.join(dir, name));
        return rel.startsWith('..') ? path.join(dir, name) : rel;
      };
      // Every entry is checked before any is read: a folder or a dangling link named x.md is one line, not a crash.
      const listed = listReportFiles(dir, shownOf);
      const names = listed.entries.map((e) => e.name);
      if (!names.length && !listed.problems.length) logger.warn(`no reports in ${dir}`);
      const renderStamp = renderCodeStamp(fileURLToPath(config.srcDir));
      /**
       * The entry's digest: its id (the slug every link and page shows), the file's bytes, its
       * photos and the render code. Names its parts files and keys every page that shows the
       * report, so a renamed report (same bytes) changes each of them, whatever the caches hold.
       */
      const digestOf = (id: string, bytes: Buffer, photos: string) => createHash('sha1').update(renderStamp).update(id).update('\0').update(bytes).update(photos).digest('base64url');
      const writes = new Set<Promise<void>>();
      let writeError: unknown;
      const partsDir = reportPartsDir(config.cacheDir);
      makePartsDir(partsDir);
      const seen = new Set<string>();
      /** Digests whose parts this build's store refers to. */
      const inUse = new Set<string>();
      let rendered = 0;
      // Every problem of every report, one line each, thrown together after the last report:
      // a mistake in one report never hides another's, and no page is rendered until all are fixed.
      const problems: string[] = [...listed.problems];
      const drafts: DraftNote[] = [];
      /** Each published report's topics, for names that would share a topic page. */
      const topicUses: TopicUse[] = [];
      for (const name of names) {
        const id = name.slice(0, -3);
        const file = path.join(dir, name);
        const shown = shownOf(name);
        const badName = fileNameProblem(shown, id);
        if (badName) {
          problems.push(badName);
          continue;
        }
        // Sync reads: ~25 KB files one after another; an awaited read per file cost more than the read.
        let bytes: Buffer;
        try {
          bytes = readFileSync(file);
        } catch (err) {
          problems.push(`${shown}: could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the file and its permissions.`);
          continue;
        }
        const digest = digestOf(id, bytes, photoStamp(dir, imageRefs(bytes)));
        // Only published reports are in the store: a draft never matches here and is read again
        // (to be checked and listed), and toggling `draft` changes the bytes, hence the digest.
        const kept = store.get(id);
        if (kept?.digest === digest && keepParts(partsDir, digest)) {
          seen.add(id);
          inUse.add(digest);
          for (const topic of (kept.data as { topics?: string[] }).topics ?? []) topicUses.push({ topic, where: shown });
          continue;
        }
        try {
          const decoded = decodeReport(shown, bytes);
          if (!decoded.ok) {
            problems.push(decoded.problem);
            continue;
          }
          const read = readReportFile(shown, decoded.text);
          if (!read.ok) {
            problems.push(...read.problems);
            continue;
          }
          const { parsed, report } = read;
          for (const w of read.warnings) logger.warn(w);
          const oversized = paragraphProblems(shown, parsed.body, parsed.bodyLine);
          if (oversized.length) {
            problems.push(...oversized);
            continue;
          }
          const draft = isDraft(report);
          const before = problems.length;
          const placeholders: Record<string, string> = {};
          for (const [i, fig] of report.figures.entries()) {
            if (!fig.image) continue;
            const photo = await checkPhoto(dir, fig.image, draft);
            if (!photo.ok) problems.push(`${shown}:${parsed.lineOf(['figures', i, 'image'])}: field "figures[${i}].image": ${photo.problem}`);
            else if (!draft) placeholders[fig.id] = photo.placeholder;
          }
          let facts;
          try {
            facts = visibleFacts(report);
          } catch (e) {
            if (!(e instanceof CorrectionError)) throw e;
            problems.push(`${shown}:${parsed.lineOf(['factCorrections'])}: ${e.message}`);
          }
          if (problems.length > before || !facts) continue;
          if (draft) {
            // Not in `seen`: an entry left from when it was published is deleted below, and with
            // it its pages and exports (prune-outputs removes the files).
            drafts.push({ file: shown, reasons: report.draftReasons });
            continue;
          }
          const body = renderReportBody(parsed.body, report.figures, facts);
          problems.push(...body.misplacedFacts.map((m) => misplacedFactProblem(shown, report, parsed.lineOf, m)));
          problems.push(...body.unknownFigures.map((u) => unknownFigureProblem(shown, parsed.bodyLine + u.line, u.id, report.figures.map((f) => f.id))));
          problems.push(...correctionProblems(shown, report, pageAnchors(body.html, body.paragraphCount), parsed.lineOf));
          if (problems.length > before) continue;
          report.topics.forEach((topic, i) => topicUses.push({ topic, where: () => topicLine(file, shown, i) }));
          // The collection schema validates (and types the photos of) the fields the store keeps;
          // factCount lets the 成果库 pages compute their counts and cache keys without the parts.
          const stored = splitFields(parsed.data as object).stored;
          const data = await parseData({ id, data: { ...stored, factCount: facts.length }, filePath: file });
          const write: Promise<void> = writeParts(partsDir, digest, {
            data: partFields(report, facts),
            html: body.html,
            headings: body.headings,
            photoFigures: body.photoFigures,
            paragraphCount: body.paragraphCount,
            readingMinutes: readingMinutes(parsed.body),
            placeholders,
          }).then(
            () => void writes.delete(write),
            (err: unknown) => void ((writeError ??= err), writes.delete(write)),
          );
          writes.add(write);
          if (writes.size >= MAX_PENDING_WRITES) await Promise.race(writes);
          inUse.add(digest);
          // No `body` and no `rendered`: pages read the HTML from the parts (same digest, same page body).
          store.set({ id, data, filePath: path.relative(root, file), digest });
          seen.add(id);
          rendered++;
        } catch (err) {
          // A fault no check above foresaw (a library crash on this report's input): named
          // with the report, one line, collected with the rest rather than ending the build.
          problems.push(`${shown}: could not be read: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
        }
      }
      problems.push(...topicCollisions(topicUses));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // The store is saved after load() returns: every entry's parts are on disk before it.
      await Promise.all(writes);
      if (writeError) throw reportsError([fsErrorLine(writeError, partsDir)]);
      if (problems.length) {
        throw reportsError(problems);
      }
      const stale = cleanStaleParts(partsDir, inUse);
      const unchanged = names.length - rendered - drafts.length;
      logger.info(`${names.length} reports, ${rendered} rendered, ${unchanged} unchanged${drafts.length ? `, ${drafts.length} draft(s) left out` : ''}${stale ? `; ${stale} stale part file(s) removed` : ''}`);
      if (drafts.length) logger.warn(draftsMessage(drafts));
    },
  };
}
