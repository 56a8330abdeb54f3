/**
 * Output edge: reads an existing report (to protect hand edits and keep staff fact
 * corrections) and writes reports atomically (temp file + rename).
 */
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import YAML from 'yaml';
import { factCorrectionSchema, type FactCorrection } from '../schema/report.ts';
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

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return {};
  try {
    const data: unknown = YAML.parse(m[1]!);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readExisting(path: string): ExistingReport | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const data = frontMatter(text);
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

/** Writes next to the target, then renames: readers never see a half-written report or photo. */
export async function writeAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
