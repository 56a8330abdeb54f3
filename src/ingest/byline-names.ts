/**
 * Names out of a byline, whatever its shape: `本报记者 张三 李四`, `张三、李四`, `某某日报记者张三`,
 * `记者 张三 通讯员 李四`, `记 者 | 王 军` (a two-character name spaced to the width of three).
 * What stands before the first role word is the outlet, not a person; a word that cannot be a
 * name (a menu word, a dictionary word, an organisation) is refused, never kept.
 */
import { ANONYMOUS, BYLINE_ROLES, CONTRIBUTED_BY, NOT_A_NAME, ORGANISATION_END, STAFF_KEY_IN_VALUE } from './patterns-portal.ts';
import { BUTTON_VALUE } from './patterns-portal.ts';
import { foldToSimplified } from '../text/script-fold.ts';
import { nameEvidence, surnameOf } from './person-name.ts';

const ROLES = new RegExp(BYLINE_ROLES.source, 'g');

/**
 * True for a word that can be a person's name (person-name.ts), given in simplified characters.
 * After a role word (`记者`, `作者:`) a name the dictionary lists as a name (`李娜`) is accepted;
 * standing alone it is not.
 */
export function isName(word: string, afterRole = false): boolean {
  if (NOT_A_NAME.test(word) || ORGANISATION_END.test(word)) return false;
  const evidence = nameEvidence(word);
  return evidence === 'name' || (afterRole && evidence === 'known');
}

/** `王 军` → `王军`: typesetters pad a two-character name to the width of three. */
function joinSpacedNames(part: string): string {
  return part.replace(/(?<![\u3400-\u9fff])([\u3400-\u9fff])[ \u3000]+([\u3400-\u9fff])(?![\u3400-\u9fff])/g, (all, a: string, b: string) =>
    surnameOf(foldToSimplified(a)) ? a + b : all,
  );
}

/**
 * Names in a byline; `refused` lists the words that stood where a name should. Role words
 * are found in the simplified fold and names cut from the author's text (記者 王曉 → 王曉).
 * `afterRole`: the value follows a role key (`作者:`), so it names people even without a role word inside.
 */
export function namesOf(value: string, afterRole = false): { names: string[]; refused: string[] } {
  const names: string[] = [];
  const refused: string[] = [];
  // Production staff after the authors (`;一审:X`) are no authors.
  const staff = STAFF_KEY_IN_VALUE.exec(foldToSimplified(value));
  if (staff) value = value.slice(0, staff.index);
  const fold = foldToSimplified(value);
  const roles = [...fold.matchAll(ROLES)];
  // With role words, only what follows them names people: `某某日报记者张三` → 张三.
  const spans: [number, number][] = roles.length ? roles.map((m, i) => [m.index + m[0].length, roles[i + 1]?.index ?? value.length]) : [[0, value.length]];
  // `张三 某某新闻记者 李四`: before the outlet that precedes the first role word, a word set off by a
  // space that passes the name test on its own is a name too (the outlet itself never is).
  if (roles.length) {
    const before = value.slice(0, roles[0]!.index).trim().split(/\s+/).slice(0, -1);
    for (const w of before) if (/^[\u3400-\u9fff·]{2,4}$/.test(w) && isName(foldToSimplified(w)) && !names.includes(w)) names.push(w);
  }
  for (const [from, to] of spans) {
    const part = joinSpacedNames(value.slice(from, to));
    for (const word of part.split(/[\s、，,/／;；|丨｜:：]+/)) {
      const w = word.replace(/^[【\[(（:：]+|[】\])）]+$/g, '').replace(/(报道|報道|摄影|攝影|摄|攝)$/, '');
      // Separators, dates and numbers are not attempts at a name: skip them without a doubt.
      if (!w || BUTTON_VALUE.test(w) || ANONYMOUS.test(foldToSimplified(w)) || CONTRIBUTED_BY.test(w) || !/[\u3400-\u9fff]/.test(w)) continue;
      if (isName(foldToSimplified(w), afterRole || roles.length > 0)) {
        if (!names.includes(w)) names.push(w);
      } else refused.push(w);
    }
  }
  return { names, refused };
}
