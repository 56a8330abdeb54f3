/**
 * name-photos: once the report's name is known (date and headline settled), each figure's
 * image gets its file beside the report, `photos/<report name>/NN.ext` (NN from 01 in
 * reading order), and the figure's `image:` points at it the way the site resolves photos
 * (relative to the reports folder: `./photos/…`). An image shown twice is stored once. The
 * bytes are the source's own, so re-ingesting gives the same files.
 */
import { reportFileName } from '../report-file.ts';
import type { IngestState } from '../state.ts';

export function namePhotos(s: IngestState): IngestState {
  const doc = s.document;
  if (!doc || !s.figureImages.length) return s;
  const folder = `photos/${reportFileName(s).replace(/\.md$/, '')}`;
  const byHash = new Map<string, string>();
  const photos: IngestState['photos'] = [];
  const pathOf = new Map<string, string>();
  for (const { figure, image } of s.figureImages) {
    const img = doc.images[image]!;
    let path = byHash.get(img.sha256);
    if (!path) {
      path = `${folder}/${String(photos.length + 1).padStart(2, '0')}.${img.ext}`;
      byHash.set(img.sha256, path);
      photos.push({ path, bytes: img.bytes! });
    }
    pathOf.set(figure, path);
  }
  const figures = s.figures.map((f) => (pathOf.has(f.id) ? { ...f, image: `./${pathOf.get(f.id)}` } : f));
  return { ...s, figures, photos };
}
