/**
 * strip-portal-furniture: removes web-page furniture (breadcrumbs, menus, article-info lines,
 * font-size and share buttons, editor lines, disclaimers, related-news lists, footers), each
 * with its reason. Article-info lines also give the stated date, publisher and author.
 */
import { MAX_FURNITURE_LINE, ARTICLE_INFO, FURNITURE, HAS_SENTENCE, RELATED_NEWS, SHORT_LINE, CLAUSE_PUNCT, STATED_DATE, BYLINE } from '../patterns.ts';
import { blocks, type IngestState, type SourceLine } from '../state.ts';

const MENU_BAR = /^([^|丨｜]{1,10}\s*[|丨｜]\s*){2,}[^|丨｜]{1,10}$/;

function statedDate(value: string): string | null {
  const m = STATED_DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

export function stripPortalFurniture(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  let { date, datePrecision, dateStated, publisher } = s;
  const dateEvidence = [...s.dateEvidence];
  const authors = [...s.authors];
  const remove = (l: SourceLine, reason: string) => {
    l.role = 'removed';
    l.reason = reason;
  };

  let inRelated = false;
  for (const l of lines) {
    if (l.text === '' || l.role !== null) continue;
    const t = l.text;
    if (RELATED_NEWS.test(t)) {
      remove(l, 'related news');
      inRelated = true;
      continue;
    }
    if (t.length > MAX_FURNITURE_LINE) {
      inRelated = false;
      continue;
    }
    const furniture = FURNITURE.find((f) => f.pattern.test(t));
    if (furniture) {
      remove(l, furniture.reason);
      continue;
    }
    const dateFirst = ARTICLE_INFO.dateFirst.exec(t);
    const rest = dateFirst ? t.slice(dateFirst[0].length) : t;
    if ((dateFirst || ARTICLE_INFO.line.test(t)) && (rest === '' || ARTICLE_INFO.line.test(rest)) && !HAS_SENTENCE.test(t) && !(dateFirst && rest === '' && !dateFirst[2])) {
      const fields = [...rest.matchAll(ARTICLE_INFO.field)].map((m) => [m[1]!, m[2]!] as const);
      if (dateFirst) fields.unshift(['发布时间', dateFirst[0]]);
      for (const [key, rawValue] of fields) {
        const value = rawValue.replace(/[】\]）)]\s*$/, '').trim();
        if (ARTICLE_INFO.dateKeys.includes(key) && !dateStated) {
          const d = statedDate(value);
          if (d) {
            date = d;
            datePrecision = 'day';
            dateStated = true;
            dateEvidence.push(l.raw);
          }
        } else if (ARTICLE_INFO.publisherKeys.includes(key) && value && !publisher) {
          publisher = value;
        } else if (ARTICLE_INFO.authorKeys.includes(key) && value) {
          for (const name of value.replace(BYLINE.roles, ' ').split(BYLINE.separator)) if (name && !authors.includes(name)) authors.push(name);
        }
      }
      remove(l, 'article info');
      continue;
    }
    if (MENU_BAR.test(t)) {
      remove(l, 'menu');
      continue;
    }
    if (inRelated) {
      // A related-news list is short titles; a line of running text means the list is over.
      if (HAS_SENTENCE.test(t) && t.length > SHORT_LINE.maxTitle) inRelated = false;
      else {
        remove(l, 'related news');
        continue;
      }
    }
  }

  // Menus: runs of very short lines with no punctuation, one item per line. The site name
  // above a menu or breadcrumb in the same block is page header, not the headline.
  const isMenuItem = (l: SourceLine) => l.role === null && l.text.length <= SHORT_LINE.maxMenuItem && !CLAUSE_PUNCT.test(l.text) && !l.text.startsWith('#');
  for (const block of blocks(lines)) {
    for (let i = 0; i < block.length; ) {
      let j = i;
      while (j < block.length && isMenuItem(block[j]!)) j++;
      if (j - i >= SHORT_LINE.minMenuRun) for (const l of block.slice(i, j)) remove(l, 'menu');
      i = Math.max(j, i + 1);
    }
    const anchor = block.findIndex((l) => l.reason === 'menu' || l.reason === 'breadcrumb');
    for (const l of block.slice(0, Math.max(anchor, 0))) {
      if (l.role === null && l.text.length <= SHORT_LINE.maxSiteHeader && !HAS_SENTENCE.test(l.text)) remove(l, 'site header');
    }
  }

  return { ...s, lines, date, datePrecision, dateStated, dateEvidence, publisher, authors };
}
