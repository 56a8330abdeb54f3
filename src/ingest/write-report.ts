/**
 * Output edge: reads an existing report (to protect hand edits and keep staff fact
 * corrections) with the site's front-matter reader, and writes reports atomically
 * (src/lib/write-atomic.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { factCorrectionSchema, type FactCorrection } from '../schema/report.ts';
import { FrontMatterError, parseReportFile } from '../lib/front-matter.ts';
import { decodeReport } from '../lib/report-checks.ts';
import { generatedChecksum, statedChecksum } from './report-file.ts';

export interface ExistingReport {
  text: string;
  /** True when the file is not byte-for-byte what ingest wrote (staff edited it, or made it by hand). */
  edited: boolean;
  /** `source.file` of the existing report, when readable. */
  sourceFile: string | null;
  factCorrections: FactCorrection[];
  /** factCorrections entries that do not match the schema: what is wrong with each. */
  badCorrections: string[];
  /**
   * Why the file cannot be read the way the site reads it (not UTF-8, no front matter, YAML
   * that does not parse, factCorrections that is not a list), or null. Such a file may hold
   * corrections ingest cannot see: it is never overwritten, not even with --force.
   */
  unreadable: string | null;
}

/**
 * Reads the report at `path` as the site does (src/lib/report-checks.ts decodeReport, then
 * src/lib/front-matter.ts: BOM and CRLF tolerated). Never guesses: a file it cannot read says
 * so in `unreadable` instead of passing for one without corrections.
 */
export function readExisting(path: string): ExistingReport | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const decoded = decodeReport(path, bytes);
  const text = decoded.ok ? decoded.text : bytes.toString('latin1');
  let data: Record<string, unknown> = {};
  let unreadable: string | null = decoded.ok ? null : decoded.problem;
  if (decoded.ok) {
    try {
      const parsed = parseReportFile(path, text).data;
      data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch (err) {
      if (!(err instanceof FrontMatterError)) throw err;
      unreadable = err.message;
    }
  }
  const corrections = data.factCorrections ?? [];
  if (!Array.isArray(corrections)) unreadable ??= `${path}: field "factCorrections": expected a list of corrections, found ${JSON.stringify(corrections).slice(0, 60)}`;
  const source = data.source as { file?: unknown } | undefined;
  const factCorrections: FactCorrection[] = [];
  const badCorrections: string[] = [];
  (Array.isArray(corrections) ? corrections : []).forEach((c: unknown, i) => {
    const parsed = factCorrectionSchema.safeParse(c);
    if (parsed.success) factCorrections.push(parsed.data);
    else badCorrections.push(`factCorrections[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'} ${x.message}`).join('; ')}`);
  });
  const stated = statedChecksum(text);
  return {
    text,
    edited: unreadable !== null || stated === '' || stated !== generatedChecksum(text),
    sourceFile: typeof source?.file === 'string' ? source.file : null,
    factCorrections,
    badCorrections,
    unreadable,
  };
}
