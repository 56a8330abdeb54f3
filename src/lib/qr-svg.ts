/**
 * A QR code as a small SVG, made at build time (no script on the page). uqr encodes; the SVG
 * is drawn here with one path of horizontal runs instead of uqr's one square per module:
 * ~2 KB instead of ~13 KB for a report address, so it can sit inline in the page.
 *
 * Encoding is the costly part (uqr tries all eight masks and keeps the one the standard's
 * penalty rules prefer: ~1.5 ms a code, ~15 s of the page step at 10,000 reports), so a build
 * encodes the report addresses ahead, on the other core while Astro reads the reports
 * (src/integrations/qr-codes.ts), into a table shared through `globalThis` (the pages are
 * rendered from Astro's bundle of this module, a separate copy in the same process). An
 * address missing from it is encoded here.
 */
import { encode } from 'uqr';
import { escapeHtml } from './output-escape.ts';

/** Modules of quiet zone around the code (the standard asks for 4). */
const QUIET = 4;

/** An encoded code: its size in modules and the path of its dark modules. */
export interface QrPath { size: number; d: string }

/** The table of codes encoded ahead (text → path). */
export function qrTable(): Map<string, QrPath> {
  const g = globalThis as { [QR_TABLE]?: Map<string, QrPath> };
  return (g[QR_TABLE] ??= new Map());
}
const QR_TABLE = Symbol.for('gaoxin.qr-table');

export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; ) {
      if (!row[x]) { x++; continue; }
      let end = x;
      while (end < size && row[end]) end++;
      d += `M${x + QUIET} ${y + QUIET}h${end - x}v1h-${end - x}z`;
      x = end;
    }
  });
  return { size, d };
}

export function qrSvg(text: string, label: string): string {
  const { size, d } = qrTable().get(text) ?? qrPath(text);
  const box = size + 2 * QUIET;
  // Black on white whatever the page's colour scheme: phone cameras read dark modules on light.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
