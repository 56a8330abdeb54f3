/**
 * One source file → everything the command needs from it, as plain data (so a worker thread
 * can send it back): the report's name and text, the --json object, the printed summary, or
 * the one-line error for bad input.
 */
import { join } from 'node:path';
import { removalLabel } from '../lib/removal-reasons.ts';
import { ingestPath } from './ingest.ts';
import type { IngestJson } from './report-file.ts';
import { IngestInputError, type IngestState } from './state.ts';

export interface ConvertOptions {
  out: string;
  json: boolean;
  quiet: boolean;
}

export type Converted =
  | {
      ok: true;
      path: string;
      file: string;
      target: string;
      text: string;
      json: IngestJson | null;
      summary: string[];
      sourceSha256: string;
      /** Photos to write beside the report (path inside the output folder), from a Word document or web page. */
      photos: { path: string; bytes: Uint8Array }[];
    }
  | { ok: false; path: string; error: string };

/** List at most this many removed lines per source. */
const SHOW_REMOVED = 30;

export function describe(s: IngestState, target: string): string[] {
  const date = s.date
    ? `${s.date}（${s.dateStated ? '原文写明' : '推断'}，依据：${s.dateEvidence.map((e) => `“${e}”`).join('、') || '无'}）`
    : '无（请填写）';
  const reasons = new Map<string, number>();
  for (const r of s.removed) reasons.set(removalLabel(r.reason), (reasons.get(removalLabel(r.reason)) ?? 0) + 1);
  const removed = [...reasons].map(([r, n]) => `${r} ${n}`).join('，');
  return [
    `${s.file} → ${target}`,
    `  标题：${s.title ?? '（无）'}${s.subtitle ? ` ／ 副题：${s.subtitle}` : ''}${s.kicker ? ` ／ 引题：${s.kicker}` : ''}`,
    `  日期：${date}`,
    `  作者：${s.authors.join('、') || '（无）'}${s.photoCredit ? ` ／ 图片：${s.photoCredit}` : ''}${s.publisher ? ` ／ 来源：${s.publisher}` : ''}`,
    `  段落 ${s.paragraphs.length}，修复断句 ${s.sentencesRepaired}，图片说明 ${s.figures.length}，小标题 ${s.sections.length}，数据框 ${s.factBoxes.length}，数据 ${s.facts.length}`,
    `  删除 ${s.removed.length} 行${removed ? `：${removed}` : ''}`,
    ...s.removed.slice(0, SHOW_REMOVED).map((r) => `    第 ${r.line} 行（${removalLabel(r.reason)}）：${r.text.length > 40 ? `${r.text.slice(0, 40)}…` : r.text}`),
    ...(s.removed.length > SHOW_REMOVED ? [`    …还有 ${s.removed.length - SHOW_REMOVED} 行，见报道的 removed 字段`] : []),
    ...photoLines(s),
    ...s.warnings.map((w) => `  请核对：${w}`),
    ...(s.draftReasons.length ? [`  草稿，暂不发布（draft: true）：`, ...s.draftReasons.map((r) => `    ${r}`)] : []),
  ];
}

/** For a Word document or web page: where its photos go, and how many images were not taken. */
function photoLines(s: IngestState): string[] {
  if (!s.document?.images.length) return [];
  const skipped = s.document.images.length - s.figureImages.length;
  const folder = s.photos[0] ? s.photos[0].path.replace(/\/[^/]+$/, '/') : '';
  return [`  照片 ${s.photos.length} 张${folder ? ` → ${folder}` : ''}${skipped ? `；未采用的图片 ${skipped} 张（原因见下方删除行）` : ''}`];
}

export async function convertSource(path: string, opts: ConvertOptions): Promise<Converted> {
  try {
    const result = await ingestPath(path);
    const target = join(opts.out, result.fileName);
    return {
      ok: true,
      path,
      file: result.state.file,
      target,
      text: opts.json ? '' : result.render(),
      json: opts.json ? result.json : null,
      summary: opts.quiet || opts.json ? [] : describe(result.state, target),
      sourceSha256: result.state.sha256,
      photos: opts.json ? [] : result.state.photos,
    };
  } catch (e) {
    if (e instanceof IngestInputError) return { ok: false, path, error: e.message.replace(/^[^:]+:/, `${path}:`) };
    return { ok: false, path, error: `${path}: 内部错误（${(e as Error).message}）；请把这个文件报告给维护者。` };
  }
}
