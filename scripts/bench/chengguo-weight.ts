/**
 * What the 成果库 (/chengguo/) costs a reader and the build, read off a built site and its
 * Astro build log: gzip bytes of a first visit to the overview and to the heaviest year
 * (page HTML + its stylesheets + scripts; the year's data.json follows on the first filter), and the generation time
 * Astro logged for the 成果库 outputs.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChengguoWeight {
  years: number;
  overviewKb: number;
  /** The heaviest year page: its path and first-visit gzip KB (page + assets + data.json). */
  heaviest: { path: string; pageKb: number; dataKb: number; totalKb: number } | null;
  /** Sum of the per-output times Astro logged for /chengguo/ (null when the log has none). */
  buildMs: number | null;
}

const gz = (file: string): number => gzipSync(readFileSync(file)).length;

/** gzip bytes of the stylesheets and scripts a page links to (local ones only). */
function assetsOf(dist: string, html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+\.(?:css|js))"/g)) {
    const file = join(dist, m[1]!);
    if (existsSync(file)) bytes += gz(file);
  }
  return bytes;
}

export function chengguoWeight(dist: string, buildLog?: string): ChengguoWeight | null {
  const base = join(dist, 'chengguo');
  if (!existsSync(join(base, 'index.html'))) return null;
  const overviewHtml = readFileSync(join(base, 'index.html'), 'utf8');
  const overview = gz(join(base, 'index.html')) + assetsOf(dist, overviewHtml);
  let heaviest: ChengguoWeight['heaviest'] = null;
  const years = readdirSync(base).filter((d) => /^\d{4}$/.test(d) && statSync(join(base, d)).isDirectory());
  for (const y of years) {
    const page = join(base, y, 'index.html');
    const data = join(base, y, 'data.json');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    const pageBytes = gz(page) + assetsOf(dist, html);
    const dataBytes = existsSync(data) ? gz(data) : 0;
    if (!heaviest || pageBytes + dataBytes > heaviest.totalKb * 1024) {
      heaviest = { path: `/chengguo/${y}/`, pageKb: pageBytes / 1024, dataKb: dataBytes / 1024, totalKb: (pageBytes + dataBytes) / 1024 };
    }
  }
  let buildMs: number | null = null;
  if (buildLog && existsSync(buildLog)) {
    // Astro logs each generated output as "├─ /chengguo/2024/index.html (+12ms)".
    const times = [...readFileSync(buildLog, 'utf8').matchAll(/\/chengguo\/\S*\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)];
    if (times.length) buildMs = times.reduce((s, m) => s + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0);
  }
  return { years: years.length, overviewKb: overview / 1024, heaviest, buildMs };
}

export function formatChengguoWeight(w: ChengguoWeight | null): string {
  if (!w) return '成果库: not built (no /chengguo/ in the output)';
  const h = w.heaviest;
  return [
    `成果库 (/chengguo/, ${w.years} year pages): overview first visit ${w.overviewKb.toFixed(1)} KB gzip`,
    h ? `  heaviest year ${h.path}: first visit (page + assets) ${h.pageKb.toFixed(1)} KB gzip; its data.json, fetched on the first filter, ${h.dataKb.toFixed(1)} KB (${h.totalKb.toFixed(1)} KB in all)` : '  no year pages',
    `  build time of the 成果库 outputs (from Astro's log): ${w.buildMs === null ? 'not in the log' : `${(w.buildMs / 1000).toFixed(1)} s`}`,
  ].join('\n');
}
