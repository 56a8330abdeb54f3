/**
 * Scores a Word file's or saved page's photos against its annotation (the document set's
 * `figures` and `not_figures`): each real photo must become a figure, in document order, with
 * its own caption; no icon, logo, beacon or outside image may become one. Pure: the command
 * does the I/O. The annotation does not say which image is which, so photos are matched by
 * position: the i-th figure that has a photo stands for the i-th annotated photo.
 */
import type { IngestJson } from '../../src/ingest/report-file.ts';
import { normalize } from './score.ts';

/** One annotated photo of a document (in document order). */
export interface ExpectedFigure {
  /** The caption as the reader should see it, or null when the photo has none. */
  caption: string | null;
}

/** The photo part of a document's `expected.json`. */
export interface ExpectedPhotos {
  figures: ExpectedFigure[];
  /** Images in the source that are not article photos (icons, logos, beacons, outside images). */
  not_figures: number;
}

export interface FigureScore {
  /** Annotated photos, and how many of them have a figure with a photo at their position. */
  photos: { kept: number; total: number };
  /** Annotated captions, and how many land on their own photo. */
  captions: { right: number; total: number };
  /** Figures with a photo beyond the annotated photos: non-photos (or repeats) taken as figures. */
  nonPhotosTaken: number;
  /** Annotated photos without a caption whose figure got one anyway (a 供稿 line, a neighbour's caption). */
  captionsInvented: number;
  /** Figures without any photo (a caption line standing alone). */
  photoless: number;
  /** One line per miss, for `--verbose`. */
  misses: string[];
}

/**
 * A caption as compared: NFKC, no whitespace, and the prefixes 图为 / 图： dropped (the reader
 * may keep or drop them), so `图为学生植树` and `学生植树` agree.
 */
export const captionKey = (s: string | null | undefined): string => normalize(s ?? '').replace(/^(图为|图:)/, '');

export function scoreFigures(out: Pick<IngestJson, 'figures'>, exp: ExpectedPhotos): FigureScore {
  const withPhoto = out.figures.filter((f) => f.image !== null);
  const score: FigureScore = {
    photos: { kept: Math.min(withPhoto.length, exp.figures.length), total: exp.figures.length },
    captions: { right: 0, total: exp.figures.filter((f) => f.caption !== null).length },
    nonPhotosTaken: Math.max(0, withPhoto.length - exp.figures.length),
    captionsInvented: 0,
    photoless: out.figures.length - withPhoto.length,
    misses: [],
  };
  const show = (v: unknown) => JSON.stringify(v);
  exp.figures.forEach((e, i) => {
    const found = withPhoto[i];
    if (!found) score.misses.push(`photo ${i + 1} not a figure${e.caption ? ` (caption ${show(e.caption)})` : ''}`);
    const got = found ? captionKey(found.caption) : '';
    if (e.caption === null) {
      if (got) {
        score.captionsInvented++;
        score.misses.push(`photo ${i + 1} has no caption, found ${show(found!.caption)}`);
      }
    } else if (got === captionKey(e.caption)) score.captions.right++;
    else if (found) score.misses.push(`caption of photo ${i + 1}: expected ${show(e.caption)}, found ${show(found.caption)}`);
  });
  if (score.nonPhotosTaken) score.misses.push(`${score.nonPhotosTaken} figure(s) beyond the ${exp.figures.length} photo(s): ${show(withPhoto.slice(exp.figures.length).map((f) => f.image))}`);
  for (const f of out.figures) if (f.image === null) score.misses.push(`figure without a photo: ${show(f.caption)}`);
  return score;
}

/** Sums page scores (misses dropped). */
export function sumFigures(scores: readonly FigureScore[]): Omit<FigureScore, 'misses'> {
  const sum = { photos: { kept: 0, total: 0 }, captions: { right: 0, total: 0 }, nonPhotosTaken: 0, captionsInvented: 0, photoless: 0 };
  for (const s of scores) {
    sum.photos.kept += s.photos.kept;
    sum.photos.total += s.photos.total;
    sum.captions.right += s.captions.right;
    sum.captions.total += s.captions.total;
    sum.nonPhotosTaken += s.nonPhotosTaken;
    sum.captionsInvented += s.captionsInvented;
    sum.photoless += s.photoless;
  }
  return sum;
}
