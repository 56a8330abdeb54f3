/**
 * drop-repeated-summary: many pages print the article's opening (their description, cut short)
 * right above the article itself: `某某网讯(通讯员 X)9月1日是开学的日子,校园里又热闹起来了` over the
 * full lede. The short copy is removed, so it is neither taken for the headline nor glued to
 * the lede it repeats. Only a copy of at least `SUMMARY_REPEAT.minChars` characters that the next
 * line begins with (a trailing `…` or `...` set aside).
 */
import { SUMMARY_REPEAT } from '../patterns-remnants.ts';
import type { IngestState, SourceLine } from '../state.ts';

export function dropRepeatedSummary(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const open = lines.filter((l) => l.text !== '' && l.role === null);
  for (let i = 0; i + 1 < open.length; i++) {
    const copy = open[i]!.fold.replace(SUMMARY_REPEAT.trailOff, '').replace(/\s+/g, '');
    const next = open[i + 1]!.fold.replace(/\s+/g, '');
    if (copy.length >= SUMMARY_REPEAT.minChars && next.length > copy.length && next.startsWith(copy)) {
      open[i]!.role = 'removed';
      open[i]!.reason = 'repeated summary';
    }
  }
  return { ...s, lines };
}
