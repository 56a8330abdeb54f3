/**
 * The heuristics for the text of web pages (portals, news and government sites), as named
 * tables with examples. Written in simplified characters: stages match them against each
 * line's `fold`, so a traditional-character page meets them too. Shapes, never site names.
 */
import { PAGE_REMNANTS } from './patterns-remnants.ts';

/** Keys of the article-info fields a page prints around the headline. */
export const INFO_KEYS = {
  date: ['发布日期', '发布时间', '发表时间', '发稿时间', '更新时间', '生成日期', '成文日期', '发文日期', '日期', '时间'],
  publisher: ['信息来源', '文章来源', '稿件来源', '新闻来源', '供稿单位', '发布机构', '发文机关', '来源于', '本文转自', '转载自', '转自', '来自', '来源'],
  author: ['作者', '撰稿人', '撰稿', '执笔', '记者'],
  /** The photographer's field in a row of fields (`作者：甲 摄影：乙`): the photo credit, never an author. */
  photo: ['摄影', '摄像'],
  /** Dates a government page's table gives besides the publication's (成文: when the document was written): a 发布日期 beside them wins. */
  weakDate: ['成文日期', '生成日期', '发文日期', '更新时间'],
  /** The office a table names as issuing the page: a 来源 field beside it names the source and wins. */
  weakPublisher: ['发布机构', '发文机关'],
  /**
   * Counters and page facts that are never article text: 浏览: 123 次, 版次: A10, and the rows
   * of a government page's metadata table (索引号, 主题分类, 文号, 标题 — the headline is printed
   * again under the table).
   */
  other: ['责任编辑', '编辑', '责编', '审核', '初审', '复审', '终审', '校对', '签发', '发布者', '发布人', '供稿人', '供稿', '浏览次数', '阅读次数', '浏览数', '阅读数', '点击数', '点击量', '访问量', '浏览量', '阅读量', '访问数据', '浏览', '阅读', '点击', '访问', '点阅率', '字型大小', '版次', '版面', '字号', '字体', '编号', '索引号', '主题分类', '组配分类', '体裁分类', '服务对象', '发文字号', '文号', '有效性', '标题'],
};
const ALL_KEYS = [...INFO_KEYS.date, ...INFO_KEYS.publisher, ...INFO_KEYS.author, ...INFO_KEYS.photo, ...INFO_KEYS.other].sort((a, b) => b.length - a.length);
// `原标题:` is the original-title marker, not the metadata row `标题:`.
const KEY_ALT = ALL_KEYS.map((k) => (k === '标题' ? '(?<!原)标题' : k)).join('|');
/**
 * The keys as a field row may also print them, each character spaced out to fill a table cell
 * (`索 引 号 :`, `有 效 性 :`): read as the key without its spaces (`infoKey`).
 */
const ROW_KEY_ALT = `${KEY_ALT}|${ALL_KEYS.filter((k) => k.length >= 2).map((k) => [...k].join('[ \u3000]')).join('|')}`;
/** A field's key as INFO_KEYS lists it (a spaced-out key closed up). */
export const infoKey = (key: string): string => key.replace(/[ \u3000]/g, '');

/**
 * One article-info field, its key and its value up to the next key. Examples:
 * `来源:市教委 发布时间:2024-03-15 09:12 浏览: 次` → 来源=市教委, 发布时间=2024-03-15 09:12, 浏览=次;
 * `发布时间为:2023-09-11` (a key may end in 为).
 */
export const INFO_FIELD = new RegExp(`(${ROW_KEY_ALT})\\s*为?\\s*[:：]\\s*(.*?)(?=\\s*[|丨｜]|\\s*[【\\[(（]?\\s*(?:${ROW_KEY_ALT})\\s*为?\\s*[:：]|$)`, 'g');

/** A line that holds at least one article-info field (`来源：X`), wherever it stands. */
export const INFO_FIELD_START = new RegExp(`(${ROW_KEY_ALT})\\s*为?\\s*[:：]`);

/** Article-info lines are short and carry no sentence; longer lines are article text. */
export const INFO_LINE = {
  maxLength: 120,
  /** A sentence end rules a line out: `来源：` inside running text is not a header. */
  sentence: /[。！？!?]/,
};

/**
 * A byline that leads a row of article-info fields: `文、图/张三 时间:2021年1月28日 浏览数:`,
 * `文/张三 李四 发布时间:…`. The names are the authors; the row is article info.
 */
export const INFO_ROW_BYLINE = /^(?:文\s*[、/]\s*图|图\s*[、/]\s*文|文图|图文|文|撰文|作者|记者)\s*[/／:：]\s*([\u4e00-\u9fa5·]{2,4}(?:[\s、,，]+[\u4e00-\u9fa5·]{2,4}){0,3})$/;

/**
 * A key alone on its line, its value on the next line: `文章来源` / `新华网`; a scraper's list
 * bullets may stand before both and a colon after the key (`- 作者:` / `- 张三`).
 */
export const BARE_INFO_KEY = new RegExp(`^(?:[-•·*]\\s+)?[【\\[]?(${KEY_ALT})[】\\]]?\\s*为?\\s*[:：]?$`);
/** A scraper's list bullet before a line (`- 张三`). */
export const LIST_BULLET = /^[-•·*]\s+/;

/**
 * The original article's address: `原文链接：https://…`, `本文链接: http://…`. A site's bare home
 * page (`http://www.example.cn`) names no article and is not taken.
 */
export const SOURCE_LINK = /^[【\[]?(原文链接|原文地址|原文网址|文章链接|本文链接|文章地址|来源链接|原文)[】\]]?\s*[:：]?\s*(https?:\/\/[^\s<>"'，。]+\/[^\s<>"'，。]+)$/;

/**
 * The word an outlet's name ends with (某某日报, 某某周刊, 某某网, 某某频道): a page's date row or
 * address line names the publisher only in this shape.
 */
const OUTLET_NAME = '[\\u4e00-\\u9fa5A-Za-z]{1,14}(?:报|网|社|刊|台|频道|新闻|客户端|在线|杂志)';

/** An outlet's name before the article's address at its end: `某某日报:http://…` (the outlet is the publisher). */
export const OUTLET_LINK = new RegExp(`^(${OUTLET_NAME})\\s*[:：]\\s*(https?://[^\\s<>"'，。]+/[^\\s<>"'，。]+)$`);

/** Value words that are page buttons, not a publisher or a name: `来源: 打印正文`. */
export const BUTTON_VALUE = /^(打印|打印正文|打印本页|关闭|关闭窗口|收藏|分享|纠错|返回|字号|大|中|小|次|人次)$/;

/**
 * A date printed in a header, in the shapes pages use: 2024-03-15, 2024/3/15, 2024.03.15,
 * 2024年3月15日, 2024年-03月-15日, and day-first 15.03.2024. `time` follows optionally.
 */
export const HEADER_DATE = {
  yearFirst: /((?:19|20)\d{2})\s*(?:年\s*-?|[-/.])\s*(\d{1,2})\s*(?:月\s*-?|[-/.])\s*(\d{1,2})\s*日?/,
  dayFirst: /(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/,
  time: /\d{1,2}:\d{2}(?::\d{2})?/,
  /** A date and time followed by the outlet only: `2024-06-03 08:00 某某网`. */
  stampWithSource: /^((?:19|20)\d{2}\s*(?:年\s*-?|[-/.])\s*\d{1,2}\s*(?:月\s*-?|[-/.])\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+([\u4e00-\u9fa5A-Za-z]{2,16})$/,
  /**
   * An account's name, then the date (and time) it posted: the header line of a WeChat article
   * and its mirrors (`某某发布 2022-09-29`, `原创 某某小学 2023-09-01 08:00 重庆`). States the date; the account is not a 来源 field, so
   * it names no publisher.
   */
  accountStamp: /^(?:原创\s+)?([\u4e00-\u9fa5A-Za-z·]{2,16})\s+((?:19|20)\d{2}\s*(?:年\s*-?|[-/.])\s*\d{1,2}\s*(?:月\s*-?|[-/.])\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\u4e00-\u9fa5]{2,4})?$/,
  /**
   * A header row that opens with the page's full date (and time), then a few short words
   * and no sentence: the outlet, a share button, a word count (`2023-09-06 07:30:16 - 某某周刊`,
   * `2013年05月26日02:15  某某报 微博`, `2024年07月10日 字数:274`). Before the lede only.
   */
  stampRow: /^((?:19|20)\d{2}\s*(?:年\s*-?|[-/.])\s*\d{1,2}\s*(?:月\s*-?|[-/.])\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=[\s\-|｜/·]|$)([^，。；！？,;!?]{0,24})$/,
  /** An outlet's name in such a row: it ends as outlets do (某某时报, 某某周刊, 某某网). */
  stampOutlet: new RegExp(`^${OUTLET_NAME}$`),
  /** A labelled date written without separators: `日期:20051128`. */
  compact: /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/,
  /** A day and time without a year before the fields: `05-20 11:49:00`, `5月20日 11:49`. */
  yearlessStamp: /^\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}(:\d{2})?$/,
  /** A line that is only a date and time: `2021-09-24 10:10:03`, `15.03.2024 16:55`, `05-20 11:49` (no year: furniture, no date). */
  stampLine: /^(?:(?:19|20)\d{2}\s*(?:年\s*-?|[-/.])\s*\d{1,2}\s*(?:月\s*-?|[-/.])\s*\d{1,2}\s*日?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|\d{1,2}[-/月]\d{1,2}日?)(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?$/,
};

/**
 * A header glued to the headline, as some archives store it:
 * `标题文字http://www.example.cn 2007年09月11日02:14 某某晚报` → headline, the rest is page header
 * (its date stated, its last word the publisher).
 */
export const GLUED_HEADER = /^(.{4,64}?)((?:https?:\/\/|www\.)[\w./-]+)\s*(.*)$/;

/**
 * Datelines that open the lede and name the outlet: `某某网9月10日讯`, `新华社北京9月1日电`,
 * `某某日报讯`, `本报讯` (bare: no publisher), `某某消息`. The publisher is what stands before
 * the place and date; `本报/本网/本台` name no one.
 */
export const DATELINE = {
  pattern: /^[（(]?([\u4e00-\u9fa5A-Za-z]{2,16}?)(\d{1,2}月\d{1,2}日)?(讯|电|消息)[）)]?/,
  /** The outlet's own kind words: the place after them is cut (某某网长沙 → 某某网). */
  outletEnd: /^(.*?(?:网|报|社|台|电视台|广播电台|新闻网|在线|客户端|频道))([\u4e00-\u9fa5]{2,3})?$/,
  /** A lede that opens with a dateline (`本报讯`, `某某网9月10日讯`, `新华社北京9月1日电`), within the first lines of the text. */
  lede: /^[（(]?([\u4e00-\u9fa5A-Za-z]{0,16}?)(\d{1,2}月\d{1,2}日)?(讯|电)[）)]?\s*[（(，,]|^(本报|本网|本台)讯/,
  ledeWithin: 4,
  /** A reporter's parentheses right after `某某讯`: `(记者 X)`, `（通讯员 X）`. */
  reporterAfter: /^\s*[（(]\s*(本报|本台|本网)?(记者|通讯员|特约记者|见习记者)/,
  /** Not outlets: the paper speaking of itself. */
  self: /^(本报|本网|本台|本刊|本站|记者|通讯员)$/,
};

/**
 * Lines a page prints around the article that are never article text, each with its reason.
 * (The older line table `FURNITURE` in patterns.ts covers breadcrumbs, buttons, disclaimers
 * and footers; these are the shapes real pages added.)
 */
export const PAGE_FURNITURE: { reason: string; pattern: RegExp; example: string }[] = [
  { reason: 'page symbol', pattern: /^[|丨｜\\/·•xX×<>»«›‹\-_=*#~\s]{1,6}$/, example: '|' },
  { reason: 'image placeholder', pattern: /^[【\[]\s*(资料图|资料图片|图片|组图|图集|视频)\s*[】\]]$/, example: '【资料图】' },
  { reason: 'image placeholder', pattern: /(查看精彩图片|点击查看大图|点击图片查看|点击查看原图|打开.{0,8}(APP|App|app|客户端|新闻)\s*(查看|阅读))/, example: '打开某某新闻 查看精彩图片' },
  { reason: 'page buttons', pattern: /^[【\[]?(返回栏目|返回列表|返回首页|打开适老化模式|适老化模式|无障碍浏览|关怀版)[】\]]?(\s*[|丨｜>》]+.*)?$/, example: '无障碍浏览 | 打开适老化模式' },
  { reason: 'section label', pattern: /^(即时新闻|最新消息|滚动新闻|今日头条|头条新闻|要闻|最近搜索|热门搜索|热搜|热门标签|推荐阅读)$/, example: '即时新闻' },
  { reason: 'contact line', pattern: /(投稿|邮箱|E-?mail|QQ|微信号|热线)\s*[:：]?\s*[\w.@-]{5,}/i, example: '某某网 投稿 someone@example.cn QQ 12345678' },
  { reason: 'original-title marker', pattern: /^原标题\s*[:：]\s*$/, example: '原标题:' },
  { reason: 'e-paper page', pattern: /^(第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?.{0,12}|[A-Z]?\d{1,3}版\s*[:：].{0,12}|上一版\s*下一版|上一期\s*下一期|返回目录|版面导航|本版导航)$/, example: '第A05版：教育周刊' },
  { reason: 'contributor credit', pattern: /^[（(]?[\u4e00-\u9fa5A-Za-z·]{2,24}\s?(供稿|来稿|投稿|提供稿件)[）)]?$/, example: '（某某区教育局供稿）, 某某学院 供稿' },
  { reason: 'contributor credit', pattern: /^[（(][\u4e00-\u9fa5]{1,12}(室|局|办|处|委|院|校|会|部|厅|中心|站|办公室)[）)]$/, example: '（督导室）' },
  { reason: 'page widget', pattern: /^((评论|写留言|留言|点赞|赞赏|赞|收藏|转发|分享|阅读|浏览|举报|打赏|喜欢|在看|纠错|关注|顶|踩)\s*[(（:：]?\s*[\d.]*[万wWkK+]?\s*[)）]?\s*(次|条|人)?[\s|丨·/]*)+$/, example: '评论(0)' },
  { reason: 'report-abuse line', pattern: /(违法和不良信息举报|不良信息举报|举报电话|举报邮箱|举报中心|网络举报)/, example: '违法和不良信息举报电话：12345678' },
  // A reader-mood poll under the article: `心情版`, `请选择您看到这篇新闻时的心情`, `我要表态`.
  { reason: 'page widget', pattern: /^[-•·\s]*(心情版|我要表态|请选择您看到这篇(新闻|文章)时的心情|(查看)?心情排行)\s*[>》]*$/, example: '- 请选择您看到这篇新闻时的心情' },
  { reason: 'end mark', pattern: /^[\s\-—–_~·=*#]*[（(【\[]?\s*(完|全文完|本文完|(?:THE\s+)?END)\s*[）)】\]]?[\s\-—–_~·=*#]*$/i, example: '（完）, —— THE END ——' },
  // A nickname with @ and nothing else (no punctuation, at most 12 characters); `@全体师生，…` is a headline.
  { reason: 'account handle', pattern: /^(?=.{3,12}$)[^\s@，,。！!？?：:]+@[^\s@.，,。！!？?：:]+$/, example: '某某@年华' },
  {
    reason: 'page widget',
    pattern: /^(预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|知道了|写留言|留言|在看|听过|取消|允许|使用小程序|微信扫一扫可打开此内容.{0,12}|微信扫一扫\s*关注该公众号|关注该公众号)$/,
    // A WeChat article's own buttons, kept by the sites that mirror it.
    example: '预览时标签不可点',
  },
  { reason: 'scraper placeholder', pattern: /^(None|null|undefined|NaN|\[object Object\])$/, example: 'None' },
  { reason: 'image file name', pattern: /^[^\s/\\]{1,60}\.(jpe?g|png|gif|webp|bmp|tiff?)$/i, example: '运动会现场.jpg' },
  { reason: 'image file name', pattern: /^(!\[[^\]]{0,60}\]\([^)]{0,200}\)\s*[|丨]?\s*)+$/, example: '![]() |' },
  {
    reason: 'comment widget',
    // Never a line that ends a sentence: `本次活动共有300人参与。` is article text.
    pattern: /^.{0,12}(\d+\s*(条评论|个评论|人评论|条回复)|\d+\s*人参与.{0,10}评论|评论.{0,6}\d+\s*人参与|抢沙发|(暂无|还没有)评论|我来说两句|评论一下|写评论|发表评论|我要评论|查看.{0,4}评论|(最热|最新|热门|全部|精彩)评论|(请先|要回复.{0,6}先)登录).{0,16}(?<![。；;])$/,
    example: '评论 0人参与,0条评论',
  },
  { reason: 'account prompt', pattern: /^.{0,6}(账号|帐号|手机|邮箱|短信)\s*[+＋和]?\s*(密码|验证码)?\s*(登录|注册)$|^(立即注册|立即登录|用户登录|会员登录|忘记密码|还没有(账号|帐号)|已有(账号|帐号)|注册账号)[?？!！]?$/, example: '账号+密码登录' },
  { reason: 'page buttons', pattern: /^[【\[]?(查看原文|阅读原文|阅读全文|展开全文|打印本页|关闭本页|关闭此页|打印此页)[】\]]?(\s+[【\[]?(打印|关闭|关闭本页|关闭窗口)[】\]]?)*$/, example: '打印 关闭本页' },
  { reason: 'e-paper page', pattern: /^[（(【\[]?\s*(上接|下转|接上页|转下页|转第|接第|见第)\s*[A-Z]?[\d一二三四五六七八九十]{0,3}\s*(版|页)?\s*[）)】\]]?$/, example: '（上接第一版）' },
  // Last: the older, more telling reasons win (`返回栏目>>` is a page button before it is a link).
  ...PAGE_REMNANTS,
];

/**
 * App and account promotions, on a line of their own or glued after the article's last
 * sentence: `下载某某新闻APP，看更多本地新闻`, `扫码关注某某公众号`.
 */
export const APP_PROMOTION = /(下载|打开|安装|扫码下载).{0,14}(客户端|APP|App|app)|关注.{0,14}(公众号|微信号|视频号|抖音号)|扫码关注|长按.{0,6}识别|点击.{0,4}(蓝字|上方|下方|关注)|^关注我们$/;

/**
 * A list of other headlines after the article (a sidebar or "more news"): at least `minRun`
 * consecutive short lines with no clause punctuation, after the last line of running text. Example: `某某小学开展消防演练` / `全区中小学春季运动会开幕` / `某某幼儿园举行亲子活动`.
 */
export const HEADLINE_LIST = {
  minRun: 3,
  minLength: 6,
  maxLength: 40,
  /**
   * An item holds no clause mark; a headline's own `!`, `?`, `、` and one space between its two
   * parts may stand (`某地教师节表彰大会召开 100人受表彰`, `开学了!新校舍迎新生`).
   */
  itemPunctuation: /[，。；：,;:]/,
  /**
   * The unit that signs the article (落款), on the first line after it: short, no punctuation,
   * an organisation's name (`某某区教育局`, `某某中学德育处`, `某某小学`). Removed as `signature`.
   */
  signature: /^[\u4e00-\u9fa5（）()]{3,24}(室|局|办|处|委|院|校|会|部|厅|组|站|队|团|中心|学校|中学|小学|幼儿园|大学|学院|政府|委员会|工作室)$/,
  /** A number alone on a line after the article: a like, comment or view counter (`0`, `128`). */
  counter: /^\d{1,7}$/,
};

/** A breadcrumb or menu bar: short items between separators, often ending in 正文. */
export const MENU_SEPARATORS = /\s*(?:[|丨｜•»›>＞→]+|\s\/\s)\s*/;
export const MENU_BAR = {
  /** At least this many items (a headline may hold one separator: `某地 | 某事`). */
  minItems: 3,
  /** Two items suffice when one of them is a navigation word. */
  navItem: /^(首页|主页|网站首页|正文|当前位置)$/,
  /** Each item this short. */
  maxItem: 12,
  /** A word of a menu set off by spaces only: 1–4 Han characters (`新闻`, `政务公开`). */
  spacedWord: /^[\u4e00-\u9fa5]{1,4}$/,
  example: '首页 / 新闻动态 / 工作动态 / 正文',
};

/**
 * Headings that open the page's tail: after one of them, lines that are not running text
 * (related and recommended lists, comment counters, share bars, tags, slogans) are furniture.
 */
export const TAIL_HEADING = /^[>›»▶►◆■●]?\s*[【\[]?\s*(相关新闻|相关文件|相关附件|附件|相关阅读|相关链接|相关文章|相关报道|推荐阅读|延伸阅读|热点新闻|热门新闻|新闻推荐|精彩推荐|为你推荐|猜你喜欢|更多新闻|更多精彩|热门评论|最热评论|最新评论|网友评论|我要评论|发表评论|评论一下|我来说两句|评论|新闻排行|排行榜|标签|关键词|分享到|免责声明|版权声明|(您|你)?可能(也)?(对以下.{0,6})?(感兴趣|喜欢)(的)?(内容|文章)?)\s*[】\]]?\s*[:：]?\s*[A-Za-z ]{0,12}$/;

/** A tag line: `标签:a b c`, `关键词：…`. */
export const TAG_LINE = /^(标签|关键词|关键字|TAG|Tags?)\s*[:：]/i;

/**
 * A teaser of another article: it trails off (`…`, `...`) or strings several titles
 * together (`《甲》。《乙》。《丙》。`).
 */
export const TEASER = /(\.{3}|…{1,2})$|^(《[^》]{1,20}》[。.，,\s]*){2,}/;

/** Tail lines that are short are furniture once the tail has begun; running text this long ends it. */
export const TAIL = { maxFurnitureLine: 80 };

/**
 * Photo captions inside portal text: a line (or the end of a line) carrying a photo credit.
 * `……举行开学典礼。(某某社 张三 摄)`, `……。某某网通讯员 李四 摄`, `(某某社发)`.
 */
export const CAPTION_CREDIT = {
  /** A credit at the end of the line, in parentheses or not. */
  tail: /\s*([（(][^（()）]{1,24}(?:摄|供图|制图|绘图|社发|网发|报发)[）)]|(?<=[。！？”\s])[\u4e00-\u9fa5A-Za-z·\s]{2,24}\s摄|(?<=[。！？”])[\u4e00-\u9fa5A-Za-z·]{2,20}(?:摄|供图))$/,
  /** Cheap test first: the line must end in one of the credit words (the tail pattern scans every position). */
  quick: /[摄发图][）)]?$/,
  /** A caption is at most this long (a paragraph that ends in a credit is still a caption up to here). */
  maxCaption: 160,
};

/** A caption in parentheses on a line of its own: `（活动现场）`. */
export const PAREN_CAPTION = /^[（(][^（）()]{6,40}[）)]$/;

/**
 * A gallery strip: several short captions run together on one line, none with a comma:
 * `翻开新课本。在走廊上玩耍。节目表演。` (each at most `maxEach` characters, at least `min`).
 */
export const GALLERY = { maxEach: 16, min: 3, clause: /[，,、；;：:]/ };

/**
 * Furniture inside a line of text, cut from it and recorded (the rest of the line stays):
 * - markup a copy left in the text: `<p class="x">`, `</p>`, `<br/>` (only the tag names pages use for text);
 * - a newspaper's continuation mark where the article jumps pages: `(上接第一版)`, `（下转A3版）`.
 */
export const INLINE_FURNITURE: { reason: string; pattern: RegExp; quick: RegExp; example: string }[] = [
  { reason: 'HTML markup', quick: /</, pattern: /<\/?(?:p|div|span|br|strong|b|em|i|u|section|article|font|h[1-6]|ul|ol|li|blockquote|center)(?:\s[^<>]{0,200})?\s*\/?>/gi, example: '<p class="ql-block">' },
  { reason: 'e-paper page', quick: /[接转见]/, pattern: /[（(]\s*(?:上接|下转|接上页|转下页|接|转|见)\s*第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*(?:版|页)\s*[）)]|[（(]\s*(?:接上页|转下页)\s*[）)]/g, example: '(上接第一版)' },
];

/**
 * A photo's caption and credit left inside a paragraph where the photo stood, as a page copied
 * to text keeps them: `……教育体系。某某小学。张三  摄 今年……`. The caption is a short phrase with no
 * clause mark after a sentence end (or at the line's start), the credit a name (name test) and
 * 摄 set off by a space. Cut and recorded; a caption without its photo means nothing to a reader.
 */
export const INLINE_CAPTION = {
  /** Cheap test first: the pattern scans every sentence end of every line. */
  quick: /\s摄/,
  pattern: /(?<=^|[。！？!?])([^。！？!?，,；;：:“”]{2,30}。)\s*([\u4e00-\u9fa5·]{2,4})[ \u3000]+摄\s*/g,
  example: '某某小学。张三  摄',
};

/**
 * A tag cloud or keyword strip after the article: at least `minRun` one-word lines (2–6
 * characters, no punctuation), across blank lines, fewer than `maxNameShare` of them personal
 * names (name test). A signature block of names (`张三` / `李四` / `王五`) is not one.
 * Example: `校园` / `阳光` / `同学` / `梦想`.
 */
export const TAG_CLOUD = { minRun: 4, word: /^[\u4e00-\u9fa5A-Za-z]{2,6}$/, maxNameShare: 0.5 };

export * from './patterns-byline.ts';
export * from './patterns-remnants.ts';
export * from './patterns-headline.ts';
