/**
 * find-byline-credit: bylines ("记者 X 通讯员 Y" at the start, "江海波 文秀月 胡忠英" or "（X）"
 * after the article) and photo credits ("图片由…提供", "（X摄）", "X供图"). Authors keep names
 * only; a credit line is kept verbatim. An inline "本报讯（记者 X）" stays in the text but
 * still names the authors.
 */
import { BYLINE, HAS_SENTENCE, PHOTO_CREDIT } from '../patterns.ts';
import type { IngestState, SourceLine } from '../state.ts';

const INLINE_BYLINE = /^(本报讯|本网讯|本台讯|讯)?[（(]((本报|本台|本网)?(记者|通讯员)[^）)]{2,40})[）)]/;

export function bylineNames(text: string): string[] {
  return text
    .replace(/^[■●◆□]/, '')
    .replace(/[（()）]/g, ' ')
    .replace(/报道/g, ' ')
    .replace(BYLINE.roles, ' ')
    .split(BYLINE.separator)
    .map((n) => n.trim())
    .filter((n) => n.length >= 2 && n.length <= BYLINE.maxNameLength && /^[\u4e00-\u9fa5·]+$/.test(n));
}

export function findBylineCredit(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  const authors = [...s.authors];
  const addAuthors = (names: string[]) => {
    for (const n of names) if (!authors.includes(n)) authors.push(n);
  };
  const content = lines.filter((l) => l.text !== '' && l.role === null && (s.boxStart === null || l.no < s.boxStart));
  const lastText = content.findLast((l) => HAS_SENTENCE.test(l.text));
  const firstText = content.find((l) => HAS_SENTENCE.test(l.text));

  for (const l of content) {
    const t = l.text;
    if (PHOTO_CREDIT.line.some((p) => p.test(t))) {
      // Which figure (if any) a credit belongs to is decided by find-captions.
      l.role = 'credit';
      continue;
    }
    const inTail = lastText !== undefined && l.no > lastText.no;
    const nearStart = firstText === undefined || l.no <= firstText.no;
    if (BYLINE.prefixed.test(t) && !HAS_SENTENCE.test(t) && (inTail || nearStart)) {
      l.role = 'byline';
      addAuthors(bylineNames(t));
    } else if (inTail && (BYLINE.parenthesized.test(t) || BYLINE.nameList.test(t) || /^[\u4e00-\u9fa5·]{2,4}$/.test(t))) {
      l.role = 'byline';
      addAuthors(bylineNames(t));
    }
  }
  if (firstText) {
    const m = INLINE_BYLINE.exec(firstText.text);
    if (m) addAuthors(bylineNames(m[2]!));
  }
  return { ...s, lines, authors };
}
