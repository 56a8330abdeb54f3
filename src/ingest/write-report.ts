/**
 * Output edge: reads an existing report (to protect hand edits and keep staff fact
 * corrections) with the site's front-matter reader, and writes reports atomically
 * (src/lib/write-atomic.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { factCorrectionSchema, type FactCorrection } from '../schema/report.ts';
import { parseReportFile } from '../lib/front-matter.ts';
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
}

/** The front matter as data; {} when it is missing or not YAML (the report then counts as edited by hand). */
function frontMatter(path: string, text: string): Record<string, unknown> {
  try {
    const { data } = parseReportFile(path, text);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readExisting(path: string): ExistingReport | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const data = frontMatter(path, text);
  const source = data.source as { file?: unknown } | undefined;
  const corrections = Array.isArray(data.factCorrections) ? data.factCorrections : [];
  const factCorrections: FactCorrection[] = [];
  const badCorrections: string[] = [];
  corrections.forEach((c: unknown, i) => {
    const parsed = factCorrectionSchema.safeParse(c);
    if (parsed.success) factCorrections.push(parsed.data);
    else badCorrections.push(`factCorrections[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'} ${x.message}`).join('; ')}`);
  });
  const stated = statedChecksum(text);
  return {
    text,
    edited: stated === '' || stated !== generatedChecksum(text),
    sourceFile: typeof source?.file === 'string' ? source.file : null,
    factCorrections,
    badCorrections,
  };
}
