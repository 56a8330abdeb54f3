/**
 * Checks a report's photo before the build publishes it, and makes its blurred placeholder
 * from the same decode. A report names its photos itself (`figures[].image`), and reports are
 * hand-edited, so a photo is untrusted input:
 *
 * - **Where**: a relative path that stays inside the reports folder after symlinks are
 *   resolved. An absolute path, `../` or a symlink out would publish any file the build can
 *   read (Astro copies the original bytes for its image pipeline).
 * - **What**: only the raster formats the site encodes (JPEG, PNG, WebP, AVIF), recognised by
 *   their bytes, not by the name. SVG is refused (it can carry scripts and would be published
 *   as is), and so is GIF: the site turns every photo into still AVIF/WebP/JPEG, so an
 *   animation would silently lose its frames, and a 256-colour GIF is never the newspaper
 *   photo itself — staff save it as JPEG or PNG.
 * - **How big**: at most MAX_PHOTO_BYTES on disk and MAX_PHOTO_PIXELS decoded (sharp's
 *   `limitInputPixels`, checked from the header before any pixel is decoded), so a
 *   decompression bomb or a 20000×20000 image is refused instead of exhausting memory.
 * - **Whole**: the placeholder decodes every pixel with `failOn: 'truncated'`, so a truncated
 *   or corrupt file is refused here, with its name, rather than crashing the image pipeline later.
 *
 * Each refusal is one line for the loader to collect with the report's other problems.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';

/** sharp's format names of the photos the site publishes → what staff call them. */
export const PHOTO_FORMATS: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', heif: 'AVIF' };
/** 64 megapixels: a full-frame camera's largest photos; the site shows at most 1200 px wide. */
export const MAX_PHOTO_PIXELS = 64_000_000;
/** 40 MB on disk. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;
const PLACEHOLDER_WIDTH = 16;

export type PhotoCheck = { ok: true; file: string; placeholder: string } | { ok: false; problem: string };

const isInside = (dir: string, file: string) => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** The first line of an error's message, without sharp's prefixes. */
function reason(err: unknown): string {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
  return msg.replace(/^Input (file|buffer) /, '');
}

/**
 * Checks photo `ref` (as written in the front matter) of a report in `reportsDir`. `draft`:
 * checked the same, but no placeholder is made (a draft is not published).
 */
export async function checkPhoto(reportsDir: string, ref: string, draft = false): Promise<PhotoCheck> {
  const refuse = (why: string): PhotoCheck => ({ ok: false, problem: `expected a JPEG, PNG, WebP or AVIF photo inside the reports folder, found "${ref}": ${why}` });
  if (path.isAbsolute(ref) || /^[a-z]+:/i.test(ref)) return refuse('an absolute path or address. Copy the photo into the reports folder (e.g. photos/) and give its relative path, "./photos/a.jpg".');
  const root = realpathSync(reportsDir);
  const named = path.resolve(reportsDir, ref);
  if (!isInside(path.resolve(reportsDir), named)) return refuse('the path leaves the reports folder. Copy the photo into it (e.g. photos/).');
  let file: string;
  try {
    file = realpathSync(named);
  } catch {
    return { ok: false, problem: `expected a photo file beside the report, found "${ref}" which does not exist. Add the photo or set image: null.` };
  }
  if (!isInside(root, file)) return refuse('a link to a file outside the reports folder. Copy the photo itself into the folder.');
  const stat = statSync(file);
  if (!stat.isFile()) return refuse('not a file.');
  if (stat.size > MAX_PHOTO_BYTES) return refuse(`${(stat.size / 1024 / 1024).toFixed(0)} MB, more than ${MAX_PHOTO_BYTES / 1024 / 1024} MB. Save it smaller (the site shows at most 1200 pixels wide).`);
  const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'truncated' as const, sequentialRead: true };
  let meta: Metadata;
  try {
    // The header only (no pixel decoded), without the pixel limit: so a bomb is refused below
    // with its size rather than sharp's "exceeds pixel limit".
    meta = await sharp(file, { ...options, limitInputPixels: false }).metadata();
  } catch (err) {
    return refuse(`not an image the site can read (${reason(err)}).`);
  }
  const format = meta.format === 'heif' && meta.compression !== 'av1' ? 'heic' : meta.format;
  if (!format || !PHOTO_FORMATS[format]) return refuse(`a ${String(format ?? 'unknown').toUpperCase()} file. Save it as JPEG or PNG.`);
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PHOTO_PIXELS) {
    return refuse(`${meta.width}×${meta.height} pixels, more than ${MAX_PHOTO_PIXELS / 1e6} megapixels. Save it smaller (the site shows at most 1200 pixels wide).`);
  }
  try {
    // Decodes every pixel: a truncated or corrupt file fails here.
    const buf = await sharp(file, options).resize(PLACEHOLDER_WIDTH).blur(1).webp({ quality: 40 }).toBuffer();
    return { ok: true, file, placeholder: draft ? '' : `data:image/webp;base64,${buf.toString('base64')}` };
  } catch (err) {
    return refuse(`the file is damaged or cut short (${reason(err)}).`);
  }
}
