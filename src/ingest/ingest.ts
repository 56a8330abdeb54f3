/**
 * The in-process API: one source (name + bytes) → pipeline state, report file name and text.
 * Used by the CLI and the benchmarks; no file I/O.
 */
import type { FactCorrection } from '../schema/report.ts';
import { runPipeline } from './pipeline.ts';
import { renderReportFile, reportFileName, toJson, type IngestJson } from './report-file.ts';
import type { IngestState } from './state.ts';

export interface IngestResult {
  state: IngestState;
  fileName: string;
  json: IngestJson;
  /** Renders the report text (optionally carrying staff fact corrections over). */
  render: (factCorrections?: FactCorrection[]) => string;
}

export function ingestSource(file: string, bytes: Uint8Array): IngestResult {
  const state = runPipeline(file, bytes);
  return {
    state,
    fileName: reportFileName(state),
    json: toJson(state),
    render: (factCorrections = []) => renderReportFile(state, factCorrections),
  };
}
