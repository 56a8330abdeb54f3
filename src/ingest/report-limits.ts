/**
 * REPORT_LIMITS applied by ingest (src/schema/limits.ts): a source whose report the site would
 * refuse is refused here, one line naming the source and the limit, nothing written. A
 * document's blocks are checked as soon as its reader returns, before the text pipeline copies
 * them; the finished report (paragraphs, headline, file size) before anything is written.
 */
import { REPORT_LIMITS, shownBytes } from '../schema/limits.ts';
import { longParagraphs } from '../lib/report-checks.ts';
import type { DocumentSource } from './formats/document.ts';
import { IngestInputError, type IngestState } from './state.ts';

const paragraphTooLong = (file: string, chars: number) =>
  new IngestInputError(`${file}: 有一段 ${chars} 字（一段上限 ${REPORT_LIMITS.maxParagraphChars} 字，REPORT_LIMITS.maxParagraphChars），不像一篇报道；请检查原文并分段后再导入。`);

/** A Word document's or page's longest block against the paragraph limit. */
export function checkDocumentLimits(file: string, doc: DocumentSource | null): void {
  for (const b of doc?.blocks ?? []) if (b.text.length > REPORT_LIMITS.maxParagraphChars) throw paragraphTooLong(file, b.text.length);
}

/** The pipeline's result: each paragraph of the body (as the site counts them) and the headline. */
export function checkReportLimits(state: IngestState): void {
  const { file } = state;
  const long = longParagraphs(state.body)[0];
  if (long) throw paragraphTooLong(file, long.chars);
  if ((state.title?.length ?? 0) > REPORT_LIMITS.maxTitleChars) {
    throw new IngestInputError(`${file}: 标题有 ${state.title!.length} 字（上限 ${REPORT_LIMITS.maxTitleChars} 字，REPORT_LIMITS.maxTitleChars）；请检查原文的标题后再导入。`);
  }
}

/** The report file's text, before it is written. */
export function checkReportSize(file: string, text: string): void {
  const bytes = Buffer.byteLength(text);
  if (bytes > REPORT_LIMITS.maxFileBytes) {
    throw new IngestInputError(`${file}: 生成的报道有 ${shownBytes(bytes)}（报道文件上限 ${shownBytes(REPORT_LIMITS.maxFileBytes)}，REPORT_LIMITS.maxFileBytes）；请只保留报道正文后再导入。`);
  }
}
