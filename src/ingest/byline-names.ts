/**
 * Names out of a byline, whatever its shape: `本报记者 张三 李四`, `张三、李四`, `某某日报记者张三`,
 * `记者 张三 通讯员 李四`. What stands before the first role word is the outlet, not a person;
 * a word that cannot be a name (a menu word, an organisation) is refused, never kept.
 */
import { BYLINE_ROLES, NOT_A_NAME, ORGANISATION_END } from './patterns-portal.ts';
import { BUTTON_VALUE } from './patterns-portal.ts';
import { foldToSimplified } from '../text/script-fold.ts';

const ROLES = new RegExp(BYLINE_ROLES.source, 'g');
const NAME = /^[\u4e00-\u9fa5·]{2,6}$/;

/** True for a word that can be a person's name (2–4 characters, or longer with a middle dot). */
export function isName(word: string): boolean {
  if (!NAME.test(word) || NOT_A_NAME.test(word) || ORGANISATION_END.test(word)) return false;
  return word.length <= 4 || word.includes('·');
}

/**
 * Names in a byline; `refused` lists the words that stood where a name should. Role words
 * are found in the simplified fold and names cut from the author's text (記者 王曉 → 王曉).
 */
export function namesOf(value: string): { names: string[]; refused: string[] } {
  const names: string[] = [];
  const refused: string[] = [];
  const fold = foldToSimplified(value);
  const roles = [...fold.matchAll(ROLES)];
  // With role words, only what follows them names people: `某某日报记者张三` → 张三.
  const spans: [number, number][] = roles.length ? roles.map((m, i) => [m.index + m[0].length, roles[i + 1]?.index ?? value.length]) : [[0, value.length]];
  for (const [from, to] of spans) {
    const part = value.slice(from, to);
    for (const word of part.split(/[\s、，,/／;；]+/)) {
      const w = word.replace(/^[【\[(（:：]+|[】\])）]+$/g, '').replace(/(报道|報道|摄影|攝影|摄|攝)$/, '');
      // Separators, dates and numbers are not attempts at a name: skip them without a doubt.
      if (!w || BUTTON_VALUE.test(w) || !/[\u3400-\u9fff]/.test(w)) continue;
      if (isName(foldToSimplified(w))) {
        if (!names.includes(w)) names.push(w);
      } else refused.push(w);
    }
  }
  return { names, refused };
}
