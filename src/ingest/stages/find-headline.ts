/**
 * find-headline: the headline is the `# ` line, or else the last short display line above the
 * first line of running text; display lines above it are page labels (the first that is not a
 * bare place name is the kicker). A fused "引题 主题" headline is split at its first space.
 * No candidate → title null and a warning: a headline is never invented.
 */
import { HAS_SENTENCE, MD_HEADING, PLACE_LABEL, SHORT_LINE, SUBTITLE_LINE, TITLE_SPLIT } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

export function splitFusedTitle(text: string): { title: string; subtitle: string | null } {
  const space = text.indexOf(' ');
  if (text.length >= TITLE_SPLIT.minTotal && space >= TITLE_SPLIT.minFirstPart && text.length - space - 1 >= TITLE_SPLIT.minRest) {
    return { title: text.slice(0, space), subtitle: text.slice(space + 1) };
  }
  return { title: text, subtitle: null };
}

export function findHeadline(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const openLines = lines.filter((l) => l.text !== '' && l.role === null && (s.boxStart === null || l.no < s.boxStart));
  const warnings = [...s.warnings];
  let title: string | null = null;
  let subtitle: string | null = null;
  let titleLine: SourceLine | undefined = openLines.find((l) => /^#\s/.test(l.text));
  let above: SourceLine[] = [];

  if (titleLine) {
    ({ title, subtitle } = splitFusedTitle(MD_HEADING.exec(titleLine.text)![2]!));
    above = openLines.filter((l) => l.no < titleLine!.no);
  } else {
    const firstText = lines.find((l) => l.text !== '' && (l.role === null || l.role === 'caption') && (HAS_SENTENCE.test(l.text) || l.text.length > SHORT_LINE.maxTitle));
    const limit = firstText ? firstText.no : Infinity;
    const candidates = openLines.filter((l) => l.no < limit && !l.text.startsWith('#') && !SUBTITLE_LINE.test(l.text));
    // On a portal page the headline sits right above the 发布时间/来源 line.
    const info = lines.find((l) => l.reason === 'article info' && l.no < limit);
    const beforeInfo = info ? candidates.filter((l) => l.no < info.no) : [];
    const pick = beforeInfo.length ? beforeInfo : candidates;
    titleLine = pick[pick.length - 1];
    if (titleLine) {
      title = titleLine.text;
      above = pick.slice(0, -1);
    }
  }
  if (!titleLine) {
    warnings.push('未找到标题：原文没有标题行，请在 front matter 的 title 中填写。');
    return { ...s, lines, warnings };
  }
  titleLine.role = 'title';
  const next = openLines.find((l) => l.no > titleLine!.no);
  const sub = next ? SUBTITLE_LINE.exec(next.text) : null;
  if (next && sub && subtitle === null) {
    subtitle = sub[2]!;
    next.role = 'subtitle';
  }
  for (const l of above) l.role = 'page-label';
  const pageLabels = above.map((l) => l.text);
  const kicker = pageLabels.find((p) => !PLACE_LABEL.test(p)) ?? null;
  return { ...s, lines, title, subtitle, kicker, pageLabels, warnings };
}
