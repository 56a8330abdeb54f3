/**
 * find-headline: the headline is the `# ` line; on a web page it is the display line right
 * above the article-info block (发布时间/来源 …), and whatever the page printed above it is page
 * header, removed; otherwise it is the last short display line above the first line of running
 * text, and display lines above it are page labels (the first that is not a bare place name is
 * the kicker). A fused "引题 主题" headline is split at its first space. A caption, a timestamp,
 * a section label or a sentence is never a headline; no candidate → title null and a warning.
 */
import { DATELINE, HEADLINE, INFO_FIELD_START, SPACED_ROLE_LABEL } from '../patterns-portal.ts';
import { HAS_SENTENCE, MD_HEADING, PLACE_LABEL, SHORT_LINE, SUBTITLE_LINE, TITLE_SPLIT } from '../patterns.ts';
import { cutFromLine, type IngestState, type SourceLine } from '../state.ts';

export function splitFusedTitle(text: string): { title: string; subtitle: string | null } {
  const space = text.indexOf(' ');
  if (text.length >= TITLE_SPLIT.minTotal && space >= TITLE_SPLIT.minFirstPart && text.length - space - 1 >= TITLE_SPLIT.minRest) {
    return { title: text.slice(0, space), subtitle: text.slice(space + 1) };
  }
  return { title: text, subtitle: null };
}

/**
 * A lede's dateline names an outlet or a day, or puts the byline in parentheses after it:
 * `某某网讯(通讯员 X)`, `某某日报9月1日讯`, `本报讯`. `喜讯,某校……!` is a headline that shouts.
 */
function isDatelineLede(fold: string): boolean {
  const m = DATELINE.lede.exec(fold);
  return m !== null && (m[2] !== undefined || m[4] !== undefined || /[（(]$/.test(m[0]) || DATELINE.outletEnd.test(m[1] ?? ''));
}

/** A line that can be a headline: short, not a sentence that ends in 。, not a heading mark or a subtitle. */
const isCandidate = (l: SourceLine) =>
  l.role === null &&
  l.text.length >= HEADLINE.minLength &&
  l.text.length <= SHORT_LINE.maxTitle &&
  !HEADLINE.notHeadline.test(l.fold) &&
  !HEADLINE.notHeadlineAnywhere.test(l.fold) &&
  !INFO_FIELD_START.test(l.fold) &&
  !SPACED_ROLE_LABEL.test(l.fold) &&
  // `原标题:…` names the headline the article first ran under: the headline only when the page prints no other.
  !HEADLINE.originalTitle.test(l.fold) &&
  // A lede that opens with its dateline (`某某网讯(通讯员 X)…`) is text, cut short as it may be.
  !isDatelineLede(l.fold) &&
  !l.text.startsWith('#') &&
  !SUBTITLE_LINE.test(l.text);

/**
 * On a web page, the headline sits right above the article-info block: walking up from the
 * first info line (within the page's first lines), the first line not yet claimed must be a
 * headline candidate; if it is running text instead, the info line belongs to the article.
 */
function headlineAboveInfo(lines: readonly SourceLine[]): SourceLine | undefined {
  const nonBlank = lines.filter((l) => l.text !== '');
  // Counted among the lines furniture left: a long menu above the headline does not push the header out of reach.
  const isInfo = (l: SourceLine) => l.reason === 'article info' || Boolean(l.cuts?.some((c) => c.reason === 'article info'));
  const info = nonBlank
    .filter((l) => l.role === null || isInfo(l))
    .slice(0, HEADLINE.headerLines)
    .find(isInfo);
  if (!info) return undefined;
  // A headline with the header glued to it is its own line.
  if (info.role === null) return info;
  // An e-paper header (paper, date, page) stands above the headline instead: when display
  // lines follow the info line before any running text, the headline is among those.
  // A full headline right above the info line still wins over a subhead under it (`走进某地` / text).
  const above = nonBlank.filter((l) => l.no < info.no && l.role === null).pop();
  const below = nonBlank.find((l) => l.no > info.no && l.role === null);
  // (The headline printed again under the info is the same line: the lower copy is taken, the upper one is its repeat.)
  const aboveIsHeadline = above !== undefined && isCandidate(above) && above.fold.replace(/\s/g, '').length >= HEADLINE.fullAboveInfo && above.fold !== below?.fold;
  if (!aboveIsHeadline && below && isCandidate(below) && !HAS_SENTENCE.test(below.fold)) return undefined;
  return above && isCandidate(above) ? above : undefined;
}

/**
 * Among the display lines above the first text, the headline is the last one, unless that
 * one trails off (`……`) right under another: then it is the deck and the line above it the
 * headline.
 */
function pickFallback(pick: SourceLine[]): { title?: SourceLine; deck?: SourceLine } {
  const last = pick[pick.length - 1];
  const prev = pick[pick.length - 2];
  if (last && prev && HEADLINE.deck.test(last.fold) && !HEADLINE.deck.test(prev.fold) && last.no - prev.no <= 2) return { title: prev, deck: last };
  return { title: last };
}

/** Cuts what a page appends to the headline (a part number, ` | 栏目名`) and returns what is left. */
function cutSuffixes(l: SourceLine): string {
  for (const { reason, pattern } of HEADLINE.suffixes) {
    const m = pattern.exec(l.fold);
    const before = m ? l.fold.slice(0, m.index) : '';
    // The part left must still read as a headline and be clearly the longer part.
    const words = m ? m[0].replace(/[\s|丨｜_()（）]/g, '').length : 0;
    if (m && before.length >= HEADLINE.minBeforeSuffix && words * 2 <= before.length) cutFromLine(l, l.text.slice(m.index), reason);
  }
  return l.text;
}

export function findHeadline(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const openLines = lines.filter((l) => l.text !== '' && l.role === null && (s.boxStart === null || l.no < s.boxStart));
  const warnings = [...s.warnings];
  let title: string | null = null;
  let subtitle: string | null = null;
  let titleLine: SourceLine | undefined = openLines.find((l) => /^#\s/.test(l.text));
  let above: SourceLine[] = [];
  let header: SourceLine[] = [];

  // The headline a Word document or web page names (its Title style, the <h1> matching og:title).
  // (A page's logo heading that only names the site, `某某教育信息网`, is no headline however it is marked.)
  const hinted = titleLine ? undefined : openLines.find((l) => l.hint?.headline && !HEADLINE.notHeadlineAnywhere.test(l.fold));
  const anchored = titleLine || hinted ? undefined : headlineAboveInfo(lines);
  if (titleLine) {
    ({ title, subtitle } = splitFusedTitle(MD_HEADING.exec(titleLine.text)![2]!));
    above = openLines.filter((l) => l.no < titleLine!.no);
  } else if (hinted) {
    titleLine = hinted;
    title = hinted.text;
    // Above a page's <h1> is the site's header; above a document's title, its labels (kicker).
    if (s.document?.format === 'html') header = openLines.filter((l) => l.no < hinted.no);
    else above = openLines.filter((l) => l.no < hinted.no);
  } else if (s.document?.meta.title) {
    // The page states its headline (og:title, JSON-LD) but no line of its body is it.
    return { ...s, lines, title: s.document.meta.title };
  } else if (anchored) {
    titleLine = anchored;
    title = titleLine.text;
    header = openLines.filter((l) => l.no < anchored.no);
  } else {
    // A short question or exclamation with no clause inside (`开学第一课学什么?`) is a display line, not text.
    // So is a short line that shouts (`好消息,某校今秋开学!`).
    const displayQuestion = (l: SourceLine) => isCandidate(l) && (!HEADLINE.clause.test(l.fold) || HEADLINE.exclaim.test(l.fold));
    const firstText = lines.find((l) => l.text !== '' && (l.role === null || l.role === 'caption') && (HAS_SENTENCE.test(l.text) || l.text.length > SHORT_LINE.maxTitle) && !displayQuestion(l));
    // The article's own section labels (`■回应`) end the page's display lines: what follows is a subhead.
    // Only below a candidate: a label above every display line (`◆教育观察`) is a kicker.
    const firstCandidate = openLines.find((l) => isCandidate(l));
    const section = openLines.find((l) => firstCandidate !== undefined && l.no > firstCandidate.no && HEADLINE.sectionLabel.test(l.fold));
    const limit = Math.min(firstText ? firstText.no : Infinity, section ? section.no : Infinity);
    const { title: picked, deck } = pickFallback(openLines.filter((l) => l.no < limit && isCandidate(l)));
    titleLine = picked;
    if (titleLine) {
      title = titleLine.text;
      if (deck) {
        subtitle = deck.text;
        deck.role = 'subtitle';
      }
      // Lines above the page's own furniture (a paper's name over its date and page lines) are page header.
      const lastFurniture = lines.findLast((l) => l.no < titleLine!.no && l.role === 'removed');
      above = openLines.filter((l) => l.no < titleLine!.no && (!lastFurniture || l.no > lastFurniture.no));
      header = openLines.filter((l) => l.no < titleLine!.no && lastFurniture !== undefined && l.no < lastFurniture.no);
    }
  }
  if (titleLine && title !== null) {
    // `原标题:` names the headline the article first ran under: the words are the headline.
    const original = HEADLINE.originalTitle.exec(title);
    if (original) {
      cutFromLine(titleLine, original[0], 'original-title marker');
      title = titleLine.text;
    }
  }
  if (!titleLine || !title) {
    // An aggregator that dropped the headline often prints it at the end: `原标题:…`.
    const original = openLines.find((l) => HEADLINE.originalTitle.test(l.fold) && l.fold.replace(HEADLINE.originalTitle, '').length >= HEADLINE.minLength);
    const words = original ? original.text.slice(HEADLINE.originalTitle.exec(original.fold)![0].length) : '';
    if (original && words.length <= SHORT_LINE.maxTitle && !HEADLINE.notHeadline.test(words)) {
      cutFromLine(original, original.text.slice(0, original.text.length - words.length), 'original-title marker');
      titleLine = original;
      title = original.text;
    }
  }
  // Only a headline taken whole from its line (not a `# ` line split into title and subtitle).
  if (titleLine && title && title === titleLine.text) title = cutSuffixes(titleLine);
  if (!titleLine || !title) {
    warnings.push('未找到标题：原文没有标题行，请在 front matter 的 title 中填写。');
    return { ...s, lines, warnings };
  }
  titleLine.role = 'title';
  // The headline the article first ran under, printed beside the one it runs under now.
  for (const l of openLines) {
    if (l !== titleLine && l.role === null && HEADLINE.originalTitle.test(l.fold) && l.fold.length <= SHORT_LINE.maxTitle + 8) {
      l.role = 'removed';
      l.reason = 'original-title marker';
    }
  }
  const next = openLines.find((l) => l.no > titleLine!.no);
  const sub = next ? SUBTITLE_LINE.exec(next.text) : null;
  if (next && sub && subtitle === null) {
    subtitle = sub[2]!;
    next.role = 'subtitle';
  }
  for (const l of header) {
    l.role = 'removed';
    l.reason = l.text === title ? 'repeated headline' : 'page header';
  }
  // The headline printed again inside the article (an image's text, a share card, after an end
  // mark): a repeat, never a paragraph of its own.
  for (const l of openLines) {
    if (l.no > titleLine.no && l.role === null && l.text.replace(HEADLINE.endMarkLead, '') === title) {
      l.role = 'removed';
      l.reason = 'repeated headline';
    }
  }
  for (const l of above) l.role = 'page-label';
  const pageLabels = above.map((l) => l.text);
  const kicker = pageLabels.find((p) => !PLACE_LABEL.test(p)) ?? null;
  return { ...s, lines, title, subtitle, kicker, pageLabels, warnings };
}
