/**
 * More page furniture, line by line, from a second and wider draw of real pages (portals,
 * CMS templates, newspaper sites): what a copy of the page leaves behind that no reader wants
 * under the article. Shapes, never site names; each with an example in our own words.
 * Appended to `PAGE_FURNITURE` (patterns-portal.ts), so the same stage removes them.
 */
export const PAGE_REMNANTS: { reason: string; pattern: RegExp; example: string }[] = [
  // A series' banner printed over the article, behind a square or diamond mark.
  { reason: 'column banner', pattern: /^[■□◆◇●★☆]\s*.{2,40}(特别报道|专题报道|系列报道)$/, example: '■奋进新征程 特别报道' },
  // A row of bars and spaces where a toolbar's icons stood.
  { reason: 'page symbol', pattern: /^([|丨｜]\s*){2,}$/, example: '| | | |' },
  // What a copy keeps of an HTML comment or a CMS's hidden fields: it opens or closes a comment.
  { reason: 'HTML markup', pattern: /^\s*-->|<!--|-->\s*$/, example: '--> 2024-05-01 某某 1 1 content_1.html /enpproperty-->' },
  // Bracketed buttons of a print bar, one or several: `【打印正文】【关闭窗口】`.
  {
    reason: 'page buttons',
    pattern: /^([【\[]\s*(打印正文|打印文章|打印全文|打印|关闭窗口|关闭|返回顶部|收藏本页|保存本页|加入收藏|推荐给朋友|发表评论)\s*[】\]]\s*)+$/,
    example: '【打印正文】',
  },
  // A "read the rest" button, with the share it hides: `点击查看全文(剩余40%)`.
  { reason: 'page buttons', pattern: /^(点击)?(查看|阅读|展开)(全文|全部|剩余全文)\s*([(（]\s*剩余\s*\d{1,3}\s*%\s*[)）])?$/, example: '点击查看全文(剩余0%)' },
  // A rule drawn with dashes around a word: `------分隔线------`.
  { reason: 'separator', pattern: /^[-—=_*~·.]{3,}\s*[\u4e00-\u9fa5]{0,6}\s*[-—=_*~·.]{3,}$/, example: '------分隔线------' },
  // A newspaper site's note of where the article ran in print: `《某某日报》(2020年08月13日 15 版)`.
  {
    reason: 'print edition',
    pattern: /^《\s*[^《》]{2,16}\s*》\s*[（(]\s*(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(第?\s*[A-Z]?\d{1,3}\s*版)?\s*[）)]$/,
    example: '《 某某日报 》( 2020年08月13日 15 版)',
  },
  // A link to elsewhere: a short line with no sentence end that finishes in two arrows (`领取资料> >`,
  // `更多»`). Not a heading (`## 数说>>>`) nor a section label's three arrows (`数说>>>`).
  { reason: 'link', pattern: /^[^。！？!?#]{4,40}?(?<!>)\s*(>\s*>|»)$/, example: '免费领取备考资料> >' },
  // A reading-time note: `►本文6104字 阅读11分钟`.
  { reason: 'page widget', pattern: /^\W?\s*本文\s*\d+\s*字.{0,3}阅读.{0,4}\d+\s*分钟$/, example: '►本文3200字 阅读6分钟' },
  // A blog platform's post footer: `某某 发表在 某某博客 留言(0) 人气()`.
  { reason: 'page widget', pattern: /发表在.{1,16}留言\s*[(（]\d*[)）]|留言\s*[(（]\d*[)）]\s*人气\s*[(（]\d*[)）]/, example: 'abc123 发表在 某某博客 留言(0) 人气()' },
  // The label of a screenshot that was not kept: `获奖通知截图`.
  { reason: 'image placeholder', pattern: /^[\u4e00-\u9fa5]{2,12}(截图|截屏)$/, example: '获奖通知截图' },
  // A long run of lower-case letters and digits: a spam site's pinyin slug, never text.
  { reason: 'page widget', pattern: /^[a-z0-9]{30,}$/, example: 'zhangsanliaoningshengxuexiaojiaoyu2020nian' },
  // A periodical's registration numbers in an e-paper's header: `国内统一连续出版物号:CN00-0000`.
  { reason: 'publication number', pattern: /(国内统一连续出版物号|国际标准连续出版物号|国内统一刊号|^CN\s?\d{2}-\d{4}|^ISSN\s?\d{4}-\d{3}[\dX])/, example: '国内统一连续出版物号:CN00-0000' },
  // Font-size buttons one to a line: `大字号`, `小字號`.
  { reason: 'font size buttons', pattern: /^[【\[]?\s*(大|中|小)\s*(字号|字体|字)\s*[】\]]?$/, example: '小字号' },
  // A bar of bracketed buttons with the editor's field among them: `【纠错】 【责任编辑:某某】`.
  { reason: 'editor credit', pattern: /^(\s*[【\[]\s*(纠错|打印|关闭|收藏|分享|(责任编辑|责编|编辑)\s*[:：][^【】\[\]]{1,12})\s*[】\]])+\s*$/, example: '【纠错】 【责任编辑:某某】' },
  // The QR widget of a common CMS template, printed as its own name.
  { reason: 'page widget', pattern: /^(织梦二维码生成器|二维码生成器)$/, example: '织梦二维码生成器' },
];

/**
 * Headings that open the page's tail, besides `TAIL_HEADING`: a footer's link block
 * (`友情链接:`), after which short lines are furniture.
 */
export const TAIL_HEADING_MORE = /^[【\[]?\s*(友情链接|网站链接)\s*[】\]]?\s*[:：]?/;

/**
 * A page's summary printed above the article it opens: at least `minChars` characters that the
 * next line begins with (`trailOff` marks set aside). Example: `某某网讯 9月1日是开学的日子…` over
 * `某某网讯 9月1日是开学的日子，校园里……。`.
 */
export const SUMMARY_REPEAT = { minChars: 16, trailOff: /(……|…|\.{3})$/ };

/** A site's bare address before a row of article-info fields: `www.example.com来源:某某网 2018-12-29`. */
export const SITE_ADDRESS = /^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)*\.(com|cn|net|org|gov|edu)(\.cn)?\/?$/i;

/**
 * An item of a list of other stories after the article, its timestamp glued before its headline:
 * `2025-10-20 14:33:02某地教育局回应……`. Removed wherever it stands after the first text.
 */
export const STAMPED_TEASER = /^(19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?\s*[\u4e00-\u9fa5“《]/;

/**
 * A wire dateline on a line of its own, outlet and place split by a slash: `某某社／ 某县2日电`.
 * Names the publisher (the outlet); the line is header, not the headline.
 */
export const SLASH_DATELINE = /^([\u4e00-\u9fa5]{2,8}(?:社|网|报|台))\s*[/／]\s*[\u4e00-\u9fa5]{2,10}\d{1,2}日(?:电|讯)$/;

/** Where a person stands in a photo, as only captions say it: `(右一)`, `（前排左三）`, `(中)`. */
export const CAPTION_POSITION = /[（(](前排|后排|中排)?(左|右)[一二三四五六七八九\d]?[）)]|[（(]中[）)]/;

/** The article's tags on one line, right above its related list: two to five short words (`校园 海洋`). */
export const TAG_ROW = /^[\u4e00-\u9fa5]{2,4}(\s+[\u4e00-\u9fa5]{2,4}){1,4}$/;
