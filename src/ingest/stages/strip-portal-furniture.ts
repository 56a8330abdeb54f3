/**
 * strip-portal-furniture: removes web-page furniture (breadcrumbs, menus, article-info lines,
 * font-size and share buttons, editor lines, disclaimers, related-news lists, footers), each
 * with its reason. Article-info lines also give the stated date, publisher and author.
 */
import { ARTICLE_INFO, FURNITURE, HAS_SENTENCE, RELATED_NEWS, SHORT_LINE, CLAUSE_PUNCT, STATED_DATE, BYLINE } from '../patterns.ts';
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
    const furniture = FURNITURE.find((f) => f.pattern.test(t));
    if (furniture) {
      remove(l, furniture.reason);
      continue;
    }
    if (ARTICLE_INFO.line.test(t) && !HAS_SENTENCE.test(t)) {
      for (const m of t.matchAll(ARTICLE_INFO.field)) {
        const key = m[1]!;
        const value = m[2]!.replace(/[】\]）)]\s*$/, '').trim();
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

  // Menus: a block (lines with no blank between) of very short lines with no punctuation.
  for (const block of blocks(lines)) {
    const items = block.filter((l) => l.role === null);
    const isMenuItem = (l: SourceLine) => l.text.length <= SHORT_LINE.maxMenuItem && !CLAUSE_PUNCT.test(l.text) && !l.text.startsWith('#');
    if (items.length >= SHORT_LINE.minMenuRun && items.every(isMenuItem)) for (const l of items) remove(l, 'menu');
  }

  return { ...s, lines, date, datePrecision, dateStated, dateEvidence, publisher, authors };
}
