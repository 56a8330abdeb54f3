/**
 * Image sizes in one table, and the derived images pages need outside <Picture>: the
 * card/search thumbnail and the 1200×630 Open Graph image. All go through astro:assets,
 * so they share its build cache and a second build encodes nothing.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

export const IMAGE_SIZES = {
  /** Widths of a body photo's srcset (capped at the photo's own width). */
  bodyWidths: [480, 800, 1200],
  bodySizes: '(min-width: 44rem) 40rem, 100vw',
  formats: ['avif', 'webp'] as const,
  fallbackFormat: 'jpg' as const,
  thumbWidth: 480,
  og: { width: 1200, height: 630 },
} as const;

export function bodyWidths(image: ImageMetadata): number[] {
  const fitting = IMAGE_SIZES.bodyWidths.filter((w) => w <= image.width);
  return fitting.length ? fitting : [image.width];
}

export async function thumbnail(image: ImageMetadata) {
  return getImage({ src: image, width: Math.min(IMAGE_SIZES.thumbWidth, image.width), format: 'webp' });
}

export async function openGraphImage(image: ImageMetadata, site: URL | undefined): Promise<string> {
  const img = await getImage({ src: image, ...IMAGE_SIZES.og, fit: 'cover', format: 'jpg' });
  return new URL(img.src, site).href;
}
