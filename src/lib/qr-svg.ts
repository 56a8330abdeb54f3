/**
 * A QR code as a small SVG, made at build time (no script on the page). uqr encodes; the SVG
 * is drawn here with one path of horizontal runs instead of uqr's one square per module:
 * ~2 KB instead of ~13 KB for a report address, so it can sit inline in the page.
 */
import { encode } from 'uqr';

/** Modules of quiet zone around the code (the standard asks for 4). */
const QUIET = 4;

export function qrSvg(text: string, label: string): string {
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
  const box = size + 2 * QUIET;
  // Black on white whatever the page's colour scheme: phone cameras read dark modules on light.
  const esc = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" role="img" aria-label="${esc}" shape-rendering="crispEdges"><rect width="${box}" height="${box}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
