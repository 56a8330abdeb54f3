/**
 * strip-portal-furniture: removes web-page furniture line by line (breadcrumbs, menus, page
 * buttons and symbols, image placeholders, editor lines, disclaimers, footers), each with its
 * reason. Patterns match the line's simplified fold, so traditional pages are read alike.
 * Article-info lines are `read-article-info`'s; the page's tail is `strip-tail-furniture`'s.
 */
import { BYLINE_ROLES, EDITOR_CREDIT, EDITOR_IN_CHARGE, INFO_FIELD_START, MENU_BAR, MENU_SEPARATORS, PAGE_FURNITURE, SPACED_ROLE_LABEL, roleLabel } from '../patterns-portal.ts';
import { CLAUSE_PUNCT, FURNITURE, HAS_SENTENCE, MAX_FURNITURE_LINE, SHORT_LINE } from '../patterns.ts';
import { isName } from '../byline-names.ts';
import { blocks, type IngestState, type SourceLine } from '../state.ts';
import { foldToSimplified } from '../../text/script-fold.ts';

/** A line of running text is longer than this (and has a sentence end). */
const ARTICLE_LINE = 30;

/**
 * Three or more short words between spaces, mostly not names (`新闻 图片 视频 专题`; `张三 李四 王五`
 * is a byline). Only outside the article: inside it such a line is a table's row (`年级 人数 时长`).
 */
function isSpacedMenu(t: string): boolean {
  const words = t.split(' ');
  if (BYLINE_ROLES.test(t) || words.length < MENU_BAR.minItems || !words.every((w) => MENU_BAR.spacedWord.test(w))) return false;
  return words.filter((w) => isName(w, true)).length * 2 < words.length;
}

/**
 * The editor's name on a `责任编辑：X` line, in the line's own characters, or null. The line is
 * still removed (it is no article text); the name is kept only when it reads as a person's
 * name, so a desk or a department (`责任编辑：新闻中心`) never shows as 责任编辑.
 */
export function editorInCharge(l: Pick<SourceLine, 'text' | 'fold'>): string | null {
  const m = EDITOR_IN_CHARGE.exec(l.fold);
  const at = m?.indices?.[1];
  if (!at) return null;
  const name = l.text.slice(at[0], at[1]);
  return isName(foldToSimplified(name), true) ? name : null;
}

/** Short items between separators (`首页 / 动态 / 正文`, `甲 | 乙 | 丙`). */
function isMenuBar(t: string): boolean {
  if (HAS_SENTENCE.test(t)) return false;
  const items = t.split(MENU_SEPARATORS).filter(Boolean);
  if (items.length < 2 || !items.every((i) => i.length <= MENU_BAR.maxItem)) return false;
  return items.length >= MENU_BAR.minItems || items.some((i) => MENU_BAR.navItem.test(i));
}

export function stripPortalFurniture(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  let editor = s.editor;
  const remove = (l: SourceLine, reason: string) => {
    l.role = 'removed';
    l.reason = reason;
  };

  for (const l of lines) {
    if (l.text === '' || l.role !== null || l.fold.length > MAX_FURNITURE_LINE) continue;
    const t = l.fold;
    const furniture = FURNITURE.find((f) => f.pattern.test(t));
    if (furniture) remove(l, furniture.reason);
    else if (EDITOR_CREDIT.some((p) => p.test(roleLabel(t, t)))) remove(l, 'editor credit');
    else if (!HAS_SENTENCE.test(t) || t.length <= SHORT_LINE.maxTitle) {
      const page = PAGE_FURNITURE.find((f) => f.pattern.test(t));
      if (page) remove(l, page.reason);
      // A row of article-info fields between pipes is read-article-info's, not a menu; nor is a
      // credit row between bars (`文｜甲 图｜乙`), a byline's.
      else if (isMenuBar(t) && !INFO_FIELD_START.test(t) && !SPACED_ROLE_LABEL.test(t)) remove(l, 'menu');
    }
    if (l.reason === 'editor credit') editor ??= editorInCharge(l);
  }

  // Menus: runs of very short lines with no punctuation, one item per line. The site name
  // above a menu or breadcrumb in the same block is page header, not the headline.
  // Only outside the article: a list the article introduces (`入选学校如下：`) keeps its items.
  const text = lines.filter((l) => l.role === null && l.fold.length > ARTICLE_LINE && HAS_SENTENCE.test(l.fold));
  const first = text[0]?.no ?? Infinity;
  const last = text[text.length - 1]?.no ?? -Infinity;
  const outside = (l: SourceLine) => l.no < first || l.no > last;
  // A credit line (`文｜甲 图｜乙`) is short and unpunctuated too, but a byline's, never a menu's.
  const isMenuItem = (l: SourceLine) => l.role === null && outside(l) && l.text.length <= SHORT_LINE.maxMenuItem && !CLAUSE_PUNCT.test(l.text) && !l.text.startsWith('#') && !INFO_FIELD_START.test(l.fold) && !SPACED_ROLE_LABEL.test(l.fold);
  // (`通 讯 员 张三` is a spaced role word, a byline's, not a menu.)
  for (const l of lines) if (l.role === null && !l.hint && outside(l) && isSpacedMenu(l.fold) && !SPACED_ROLE_LABEL.test(l.fold)) remove(l, 'menu');
  for (const block of blocks(lines)) {
    for (let i = 0; i < block.length; ) {
      let j = i;
      while (j < block.length && isMenuItem(block[j]!)) j++;
      const introduced = i > 0 && /[:：]$/.test(block[i - 1]!.fold);
      if (j - i >= SHORT_LINE.minMenuRun && !introduced) for (const l of block.slice(i, j)) remove(l, 'menu');
      i = Math.max(j, i + 1);
    }
    const anchor = block.findIndex((l) => (l.reason === 'menu' || l.reason === 'breadcrumb') && l.no < first);
    for (const l of block.slice(0, Math.max(anchor, 0))) {
      if (l.role === null && l.text.length <= SHORT_LINE.maxSiteHeader && !HAS_SENTENCE.test(l.text)) remove(l, 'site header');
    }
  }
  return { ...s, lines, editor };
}
