/**
 * summarize: the lede, cut at a sentence end: whole sentences of the first paragraph until
 * the summary is long enough, never past the length limit (then one sentence).
 */
import { SUMMARY } from '../patterns.ts';
import type { IngestState } from '../state.ts';

export function summarize(s: IngestState): IngestState {
  const lede = s.paragraphs[0] ?? '';
  const sentences = lede.match(SUMMARY.sentence) ?? (lede ? [lede] : []);
  let summary = '';
  for (const sentence of sentences.slice(0, SUMMARY.maxSentences)) {
    if (summary && (summary + sentence).length > SUMMARY.maxChars) break;
    summary += sentence;
    if (summary.length >= SUMMARY.minChars) break;
  }
  return { ...s, summary: summary.trim() };
}
