/**
 * cut-inline-furniture: furniture that sits inside a line of article text rather than on a line
 * of its own — markup a copy left behind (`<p class="x">`), a newspaper's continuation mark
 * (`(上接第一版)`), a photo's caption and credit left where the photo stood
 * (`……。某某小学。张三  摄 今年……`), a staff box glued after the last sentence (`……。编辑:甲审核:乙`).
 * Each part is cut from its line and recorded with the line's number; the rest stays text.
 */
import { isName } from '../byline-names.ts';
import { GLUED_STAFF, GLUED_STAFF_FIELD, INLINE_CAPTION, INLINE_FURNITURE } from '../patterns-portal.ts';
import { HAS_SENTENCE } from '../patterns.ts';
import { cutFromLine, type IngestState, type SourceLine } from '../state.ts';
import { foldToSimplified } from '../../text/script-fold.ts';

export function cutInlineFurniture(s: IngestState): IngestState {
  const lines: SourceLine[] = s.lines.map((l) => ({ ...l }));
  for (const l of lines) {
    if (l.text === '' || l.role !== null) continue;
    for (const { reason, pattern, quick } of INLINE_FURNITURE) {
      if (!quick.test(l.fold)) continue;
      // Offsets of the fold are the text's: cut what the author's text has at those places.
      const parts = [...l.fold.matchAll(pattern)].map((m) => l.text.slice(m.index, m.index + m[0].length));
      for (const part of parts) cutFromLine(l, part, reason);
      // Paragraph tags stood between sentences: the spaces around them are not the author's.
      if (parts.length && reason === 'HTML markup') {
        l.text = l.text.replace(/(?<=[。！？!?”；;])\s+(?=[\u3400-\u9fff“‘《（(])/g, '');
        l.fold = foldToSimplified(l.text);
      }
    }
    const captions = INLINE_CAPTION.quick.test(l.fold) ? [...l.fold.matchAll(INLINE_CAPTION.pattern)].filter((m) => isName(m[2]!)) : [];
    for (const part of captions.map((m) => l.text.slice(m.index, m.index + m[0].length))) cutFromLine(l, part, 'photo caption in text');
  }
  const last = lines.findLast((l) => l.role === null && HAS_SENTENCE.test(l.fold));
  const staff = last ? GLUED_STAFF.exec(last.fold) : null;
  if (last && staff) {
    const fields = [...last.fold.slice(staff.index).matchAll(GLUED_STAFF_FIELD)].map((m) => last.text.slice(staff.index + m.index, staff.index + m.index + m[0].length));
    for (const field of fields) cutFromLine(last, field, 'editor credit');
  }
  return { ...s, lines };
}
