/**
 * The tiny blurred placeholder shown while a photo loads: a 16-pixel-wide WebP as a data
 * URI (a few hundred bytes). Computed by the loader, so it is cached with the entry and an
 * unchanged report never re-encodes it.
 */
import sharp from 'sharp';

const PLACEHOLDER_WIDTH = 16;

export async function blurPlaceholder(file: string): Promise<string> {
  const buf = await sharp(file).resize(PLACEHOLDER_WIDTH).blur(1).webp({ quality: 40 }).toBuffer();
  return `data:image/webp;base64,${buf.toString('base64')}`;
}
