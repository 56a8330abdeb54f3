/**
 * Reads one report file: front matter parsed and validated with the shared reportSchema.
 * Pure (text in, result out) so the error messages are tested without a build.
 */
import { reportSchema, type Report } from '../schema/report.ts';
import { FrontMatterError, parseReportFile, type ParsedReportFile } from './front-matter.ts';
import { formatSchemaIssues, frontMatterWarnings, textProblems } from './schema-errors.ts';

export type ReportFileResult =
  | { ok: true; parsed: ParsedReportFile; report: Report; warnings: string[] }
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
  const problems = [...(result.success ? [] : formatSchemaIssues(shown, result.error, parsed.lineOf)), ...textProblems(shown, parsed.data, parsed.lineOf)];
  if (!result.success || problems.length) return { ok: false, problems };
  const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
  return { ok: true, parsed, report: result.data, warnings: frontMatterWarnings(shown, data, parsed.lineOf) };
}
