/**
 * Where a web page's headline is and is not, as a named table with examples. Split from
 * patterns-portal.ts, which re-exports it.
 */

/** A site's greeting: `欢迎访问某某网站!`, `某某欢迎您`. */
const GREETING = /欢迎(您|你|访问|光临)/;

/** Headline limits on a web page (besides `SHORT_LINE.maxTitle`). */
export const HEADLINE = {
  /** An end mark before a repeat of the headline: `—— THE END ——标题`. */
  endMarkLead: /^[\s\-—–_~·=*#]*(?:THE\s+)?END[\s\-—–_~·=*#]*/i,
  /** Shorter lines are labels (`正文`, `要闻`). */
  minLength: 4,
  /** A line this long with a sentence end is article text: the header is above it. */
  articleLine: 30,
  /** The article-info block that anchors the headline sits within the page's first lines. */
  headerLines: 15,
  /**
   * Never a headline: a sentence closed by 。, a caption in parentheses or after 图为/▲, a
   * timestamp. Examples: `会议现场。`, `（活动现场）`, `图为学生在上课`, `2024-03-15 09:12`.
   */
  notHeadline: /。$|[:：]$|^[（(][^）)]*[）)]$|^(图为|▲|△)|^\d{1,4}([-/.:年月日]\s*\d{1,2})+\s*(日|\d{1,2}:\d{2}(:\d{2})?)?$/,
  /**
   * Never a headline either, whatever else the line holds: a full numeric date (`…时间为:2023-09-11`,
   * headlines name a year, not a stamp), a site's or account's own name (`某某教育网`, `某某区人民政府门户网站`),
   * a greeting (`某某欢迎您!`), three or more short words in a row (`语文 数学 英语`: a menu or tags).
   */
  notHeadlineAnywhere: new RegExp(String.raw`(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|^(\S{1,4}\s+){2,}\S{1,4}$|^[\u4e00-\u9fa5A-Za-z（）()]{2,16}(网|网站|门户网站|门户|官网|官方网站|频道|客户端|公众号|新闻网|在线)$|${GREETING.source}`),
  /** A site's greeting (`欢迎访问某某网站!今天是`): page header, never the headline or the article's first text. */
  greeting: GREETING,
  /** Clause marks: a short line ending in ? or ! without any of them is a display line (`孩子们学什么?`). */
  clause: /[，,。；;：:、]/,
  /** A deck (副题) trails off: `崭新的跑道、明亮的教室……`. */
  deck: /(……|…|\.{3})$/,
  /** `原标题:` before the headline words: the marker is cut, the words stay. */
  originalTitle: /^(原标题|原始标题|本文原始标题为|本文原标题)\s*[:：为]?\s*/,
  /**
   * A short line that shouts: ends in ! or ? with no 。 inside (`好消息,某校今秋招生开学!`). Above
   * the first sentence it is a display line, a headline candidate, not running text.
   */
  exclaim: /^[^。]{4,40}[!?！？]$/,
  /**
   * A section label that opens the article's parts (`■回应`, `◆现场`): display lines after it are
   * the article's subheads, never its headline.
   */
  sectionLabel: /^[■□◆◇●○▲▶►]\s*[\u4e00-\u9fa5A-Za-z]{1,8}$/,
  /**
   * What a page appends to the headline and is not part of it: the part number of a paged
   * article (`( 四 )`, `(2)`, `（第2页）`), and a column or site name after a bar or an
   * underscore (`标题 | 栏目名`, `标题_某某网`). The part before must stay a headline (≥ 8 characters).
   */
  suffixes: [
    { reason: 'page number', pattern: /\s*[（(]\s*(第\s*)?[一二三四五六七八九十\d]{1,3}\s*(页)?\s*[）)]$/ },
    { reason: 'site or column name', pattern: /\s*[|丨｜]\s*[^|丨｜]{2,16}$|_[^_\s]{2,16}$/ },
  ] as { reason: string; pattern: RegExp }[],
  minBeforeSuffix: 8,
  /**
   * A candidate this long right above the article-info line is the headline even when a display
   * line stands under the info (a subhead, `走进某地`); shorter, it may be an e-paper's page label.
   */
  fullAboveInfo: 12,
};
