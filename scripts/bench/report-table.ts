/**
 * Turns stage results into the benchmark's table: one row per stage plus a total row
 * (wall times add up, since the stages run one after another; peak memory is the largest).
 */
import { formatBytes, formatTable } from './measure.ts';
import type { StageResult } from './stages.ts';

export interface TableRow {
  stage: string;
  wall: string;
  cpu: string;
  peak: string;
  output: string;
  index: string;
  rate: string;
}

export const TABLE_HEADERS = ['stage', 'wall s', 'cpu s', 'peak memory', 'output', 'index', 'pages/s'] as const;

export function summarize(stages: readonly StageResult[]): TableRow[] {
  const rows: TableRow[] = stages.map((s) =>
    s.status === 'not available'
      ? { stage: s.stage, wall: 'not available', cpu: '–', peak: '–', output: '–', index: '–', rate: '–' }
      : {
          stage: s.status === 'failed' ? `${s.stage} (FAILED)` : s.stage,
          wall: (s.wallMs / 1000).toFixed(1),
          cpu: (s.memory.cpuMs / 1000).toFixed(1),
          peak: formatBytes(s.memory.peakTreeKb * 1024),
          output: formatBytes(s.outBytes),
          index: formatBytes(s.indexBytes),
          rate: s.items > 0 && s.wallMs > 0 ? (s.items / (s.wallMs / 1000)).toFixed(0) : '–',
        },
  );
  const ran = stages.filter((s) => s.status !== 'not available');
  const wallMs = ran.reduce((sum, s) => sum + s.wallMs, 0);
  const pages = Math.max(0, ...ran.filter((s) => s.stage !== 'ingest').map((s) => s.items));
  const out = ran.find((s) => s.stage === 'astro build')?.outBytes ?? null;
  const index = ran.find((s) => s.indexBytes !== null)?.indexBytes ?? null;
  rows.push({
    stage: 'total',
    wall: (wallMs / 1000).toFixed(1),
    cpu: (ran.reduce((sum, s) => sum + s.memory.cpuMs, 0) / 1000).toFixed(1),
    peak: formatBytes(Math.max(0, ...ran.map((s) => s.memory.peakTreeKb)) * 1024),
    output: formatBytes(out === null ? null : out + (index ?? 0)),
    index: formatBytes(index),
    rate: pages > 0 && wallMs > 0 ? (pages / (wallMs / 1000)).toFixed(0) : '–',
  });
  return rows;
}

const cells = (r: TableRow) => [r.stage, r.wall, r.cpu, r.peak, r.output, r.index, r.rate];

export function toText(rows: readonly TableRow[]): string {
  return formatTable(TABLE_HEADERS, rows.map(cells));
}

export function toMarkdown(rows: readonly TableRow[]): string {
  const line = (c: readonly string[]) => `| ${c.join(' | ')} |`;
  return [line(TABLE_HEADERS), line(TABLE_HEADERS.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map((r) => line(cells(r)))].join('\n');
}
