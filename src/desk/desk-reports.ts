/**
 * What the desk shows, read from the files on every request (staff fix a report in their
 * editor and reload): the reports that need a look — every draft and every report with
 * warnings — newest first, and one report in full with its source's lines as ingest numbered
 * them. Nothing here writes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ingestPath } from '../ingest/ingest.ts';
import { isDraft } from '../lib/drafts.ts';
import { readReportFile } from '../lib/report-file.ts';
import { isInside, listReportFiles } from '../lib/reports-folder.ts';
import type { Report } from '../schema/report.ts';
import { isReady, reasonStatuses, type ReasonStatus } from './draft-status.ts';

export interface DeskFolders {
  reports: string;
  sources: string;
}

/** draft: held back, something to fix; ready: held back, every reason fixed; warned: published, with warnings; invalid: the file does not read. */
export type DeskState = 'draft' | 'ready' | 'warned' | 'invalid' | 'published';

export interface DeskItem {
  name: string;
  state: DeskState;
  title: string | null;
  date: string | null;
  reasons: ReasonStatus[];
  warnings: string[];
  /** The schema's messages when the file does not read. */
  problems: string[];
}

export interface DeskDetail extends DeskItem {
  report: Report | null;
  body: string;
  /** SHA-256 of the file's bytes as shown: a publish is refused when the file no longer has it. */
  sha256: string;
  source: SourceView;
}

export interface SourceView {
  /** The source's lines as ingest numbered them (all formats), or null with why. */
  lines: { no: number; text: string }[] | null;
  note: string | null;
}

const sha = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function itemOf(name: string, raw: string): DeskItem & { report: Report | null; body: string } {
  const read = readReportFile(name, raw);
  if (!read.ok) return { name, state: 'invalid', title: null, date: null, reasons: [], warnings: [], problems: read.problems, report: null, body: '' };
  const { report } = read;
  const reasons = isDraft(report) ? reasonStatuses(report, read.parsed.body) : [];
  const state: DeskState = isDraft(report) ? (isReady(reasons) ? 'ready' : 'draft') : report.warnings.length ? 'warned' : 'published';
  return { name, state, title: report.title, date: report.date, reasons, warnings: report.warnings, problems: read.warnings, report, body: read.parsed.body };
}

/** Newest first by the report's date (undated after dated), then by file name. */
function newestFirst(a: DeskItem, b: DeskItem): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.name.localeCompare(b.name);
}

/** Every report that needs a look: drafts (ready or not), reports with warnings, files that do not read. */
export function deskList(folders: DeskFolders): { items: DeskItem[]; problems: string[] } {
  const { entries, problems } = listReportFiles(folders.reports, (n) => n);
  const items = entries
    .map((e) => itemOf(e.name, readFileSync(e.file, 'utf8')))
    .filter((i) => i.state !== 'published')
    .map(({ report: _r, body: _b, ...item }) => item);
  return { items: items.sort(newestFirst), problems };
}

/** The report file `name` if it is one the folder listing allows (no path, no link out), else null. */
export function reportPath(folders: DeskFolders, name: string): string | null {
  if (!/^[^/\\]+\.md$/.test(name)) return null;
  return listReportFiles(folders.reports, (n) => n).entries.find((e) => e.name === name)?.file ?? null;
}

/** The source file's lines, numbered as ingest numbered them (`removed[].line` points into these). */
async function sourceView(folders: DeskFolders, report: Report | null): Promise<SourceView> {
  if (!report) return { lines: null, note: null };
  const file = path.join(folders.sources, path.basename(report.source.file));
  if (!existsSync(file)) return { lines: null, note: `原文 ${report.source.file} 不在 ${folders.sources} 里。` };
  if (!isInside(realpathSync(folders.sources), realpathSync(file))) return { lines: null, note: `原文 ${report.source.file} 是指向原文文件夹以外的链接，不读取。` };
  const changed = sha(readFileSync(file)) !== report.source.sha256 ? '原文在整理之后改动过（SHA-256 与报道记录的不同），行号可能对不上。' : null;
  try {
    const { state } = await ingestPath(file);
    return { lines: state.lines.filter((l) => l.raw !== '').map((l) => ({ no: l.no, text: l.raw })), note: changed };
  } catch (err) {
    return { lines: null, note: `原文读不出来：${(err as Error).message}` };
  }
}

export async function deskDetail(folders: DeskFolders, name: string): Promise<DeskDetail | null> {
  const file = reportPath(folders, name);
  if (!file) return null;
  const raw = readFileSync(file, 'utf8');
  const { report, body, ...item } = itemOf(name, raw);
  return { ...item, report, body, sha256: sha(raw), source: await sourceView(folders, report) };
}
