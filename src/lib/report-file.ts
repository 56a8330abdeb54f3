/**
 * Reads one report file: front matter parsed and validated with the shared reportSchema.
 * Pure (text in, result out) so the error messages are tested without a build.
 */
import { reportSchema, type Report } from '../schema/report.ts';
import { FrontMatterError, parseReportFile, type ParsedReportFile } from './front-matter.ts';
import { formatSchemaIssues } from './schema-errors.ts';

export type ReportFileResult =
  | { ok: true; parsed: ParsedReportFile; report: Report }
  | { ok: false; problems: string[] };

/** `shown` is the file name used in messages. */
export function readReportFile(shown: string, raw: string): ReportFileResult {
  let parsed: ParsedReportFile;
  try {
    parsed = parseReportFile(shown, raw);
  } catch (err) {
    if (err instanceof FrontMatterError) return { ok: false, problems: [err.message] };
    throw err;
  }
  const result = reportSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) return { ok: false, problems: formatSchemaIssues(shown, result.error, parsed.lineOf) };
  return { ok: true, parsed, report: result.data };
}
