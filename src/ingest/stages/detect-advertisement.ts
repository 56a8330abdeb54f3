/**
 * detect-advertisement: a newspaper page often ends with an ad under the article. After the
 * last line of running text, the first blank-separated block with an ad signal (今日开幕,
 * EXPO, 博览会, hotline …) and every block after it are the ad; each line is removed.
 */
import { ADVERTISEMENT, HAS_SENTENCE } from '../patterns.ts';
import { blocks, type IngestState } from '../state.ts';

export function detectAdvertisement(s: IngestState): IngestState {
  const all = blocks(s.lines.filter((l) => l.text === '' || l.role === null));
  let lastText = -1;
  all.forEach((b, i) => {
    if (b.some((l) => HAS_SENTENCE.test(l.text))) lastText = i;
  });
  const trailing = all.slice(lastText + 1);
  const start = trailing.findIndex((b) => b.some((l) => ADVERTISEMENT.keywords.test(l.text)));
  if (start < 0) return s;
  const adLines = new Set(trailing.slice(start).flat().map((l) => l.no));
  const lines = s.lines.map((l) => (adLines.has(l.no) ? { ...l, role: 'removed' as const, reason: 'advertisement' } : l));
  return { ...s, lines };
}
