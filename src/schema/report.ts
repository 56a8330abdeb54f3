/**
 * The report's front matter: one zod schema shared by ingest (which writes it),
 * the site's content loader (which validates it) and the tools (search, 成果库).
 * Field names are the contract between those parts; add fields, never rename them.
 */
import { z } from 'zod';
import { REPORT_LIMITS } from './limits.ts';

/** True for a month 01–12 and a day that month has (2024-02-30 does not exist). */
export function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** How much of `date` is known: a day, only a month, or only a year. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);

/** Administrative level of an achievement (issue 5). */
export const factLevelSchema = z.enum(['国际', '国家级', '省部级', '市级', '区级', '校级']);

/** What kind of thing a fact counts (issue 5). */
export const factCategorySchema = z.enum(['教师', '学生', '学校', '课程', '荣誉与奖项', '培训与活动', '经费', '其他']);

export const factSchema = z.object({
  /** The number with its counting word exactly as printed, e.g. "5万余人次". */
  text: z.string().min(1),
  /** The number as a number: Chinese numerals converted, 万/亿 multiplied out (5万余人次 → 50000). */
  value: z.number(),
  /** The counting word: 人次, 名, 所, 个, %, 万元 … */
  unit: z.string().min(1),
  /** The approximation word as written (余, 多, 近, 约, 超过, 以上), or null. */
  qualifier: z.string().nullable(),
  /** A short label of what is counted, e.g. "暑期教师培训参训人次". */
  subject: z.string(),
  /** True when the fact sits in a numbers box (数说) rather than the body. */
  inBox: z.boolean(),
  /** The time span the text gives for it (2024年, 近4年, 截至目前, 累计, 一年多来), or null. */
  period: z.string().nullable().default(null),
  /** Administrative level of the achievement, when the text says one. */
  level: factLevelSchema.nullable().default(null),
  /** What kind of thing is counted. */
  category: factCategorySchema.default('其他'),
  /** The sentence the fact comes from, verbatim after repair. */
  sentence: z.string().default(''),
  /** Id of the paragraph (or box item) it comes from, e.g. "p-12" or "box-1-3"; the page anchors it. */
  anchor: z.string().default(''),
});
export type Fact = z.infer<typeof factSchema>;

/**
 * A staff correction to the extracted facts. Matched by `anchor` + `text`; it wins over
 * extraction and is kept across a re-ingest with --force. `add: true` adds a missed fact.
 * Strict: a misspelt key (`hiden: true`) is an error, never a correction silently ignored.
 */
export const factCorrectionSchema = z.strictObject({
  /** The paragraph anchor of the fact to correct (or of the paragraph a new fact belongs to). */
  anchor: z.string(),
  /** The fact's printed text, e.g. "56节"; together with `anchor` it names one fact. */
  text: z.string(),
  /** Hide a false fact from the site and the exports. */
  hidden: z.boolean().optional(),
  /** True when this entry adds a fact the extractor missed (then value/unit/subject are required). */
  add: z.boolean().optional(),
  value: z.number().optional(),
  unit: z.string().optional(),
  qualifier: z.string().nullable().optional(),
  subject: z.string().optional(),
  period: z.string().nullable().optional(),
  level: factLevelSchema.nullable().optional(),
  category: factCategorySchema.optional(),
});
export type FactCorrection = z.infer<typeof factCorrectionSchema>;

export const figureSchema = z.object({
  /** Stable id used by the body's `::: figure` container, e.g. "fig-1". */
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected an id of lower-case letters, digits and hyphens, e.g. "fig-1"'),
  /** The caption, verbatim. */
  caption: z.string(),
  /** Photo credit for this figure, or null (the report-wide credit is `photoCredit`). */
  credit: z.string().nullable().default(null),
  /** Photo file beside the report (relative path, e.g. "./photos/a.jpg"), or null when the source has none. */
  image: z.string().nullable().default(null),
  /** Number of body paragraphs before the figure (0 = before the first paragraph). */
  afterParagraph: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof figureSchema>;

export const removedLineSchema = z.object({
  /** The removed line, verbatim. */
  text: z.string(),
  /** Why it is not part of the article: "advertisement", "page label", "breadcrumb", "duplicate caption" … */
  reason: z.string(),
  /** 1-based line number in the source file. */
  line: z.number().int().positive(),
});
export type RemovedLine = z.infer<typeof removedLineSchema>;

export const factBoxSchema = z.object({
  /** Box title, e.g. "数说". */
  title: z.string(),
  /** Box subtitle when the source gives one, e.g. "瞩目荣耀·高新风采". */
  subtitle: z.string().nullable().default(null),
  /** The box items: a label (its heading) and its text. */
  items: z.array(z.object({ label: z.string(), text: z.string() })),
});
export type FactBox = z.infer<typeof factBoxSchema>;

export const reportSchema = z.object({
  /** The headline; null when the source has none (ingest warns, staff fill it in). At most REPORT_LIMITS.maxTitleChars: it is the page's <title> and every card's link text. */
  title: z.string().max(REPORT_LIMITS.maxTitleChars, `expected a headline of at most ${REPORT_LIMITS.maxTitleChars} characters (REPORT_LIMITS.maxTitleChars); shorten it`).nullable(),
  /** Second headline line, or null. */
  subtitle: z.string().nullable().default(null),
  /** The overline/kicker above the headline (e.g. a page's column name), or null. */
  kicker: z.string().nullable().default(null),
  /** Page-top labels of a newspaper page, kept for provenance. */
  pageLabels: z.array(z.string()).default([]),
  /** Publication date: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when nothing supports one. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected "YYYY-MM-DD", "YYYY-MM" or "YYYY"')
    .refine(isCalendarDate, 'expected a date that exists on the calendar ("YYYY-MM-DD", "YYYY-MM" or "YYYY")')
    .nullable(),
  /** How much of `date` is known. */
  datePrecision: datePrecisionSchema.nullable(),
  /** True only when the source states the publication date; false when it was inferred. */
  dateStated: z.boolean(),
  /** Why that date: the quotes it was stated in or inferred from. */
  dateEvidence: z.array(z.string()).default([]),
  /** The publisher or outlet when the source names one (来源), or null. */
  publisher: z.string().nullable().default(null),
  /** Byline names only, without 记者/通讯员. */
  authors: z.array(z.string()).default([]),
  /** The editor in charge (责任编辑) when the source names one, shown on the page but never searched; null or absent when unknown. */
  editor: z.string().nullable().default(null),
  /** The photo credit line, verbatim, or null. */
  photoCredit: z.string().nullable().default(null),
  /**
   * Topics (专题) from the keyword table. Plain words: a topic becomes a URL, a filter name
   * the search page shows as HTML, and a heading, so markup characters are refused.
   */
  topics: z.array(z.string().regex(/^[^<>&"'`\\/]{1,40}$/, 'expected a topic name of 1–40 characters without < > & " \' ` \\ /')).default([]),
  /** One- or two-sentence summary (the lede, cut at a sentence end). */
  summary: z.string().default(''),
  /** Where the report came from. */
  source: z.object({
    /** Source file name under content/sources/. */
    file: z.string(),
    /** sha256 of the source file's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Encoding the source was read in (utf-8, gb18030 …). */
    encoding: z.string().default('utf-8'),
    /** Address of the original article (from a `原文链接:` line, or added by staff); absent when unknown. */
    url: z
      .string()
      .regex(/^https?:\/\/[^\s<>"']+$/, 'expected an http(s) address without spaces or quotes')
      .optional(),
  }),
  /** sha256 of this file as ingest wrote it (with this field blank); a mismatch means staff edited it. */
  generatedSha256: z.string().default(''),
  /** Figures, in reading order. */
  figures: z.array(figureSchema).default([]),
  /** Numbers boxes (数说); their items are also in the body as `::: facts` containers. */
  factBoxes: z.array(factBoxSchema).default([]),
  /** Key statistics found by ingest. */
  facts: z.array(factSchema).default([]),
  /** Staff corrections to `facts`; they win over extraction and survive re-ingest. */
  factCorrections: z.array(factCorrectionSchema).default([]),
  /** Every non-blank source line that is not part of the article, with why. */
  removed: z.array(removedLineSchema).default([]),
  /** What ingest wants staff to review. */
  warnings: z.array(z.string()).default([]),
  /**
   * True when ingest could not establish something a reader would see (no headline, no date,
   * a doubtful byline …). A draft is left out of every page, feed, index and export; staff
   * publish it by fixing the field and deleting this mark.
   */
  draft: z.boolean().default(false),
  /** Why the report is held back, one sentence each (ingest's blocking-reasons table). */
  draftReasons: z.array(z.string()).default([]),
});
export type Report = z.infer<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;
