/**
 * Is this image a photo we can publish? Reads its header with sharp (format and size, no
 * decoding of the pixels) and says why not when it is not: a vector drawing (SVG, EMF), a
 * format the site's image path cannot take, something too small or too flat to be a photo
 * (icons, spacers, tracking pixels, logos, banners: PHOTO_SIZE), or bytes that are no image.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { NON_RASTER, PHOTO_SIZE, RASTER_FORMATS } from '../patterns-document.ts';
import type { DocImage } from './document.ts';

export function skippedImage(origin: string, alt: string, skip: string, warning?: string): DocImage {
  return { origin, alt, bytes: null, ext: null, width: 0, height: 0, sha256: '', skip, ...(warning ? { warning } : {}) };
}

export async function inspectImage(origin: string, alt: string, bytes: Uint8Array, contentType = ''): Promise<DocImage> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString('latin1');
  if (NON_RASTER.contentType.test(contentType) || NON_RASTER.start.test(head) || /\.svgz?$/i.test(origin)) {
    return { ...skippedImage(origin, alt, 'non-raster image'), sha256 };
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return { ...skippedImage(origin, alt, 'image cannot be decoded', `图片 ${origin} 无法解码（文件损坏或不是图片），已跳过；如需要，请另存为 JPEG 后手工加入。`), sha256 };
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const ext = RASTER_FORMATS[meta.format ?? ''];
  if (!ext) return { ...skippedImage(origin, alt, 'unsupported image format', `图片 ${origin} 的格式（${meta.format}）网站无法处理，已跳过；请另存为 JPEG 后手工加入。`), sha256, width, height };
  const short = Math.min(width, height);
  const long = Math.max(width, height);
  const tooSmall = short < PHOTO_SIZE.minSide || width * height < PHOTO_SIZE.minArea || long > short * PHOTO_SIZE.maxAspect;
  return { origin, alt, bytes: tooSmall ? null : bytes, ext, width, height, sha256, skip: tooSmall ? 'image too small to be a photo' : null };
}
