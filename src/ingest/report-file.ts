/**
 * Turns a finished pipeline state into the report file: front matter validated by the shared
 * schema (keys in schema order, YAML that any 1.1 or 1.2 reader reads back the same, see
 * yaml-emit.ts), the
 * Markdown body, the file name (date prefix + pinyin slug) and the generated checksum.
 * Pure: no file I/O here.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { reportSchema, type FactCorrection, type Report } from '../schema/report.ts';
import { SLUG } from './patterns.ts';
import { emitYaml } from './yaml-emit.ts';
import type { IngestState } from './state.ts';

/** The field --json prints, one object per source (exactly the fields of the issue). */
export interface IngestJson {
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  date: string | null;
  dateStated: boolean;
  publisher: string | null;
  /** The original article's address, when the text gives it. */
  sourceUrl: string | null;
  authors: string[];
  photoCredit: string | null;
  sections: { heading: string; level: number }[];
  paragraphs: string[];
  factBoxes: { title: string; items: { label: string; text: string }[] }[];
  figures: { caption: string; credit: string | null; image: string | null }[];
  removed: { text: string; reason: string }[];
  facts: { text: string; value: number; unit: string; qualifier: string | null; subject: string; inBox: boolean }[];
  /** Why the report is held back as a draft (empty: it publishes). */
  draftReasons: string[];
}

export function toJson(s: IngestState): IngestJson {
  return {
    title: s.title,
    subtitle: s.subtitle,
    kicker: s.kicker,
    date: s.date,
    dateStated: s.dateStated,
    publisher: s.publisher,
    sourceUrl: s.sourceUrl,
    authors: s.authors,
    photoCredit: s.photoCredit,
    sections: s.sections.map(({ heading, level }) => ({ heading, level })),
    paragraphs: s.paragraphs,
    factBoxes: s.factBoxes.map(({ title, items }) => ({ title, items: items.map(({ label, text }) => ({ label, text })) })),
    figures: s.figures.map(({ caption, credit, image }) => ({ caption, credit, image })),
    removed: s.removed.map(({ text, reason }) => ({ text, reason })),
    facts: s.facts.map(({ text, value, unit, qualifier, subject, inBox }) => ({ text, value, unit, qualifier, subject, inBox })),
    draftReasons: s.draftReasons,
  };
}

/** Lower-case pinyin words joined by hyphens, cut at a word boundary. */
export function slugify(text: string): string {
  const words = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug && slug.length + 1 + w.length > SLUG.maxLength) break;
    slug = slug ? `${slug}-${w}` : w.slice(0, SLUG.maxLength);
  }
  return slug;
}

/** `<date>-<pinyin of the title>.md`; without a title the source file name stands in. */
export function reportFileName(s: Pick<IngestState, 'date' | 'title' | 'file'>): string {
  const prefix = s.date ?? SLUG.undated;
  const slug = s.title ? slugify(s.title) : `${SLUG.untitled}-${slugify(s.file.replace(/\.[^.]+$/, ''))}`;
  return `${prefix}-${slug || SLUG.untitled}.md`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const GENERATED_LINE = /^generatedSha256: .*$/m;
const BLANK_GENERATED = 'generatedSha256: ""';

/** The checksum a report file should carry: of the file with that field blank. */
export function generatedChecksum(fileText: string): string {
  return sha256(fileText.replace(GENERATED_LINE, BLANK_GENERATED));
}

/** The checksum the file says it was generated with, or '' when it has none. */
export function statedChecksum(fileText: string): string {
  const m = /^generatedSha256: "?([0-9a-f]{64})"?$/m.exec(fileText);
  return m ? m[1]! : '';
}

export function buildFrontMatter(s: IngestState, factCorrections: FactCorrection[] = []): Report {
  return reportSchema.parse({
    title: s.title,
    subtitle: s.subtitle,
    kicker: s.kicker,
    pageLabels: s.pageLabels,
    date: s.date,
    datePrecision: s.datePrecision,
    dateStated: s.dateStated,
    dateEvidence: s.dateEvidence,
    publisher: s.publisher,
    authors: s.authors,
    editor: s.editor,
    photoCredit: s.photoCredit,
    topics: s.topics,
    summary: s.summary,
    source: { file: s.file, sha256: s.sha256, encoding: s.encoding, ...(s.sourceUrl ? { url: s.sourceUrl } : {}) },
    generatedSha256: '',
    figures: s.figures,
    factBoxes: s.factBoxes,
    facts: s.facts,
    factCorrections,
    removed: s.removed,
    warnings: s.warnings,
    draft: s.draftReasons.length > 0,
    draftReasons: s.draftReasons,
  });
}

/**
 * The front matter in the order staff read it: a draft says so on its first lines (what
 * to fix before it can be published); a publishable report carries no draft fields at all.
 */
function frontMatterForFile(data: Report): Record<string, unknown> {
  // No `editor: null` line: most sources name no editor, and reports written before the field
  // existed stay byte for byte what ingest writes today (the schema's default reads it back as null).
  const { draft, draftReasons, ...rest } = data;
  const { editor, ...withoutEditor } = rest;
  const fields = editor === null ? withoutEditor : rest;
  return draft ? { draft, draftReasons, ...fields } : fields;
}

/** The whole report file, checksum filled in. Same state in → same bytes out. */
export function renderReportFile(s: IngestState, factCorrections: FactCorrection[] = []): string {
  const data = buildFrontMatter(s, factCorrections);
  const yaml = emitYaml(frontMatterForFile(data));
  const draft = `---\n${yaml}---\n\n${s.body}`;
  return draft.replace(GENERATED_LINE, `generatedSha256: "${generatedChecksum(draft)}"`);
}
