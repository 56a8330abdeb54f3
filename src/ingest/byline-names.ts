/**
 * Names out of a byline, whatever its shape: `本报记者 张三 李四`, `张三、李四`, `某某日报记者张三`,
 * `记者 张三 通讯员 李四`. What stands before the first role word is the outlet, not a person;
 * a word that cannot be a name (a menu word, an organisation) is refused, never kept.
 */
import { BYLINE_ROLES, NOT_A_NAME, ORGANISATION_END } from './patterns-portal.ts';
import { BUTTON_VALUE } from './patterns-portal.ts';

const ROLES = new RegExp(BYLINE_ROLES.source, 'g');
const NAME = /^[\u4e00-\u9fa5·]{2,6}$/;

/** True for a word that can be a person's name (2–4 characters, or longer with a middle dot). */
export function isName(word: string): boolean {
  if (!NAME.test(word) || NOT_A_NAME.test(word) || ORGANISATION_END.test(word)) return false;
  return word.length <= 4 || word.includes('·');
}

/** Names in a byline; `refused` lists the words that stood where a name should. */
export function namesOf(value: string): { names: string[]; refused: string[] } {
  const names: string[] = [];
  const refused: string[] = [];
  const roles = [...value.matchAll(ROLES)];
  // With role words, only what follows them names people: `某某日报记者张三` → 张三.
  const parts = roles.length ? roles.map((m, i) => value.slice(m.index + m[0].length, roles[i + 1]?.index ?? value.length)) : [value];
  for (const part of parts) {
    for (const word of part.split(/[\s、，,/／;；]+/)) {
      const w = word.replace(/^[【\[(（:：]+|[】\])）]+$/g, '').replace(/(报道|摄影|摄)$/, '');
      if (!w || BUTTON_VALUE.test(w)) continue;
      if (isName(w)) {
        if (!names.includes(w)) names.push(w);
      } else refused.push(w);
    }
  }
  return { names, refused };
}
