/**
 * `npm run bench:images`: builds the seed reports plus a report with 20 freshly generated
 * photos twice and shows, from Astro's own log, that the second build encodes no image
 * (every variant is a "reused cache entry" from node_modules/.astro/assets).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

const PHOTOS = 20;
const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'site-images-'));
const reports = path.join(tmp, 'reports');
mkdirSync(path.join(reports, 'photos'), { recursive: true });
const seeds = path.join(root, 'content/reports');
if (existsSync(seeds)) for (const f of readdirSync(seeds)) cpSync(path.join(seeds, f), path.join(reports, f), { recursive: true });

// Colours from the clock, so the first build really has new photos to encode.
const salt = Date.now() % 200;
const figures: string[] = [];
const body: string[] = [];
for (let i = 1; i <= PHOTOS; i++) {
  const name = `photo-${String(i).padStart(2, '0')}.jpg`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067"><rect width="100%" height="100%" fill="rgb(${(salt + i * 11) % 256},${(i * 37) % 256},${(salt * 3 + i) % 256})"/><circle cx="${300 + i * 50}" cy="530" r="320" fill="#fff" opacity="0.6"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path.join(reports, 'photos', name));
  figures.push(`  - id: fig-${i}\n    caption: 第${i}张图片的说明\n    credit: 测试 摄\n    image: ./photos/${name}\n    afterParagraph: ${i}`);
  body.push(`第${i}段正文。`, `::: figure fig-${i}\n第${i}张图片的说明\n:::`);
}
writeFileSync(
  path.join(reports, '2025-01-01-tu-pian-huan-cun-ce-shi.md'),
  `---\ntitle: 图片缓存测试\ndate: "2025-01-01"\ndatePrecision: day\ndateStated: true\nsource:\n  file: images.txt\n  sha256: ${'cd'.repeat(32)}\nfigures:\n${figures.join('\n')}\n---\n${body.join('\n\n')}\n`,
);

function build(n: number): string {
  const started = Date.now();
  const r = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(tmp, `dist-${n}`)], {
    cwd: root,
    env: { ...process.env, REPORTS_DIR: reports, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex
  const log = `${r.stdout}${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  writeFileSync(path.join(tmp, `build-${n}.log`), log);
  if (r.status !== 0) {
    console.error(log.slice(-3000));
    process.exit(1);
  }
  const lines = log.split('\n').filter((l) => /▶ \/_astro\//.test(l));
  const encoded = lines.filter((l) => l.includes('(before:'));
  const reused = lines.filter((l) => l.includes('(reused cache entry)'));
  console.log(`build ${n}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${lines.length} image variants: ${encoded.length} encoded, ${reused.length} reused from cache`);
  for (const l of (n === 1 ? encoded : reused).slice(0, 3)) console.log(`  ${l.trim()}`);
  return log;
}

build(1);
build(2);
if (process.env.KEEP_IMAGE_BENCH) console.log(`logs kept in ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
