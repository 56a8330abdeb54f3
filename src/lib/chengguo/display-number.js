// @ts-check
/**
 * The number as a reader sees it: the qualifier put back where it was printed (近两万名,
 * 100所以上). Plain JavaScript, shared by the server (achievements.ts: 本文数据, the 成果库
 * rows) and the 成果库 page script, which gets this very text in place of its import
 * (src/pages/chengguo/chengguo.js.ts), so the two cannot drift.
 * @param {string} text
 * @param {string | null} qualifier
 * @returns {string}
 */
export function displayNumber(text, qualifier) {
  if (!qualifier || text.includes(qualifier)) return text;
  return qualifier === '以上' || qualifier === '左右' ? `${text}${qualifier}` : `${qualifier}${text}`;
}
