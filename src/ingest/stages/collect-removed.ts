/**
 * collect-removed: lists every removed line (verbatim, with its reason and line number) in
 * source order, and tells staff what to review.
 */
import type { IngestState } from '../state.ts';

export function collectRemoved(s: IngestState): IngestState {
  // A line cut in part keeps its article part; what was cut out is recorded with its line number.
  const removed = s.lines.flatMap((l) => [
    ...(l.cuts ?? []).map((c) => ({ text: c.text, reason: c.reason, line: l.no })),
    ...(l.role === 'removed' ? [{ text: l.raw, reason: l.reason ?? 'removed', line: l.no }] : []),
  ]);
  const warnings = [...s.warnings];
  const ads = removed.filter((r) => r.reason === 'advertisement').length;
  if (ads) warnings.push(`删除了 ${ads} 行广告（第 ${removed.find((r) => r.reason === 'advertisement')!.line} 行起），请确认没有误删正文。`);
  if (!s.paragraphs.length) warnings.push('没有找到正文段落，请检查原文。');
  return { ...s, removed, warnings };
}
