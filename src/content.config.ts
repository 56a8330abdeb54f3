/**
 * One collection, `reports`: the Markdown reports ingest writes (REPORTS_DIR, default
 * content/reports). The loader validates the whole front matter with the shared reportSchema
 * first (its errors name file and line); this schema says what Astro's content store keeps of
 * each report: the fields other pages than the report's own read (STORED_FIELDS, each with
 * who reads it), figure photos typed as images so astro:assets optimises them, and the fact
 * count. The body HTML, the facts and the other fields are in the report's parts files
 * (src/lib/report-parts.ts), read by the pages that show them.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { figureSchema, reportSchema } from './schema/report.ts';
import { reportsLoader } from './lib/reports-loader.ts';
import { STORED_FIELDS } from './lib/report-parts.ts';

/** The stored fields' validators, built once: Astro calls the schema function for every entry (for its own image()). */
const stored = reportSchema.pick(STORED_FIELDS).shape;

const reports = defineCollection({
  loader: reportsLoader(),
  schema: ({ image }) =>
    z.object({
      ...stored,
      /** Figures in reading order, the photo as an image (cards show the first one with a photo; the page all of them). */
      figures: z.array(figureSchema.extend({ image: image().nullable().default(null) })).default([]),
      /** How many facts the report shows after staff corrections: the 成果库's year counts and cache keys, without reading the parts. */
      factCount: z.number().int().nonnegative(),
    }),
});

export const collections = { reports };
