/**
 * The in-process API: one source (name + bytes) → pipeline state, report file name and text.
 * Used by the CLI and the benchmarks; no file I/O except `ingestPath`, which reads a file and,
 * for a Word document or saved web page, its images.
 */
import { basename } from 'node:path';
import type { FactCorrection } from '../schema/report.ts';
import type { DocumentSource } from './formats/document.ts';
import { readDocument } from './formats/read-document.ts';
import { runPipeline, stages } from './pipeline.ts';
import { readSource } from './read-sources.ts';
import { renderReportFile, reportFileName, toJson, type IngestJson } from './report-file.ts';
import type { IngestState } from './state.ts';
import { checkDocumentLimits, checkReportLimits, checkReportSize } from './report-limits.ts';

export interface IngestResult {
  state: IngestState;
  fileName: string;
  json: IngestJson;
  /** Renders the report text (optionally carrying staff fact corrections over). */
  render: (factCorrections?: FactCorrection[]) => string;
}

export function ingestSource(file: string, bytes: Uint8Array, document: DocumentSource | null = null): IngestResult {
  checkDocumentLimits(file, document);
  const state = runPipeline(file, bytes, stages, document);
  checkReportLimits(state);
  return {
    state,
    fileName: reportFileName(state),
    json: toJson(state),
    render: (factCorrections = []) => {
      const text = renderReportFile(state, factCorrections);
      checkReportSize(file, text);
      return text;
    },
  };
}

/** A source file of any format (.txt, .docx, .html with its `_files` folder) → the same result. */
export async function ingestPath(path: string): Promise<IngestResult> {
  const bytes = readSource(path);
  return ingestSource(basename(path), bytes, await readDocument(path, bytes));
}
