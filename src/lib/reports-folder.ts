/**
 * The reports folder's entries, each checked before the loader reads one byte of it: a `.md`
 * entry must be a regular file inside the folder (a symbolic link is followed only to a file
 * inside it), readable, and at most REPORT_LIMITS.maxFileBytes. A folder named `x.md`, a
 * dangling link or a link out of the folder crashed the build with a stack trace and no file
 * name; now each is one line naming the entry, collected with every other report's problems.
 * Pure file-system checks, no Astro: the tests call them directly.
 */
import { accessSync, constants, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { REPORT_LIMITS, shownBytes } from '../schema/limits.ts';

/** A report file the loader may read. */
export interface ReportEntry {
  /** The file name, `x.md`. */
  name: string;
  /** Its path (in the reports folder, as listed: the loader names it so). */
  file: string;
  /** Size in bytes, from stat. */
  size: number;
}

/** True when `target` is `dir` itself or inside it (both already resolved by realpath). */
export function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Why an entry cannot be read as a report, or null when it can (with its stats). */
function entryProblem(realDir: string, file: string): { problem: string } | { stat: Stats } {
  const link = lstatSync(file, { throwIfNoEntry: false });
  if (!link) return { problem: 'expected a report file, found nothing (it was removed while the build listed the folder)' };
  let target = file;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { problem: `expected a report file, found a symbolic link to nothing (${code === 'ELOOP' ? 'a loop of links' : 'its target does not exist'}); delete the link or restore its file` };
    }
    if (!isInside(realDir, target)) return { problem: `expected a report file inside the reports folder, found a link to ${target}, outside it; copy the report into the folder instead of linking it` };
  }
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return { problem: 'expected a report file, found nothing' };
  if (stat.isDirectory()) return { problem: 'expected a report file, found a folder; rename the folder (its name must not end in ".md") or move it out of the reports folder' };
  if (!stat.isFile()) return { problem: 'expected a report file, found a special file (a socket, a pipe or a device); remove it from the reports folder' };
  if (stat.size > REPORT_LIMITS.maxFileBytes) {
    return { problem: `expected a report file of at most ${shownBytes(REPORT_LIMITS.maxFileBytes)} (REPORT_LIMITS.maxFileBytes), found ${shownBytes(stat.size)}; a report is a few dozen KB: keep only the article's text in it` };
  }
  try {
    accessSync(target, constants.R_OK);
  } catch {
    return { problem: 'expected a report file the build may read, found one without read permission; fix its permissions (chmod a+r)' };
  }
  return { stat };
}

/**
 * The `.md` entries of `dir`, sorted by name, split into the files the loader may read and one
 * problem line per entry it may not (`shown(name)` is how a message names the entry).
 */
export function listReportFiles(dir: string, shown: (name: string) => string): { entries: ReportEntry[]; problems: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [] };
    return { entries: [], problems: [`${dir}: the reports folder cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); fix its permissions or set REPORTS_DIR to the right folder`] };
  }
  const realDir = realpathSync(dir);
  const entries: ReportEntry[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const checked = entryProblem(realDir, file);
    if ('problem' in checked) problems.push(`${shown(name)}: ${checked.problem}.`);
    else entries.push({ name, file, size: checked.stat.size });
  }
  return { entries, problems };
}
