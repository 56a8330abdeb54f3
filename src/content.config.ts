/**
 * One collection, `reports`: the Markdown reports ingest writes (REPORTS_DIR, default
 * content/reports). The loader validates with the shared reportSchema; this schema is the
 * same one with figure photos typed as images so astro:assets can optimise them.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { figureSchema, reportSchema } from './schema/report.ts';
import { reportsLoader } from './lib/reports-loader.ts';

const reports = defineCollection({
  loader: reportsLoader(),
  schema: ({ image }) =>
    reportSchema.extend({
      figures: z.array(figureSchema.extend({ image: image().nullable().default(null) })).default([]),
    }),
});

export const collections = { reports };
