/**
 * The subject: what the number counts. Usually the words of its clause before it
 * (参加培训教师达5万余人次 → 参加培训教师); the clause after it when nothing useful precedes
 * (56节入选部级精品课 → 入选部级精品课) or when that clause starts with a verb of its own
 * (2次召开意见征集会 → 召开意见征集会).
 */
import { SUBJECT_TRIM } from '../patterns.ts';
import type { ExtractRule } from '../state.ts';
import { postClause, preClause } from '../state.ts';
import { periodMatches } from './find-periods.ts';

/** Keeps what follows the last inner verb, when something is left. */
function afterLastVerb(s: string): string {
  const hits = [...s.matchAll(SUBJECT_TRIM.innerVerbs)];
  const last = hits[hits.length - 1];
  if (!last) return s;
  const rest = s.slice(last.index + last[0].length);
  return rest.length >= 2 ? rest : s;
}

function clean(s: string): string {
  let out = afterLastVerb(s);
  for (const [a, b] of periodMatches(out).sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + out.slice(b);
  let prev = '';
  while (prev !== out) {
    prev = out;
    out = out.replace(SUBJECT_TRIM.leading, '').replace(SUBJECT_TRIM.trailing, '');
  }
  return out.replace(/[、，,]+$/, '');
}

/** The last maxLength characters, starting after a 、 or ， when one falls in the cut-off part. */
function tail(s: string): string {
  if (s.length <= SUBJECT_TRIM.maxLength) return s;
  const cut = s.slice(-SUBJECT_TRIM.maxLength);
  const i = cut.search(/[、，]/);
  return i >= 0 && i < cut.length - 2 ? cut.slice(i + 1) : cut;
}

export const deriveSubjects: ExtractRule = (state) => ({
  ...state,
  candidates: state.candidates.map((c) => {
    if (c.dropped) return c;
    const pre = clean(preClause(state, c));
    const post = clean(postClause(state, c));
    let subject: string;
    if (post && (SUBJECT_TRIM.postVerbs.test(post) || SUBJECT_TRIM.danglingEnd.test(pre))) subject = post.slice(0, SUBJECT_TRIM.maxLength);
    else if (pre.length >= 2) subject = tail(pre);
    else if (post) subject = post.slice(0, SUBJECT_TRIM.maxLength);
    else subject = pre || (state.paragraphs[c.para]!.label ?? '');
    return { ...c, subject };
  }),
});
