/**
 * Every heuristic of the ingest pipeline in one place: patterns, thresholds and keyword
 * tables. Stages import from here so a reviewer can tune behaviour without reading code.
 */
import { SOURCE_LIMITS } from '../schema/limits.ts';

/** Limits on the raw input file. */
export const INPUT_LIMITS = {
  /** Bigger files are refused (src/schema/limits.ts holds every limit). */
  maxBytes: SOURCE_LIMITS.textMaxBytes,
  /** Share of control characters (besides tab/CR/LF) above which a file is called binary. */
  maxControlShare: 0.01,
  /** Share of U+FFFD after decoding above which the encoding guess is called wrong. */
  maxReplacementShare: 0.01,
};

/** chardet names we trust for Chinese text, mapped to the iconv-lite decoder we use. */
export const LEGACY_ENCODINGS: Record<string, string> = {
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/**
 * Full-width forms folded to ASCII (NFKC restricted to these): digits, Latin letters, and
 * the percent sign / decimal point when they sit in a number. Chinese punctuation stays.
 */
export const FULLWIDTH = {
  alnum: /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g,
  percentAfterDigit: /(?<=\d)％/g,
  pointBetweenDigits: /(?<=\d)．(?=\d)/g,
  colonBetweenDigits: /(?<=\d)：(?=\d\d)/g,
};

/**
 * Pinyin a mirror site put after each character: 臺(tái)海網(wǎng). Only syllables with a tone
 * mark count, so a Latin abbreviation in parentheses (AI) is never taken for one.
 */
export const MIRROR_PINYIN = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,6}\)/g;

/** Whitespace trimmed from line ends and collapsed inside lines (incl. ideographic space, nbsp). */
export const SPACE_RUN = /[ \t\u00A0\u3000\u2002-\u200B\uFEFF]+/g;

/** A line ending that closes a sentence; a body line ending otherwise was cut by the layout. */
export const SENTENCE_END = /[。！？!?…；;：:”’」』）)】》]$/;
/** Punctuation that marks running text (a heading or caption has none of it inside). */
export const CLAUSE_PUNCT = /[，。；！？、：,;!?]/;
/** A line that reads like running text: a sentence end somewhere in it. */
export const HAS_SENTENCE = /[。！？!?]/;

/** A short line without clause punctuation (a signature, a date line) is never glued to the next. */
export const DISPLAY_LINE_MAX = 20;

/** Limits that tell short display lines (headlines, headings, captions) from running text. */
export const SHORT_LINE = {
  /** Longest headline we accept (characters). */
  maxTitle: 64,
  /** Longest caption (characters). */
  maxCaption: 90,
  /** Each line of a two-line couplet heading. */
  maxCoupletLine: 16,
  /** A numbered heading such as 一、加强组织领导. */
  maxNumberedHeading: 32,
  /** Menu items are very short. */
  maxMenuItem: 8,
  /** At least this many consecutive very short lines make a menu. */
  minMenuRun: 3,
  /** Site name / logo text above a portal's menu or breadcrumb. */
  maxSiteHeader: 20,
};

/** A fused headline "引题 主题" is split at its first space when both parts are long enough. */
export const TITLE_SPLIT = { minTotal: 30, minFirstPart: 12, minRest: 10 };

/** Page labels that name a place or organisation only; the first other label is the kicker. */
export const PLACE_LABEL = /^(重庆)?(高新区|重庆高新区|西部（重庆）科学城|西部科学城重庆高新区|西部\(重庆\)科学城)$/;

/** A portal subtitle line right under the headline. */
export const SUBTITLE_LINE = /^(——|--|—)\s*(.+)$/;

/** Markdown-style headings the newspaper text keeps (`# `, `## `, `### `, `#### `). */
export const MD_HEADING = /^(#{1,6})\s*(.+?)\s*#*$/;

/** Numbered portal headings: 一、… (level 2) and （一）… (level 3). */
export const NUMBERED_HEADING: { pattern: RegExp; level: 2 | 3 }[] = [
  { pattern: /^[一二三四五六七八九十]{1,3}、\S/, level: 2 },
  { pattern: /^[（(][一二三四五六七八九十]{1,3}[）)]\S/, level: 3 },
];

/** Numbers-box (数说) headings; decorative tails like >>> are cut off the title. */
export const FACT_BOX = {
  title: /^(数说|数读|数据链接|一组数据|数字看变化)/,
  decoration: /\s*[>＞》›»]+\s*$/,
  /** A box heading is short ("数说>>>"); longer lines are text that merely starts with 数说. */
  maxTitle: 12,
};

/** Bylines: role words, and whole-line shapes at the start or end of the article. */
export const BYLINE = {
  /** Role words removed from a byline to leave names only. */
  roles: /(本报|本台|本网|首席|特约|实习)?(记者|通讯员|实习生|撰稿|编辑|作者)[:：]?|(文\/图|文图|文|图)[:：/]/g,
  /** "记者 X 通讯员 Y", "本报记者 X", "文/X", "作者：X" (a line of its own). */
  prefixed: /^[■●◆□◎A-Z]?\s*(?:(?:[\u4e00-\u9fa5]{2,10}\s*[/／]?\s+|[\u4e00-\u9fa5]{2,10}\s*[/／]\s*)?[\u4e00-\u9fa5]{0,10}?(全媒体|融媒体|首席|特约|见习|实习)?(记者|通讯员|采访人员)|本报记者|本台记者|本网记者|文\/图|图文|文字|撰文|执笔|文|作者)[:：/ ]\s*\S|^[\u4e00-\u9fa5]{0,10}?(记者|通讯员|采访人员)[\u4e00-\u9fa5·]{2,4}$|^(?:[\u4e00-\u9fa5]{2,10}\s*[/／]\s*)?[\u4e00-\u9fa5]{0,10}?(记者|通讯员)[\u4e00-\u9fa5·]{2,4}\s*[/／]\s*[\u4e00-\u9fa5]{2,8}(报道|报导)$/,
  /** "（X）", "（记者 X）", "(X 报道)" at the end of the article. */
  parenthesized: /^[（(]\s*(本报|本台)?(记者|通讯员|文\/图|文\/|图\/|作者)?[:：]?\s*[\u4e00-\u9fa5·]{2,4}((\s+|、|，|,)(记者|通讯员)?[:：]?\s*[\u4e00-\u9fa5·]{2,4})*\s*(报道)?[）)]$/,
  /** "江海波 文秀月 胡忠英": two or more 2–4 character names, only after the article. */
  nameList: /^[\u4e00-\u9fa5·]{2,4}(\s+[\u4e00-\u9fa5·]{2,4})+$/,
  /** `张三(文、图)`: a name with its role after it in parentheses, on a line after the article. */
  nameWithRole: /^[\u4e00-\u9fa5·]{2,4}\s*[（(](文|图|文、图|文\/图|图文|文图|撰稿|撰文)[）)]$/,
  /**
   * At the end of the last paragraph, after its sentence end: `(张三)`, `(某某日报 张三 李四)`,
   * `(某某小学 张三)` — an outlet or unit at most, then names only (each must pass the name test; the caller checks).
   */
  trailingNames: /(?<=[。！？!?”])[（(]\s*(?:[\u4e00-\u9fa5]{2,16}?(?:日报|晚报|报社|报|社|网|台|学校|中学|小学|幼儿园|学院|大学|局|委|中心|处|室|部|院)\s+)?([\u4e00-\u9fa5·]{2,4}(?:[\s、]+[\u4e00-\u9fa5·]{2,4}){0,2})\s*[）)]$/,
  /** A single name on the line after the article. */
  maxNameLength: 4,
  /** Separators between names. */
  separator: /[\s、，,]+/,
};

/** Photo credits, kept verbatim. */
export const PHOTO_CREDIT = {
  /** Whole-line credits: 图片由X提供, 图片X提供, （X摄）, X摄, X供图, 摄影：X, 图/X. */
  line: [
    /^图片(由)?.{2,30}提供$/,
    // `（张三摄）`, `张三 摄`, and with the agency after it: `张三摄(某某图片社)`.
    /^[（(]?[\u4e00-\u9fa5·、\s]{2,20}摄[）)]?(\s*[（(][\u4e00-\u9fa5A-Za-z·\s]{2,12}[）)])?$/,
    /^[（(]?[\u4e00-\u9fa5·、\s]{2,20}供图[）)]?$/,
    /^[（(]?(本版|本文)?(摄影|图片来源|图|图片)[:：/]\s*.{2,30}?[）)]?$/,
  ],
  /** A credit at the end of a caption: "…活动现场。（张三摄）". */
  captionTail: /\s*([（(][^（()）]{2,20}(摄|供图)[）)])$/,
};

/** Caption shapes besides the layout gap: 图为…, ▲…, 图：…, 图说：… (matched on the simplified fold: 圖説 too). */
export const CAPTION_PREFIX = /^(图为|▲|△|图[:：]|图片[:：]|图说[:：]|图注[:：]|图片说明[:：])/;
/**
 * The full-width spaces that indent a paragraph, decoded wrongly into question marks or
 * replacement characters (`????正文`, `?? (某某 甲)`): two or more at a line's start, before text.
 */
export const INDENT_DEBRIS = /^[?\uFFFD]{2,8}\s*(?=[^?\uFFFD\s])/;

/** A caption's file-photo tag at its end: `…升旗仪式。（资料图片）`, `(图片来源：某某网)`. */
export const CAPTION_SUFFIX = /[（(](资料图片?|资料照片|网络图片|示意图|图片来源[:：][^（()）]{1,20})[）)]$/;
/** The label before a caption that is not part of it: `图说:`, `图注：`, `图片说明:` (`图为…` reads as a sentence and stays). */
export const CAPTION_LABEL = /^(图说|图注|图片说明|图片|图)\s*[:：]\s*/;

/** Furniture and article-info lines are short; longer lines are article text and skip those checks. */
export const MAX_FURNITURE_LINE = 300;

/** Portal page furniture: each pattern removes a whole line with the given reason. */
export const FURNITURE: { reason: string; pattern: RegExp }[] = [
  { reason: 'breadcrumb', pattern: /^(当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：]/ },
  { reason: 'breadcrumb', pattern: /^(首页|网站首页|主页)\s*([>＞»›/→]|&gt;)/ },
  { reason: 'font size buttons', pattern: /^[【\[]?\s*(字体|字号)\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?\s*[】\]]?$/ },
  { reason: 'page buttons', pattern: /^([【\[]?\s*(打印本页|打印此页|打印|关闭本页|关闭此页|关闭窗口|关闭|收藏|返回顶部|返回|分享到|分享|纠错|我要纠错|加入收藏|保存本页|复制链接)\s*[】\]]?[\s:：|丨]*)+$/ },
  { reason: 'page buttons', pattern: /^(分享到|分享至)[:：]/ },
  { reason: 'page buttons', pattern: /^(扫一扫|微信扫一扫|手机扫码|扫码|扫描二维码|用微信扫描|返回.{0,8}[，,]?\s*查看更多)/ },
  { reason: 'page buttons', pattern: /^(手机版|无障碍|长者模式|登录|注册|English|繁體|简体)(\s|$|[:：|])/ },
  { reason: 'previous/next link', pattern: /^(上一篇|下一篇|上一条|下一条)\s*[:：]/ },
  { reason: 'editor credit', pattern: /^[【\[(（]?\s*(责任编辑|责编|编辑|审核|审校|校对|终审|初审)\s*[:：]/ },
  { reason: 'disclaimer', pattern: /(免责声明|版权声明|平台声明|转载请注明|凡本网注明|本网站所刊|不代表本网|不代表本站|观点仅代表|仅代表作者|信息存储空间服务|仅供参考|如有侵权)/ },
  { reason: 'site footer', pattern: /(ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|©|主办单位|承办单位|技术支持|联系我们|网站地图|建议使用.*浏览器|分辨率)/i },
  { reason: 'site footer', pattern: /^(地址|联系电话|电话|邮编|传真|邮箱)\s*[:：]/ },
];

/** Headings that open a related-news list; the list lines after them go too. */
export const RELATED_NEWS = /^[【\[]?\s*(相关新闻|相关阅读|相关链接|推荐阅读|延伸阅读|热点新闻|热门新闻|相关文章|猜你喜欢|更多新闻)\s*[】\]]?\s*[:：]?$/;

/** Article-info lines (发布时间/来源/作者/浏览次数 …), possibly several on one line. */
export const ARTICLE_INFO = {
  /** A line made only of such fields. */
  line: /^[【\[(（]?\s*(发布日期|发布时间|发表时间|日期|时间|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量)\s*[:：]/,
  /** One field: its key and the value up to the next key. */
  field: /(发布日期|发布时间|发表时间|日期|时间|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量)\s*[:：]\s*(.*?)(?=\s*(?:[】\])）]\s*)?(?:[【\[(（]?\s*)?(?:发布日期|发布时间|发表时间|日期|时间|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量)\s*[:：]|$)/g,
  /** A line that starts with the date and time, then maybe fields: "2024-03-15 09:12:36 来源：华龙网". */
  dateFirst: /^((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?)(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*/,
  dateKeys: ['发布日期', '发布时间', '发表时间', '日期', '时间'],
  publisherKeys: ['来源', '信息来源', '文章来源'],
  authorKeys: ['作者'],
};

/** A stated date in an article-info value: 2023-05-06, 2023年5月6日, 2023/5/6, 2023.05.06. */
export const STATED_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

/** Advertisement signals; a trailing block after the article with one of them is an ad. */
export const ADVERTISEMENT = {
  keywords: /(今日开幕|今天开幕|OPENING|EXPO|博览会|展览会|交易会|欢迎莅临|咨询热线|报名热线|招商热线|优惠|火热招生|招生热线|扫码|WWW\.|\.COM)/i,
  /** Ad lines carry no running text: a line with a full sentence stops the block. */
};

/** Date inference: today-words in ads, dates, and season hints. */
export const DATE_HINTS = {
  /** "今日开幕" with a printed date: the page ran on that date. */
  today: /(今日|今天)(开幕|开展|开启|启幕|举行|开赛)|OPENING TODAY/i,
  /** A full date, possibly the start of a range: 2021年6月11日-14日. */
  fullDate: /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/,
  /** A calendar year mention; years after 到/至 are targets, not the present. */
  year: /(?<![\d到至])((?:19|20)\d{2})(?=\s*年|届)/g,
  /**
   * A bare year naming an event or a programme: `2019爱心助学金发放仪式`, `2024数字教育大会`.
   * Never a count (`2019名学生`, `2000余人`, `1998平方米`): the word after it is not a counting
   * word, a magnitude or a measure.
   */
  labelYear: /(?<![\d.,，到至第])((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?![年届余多名人元个所家件项次位只台套条张份篇本部间座辆枚块万亿千百十米亩平公克吨天日月号期级班分秒小周度版])/g,
  futureBefore: /(到|至|截至|远景|展望)$/,
  /** Seasonal phrases that pin the month of a year. */
  seasons: [
    { pattern: /刚刚过去的(这个)?暑假|暑假刚刚?(结束|过去)|新学期开学|秋季开学/, month: 9 },
    { pattern: /刚刚过去的(这个)?寒假|寒假刚刚?(结束|过去)|春季开学/, month: 3 },
  ] as { pattern: RegExp; month: number }[],
  /** At most this many evidence quotes. */
  maxEvidence: 4,
};

/** Topics (专题): a topic is picked when its keywords occur at least `minHits` times. */
export const TOPICS: { topic: string; keywords: string[] }[] = [
  { topic: '智慧教育', keywords: ['智慧教育', '新智慧教育', '智慧课堂', '智慧教室'] },
  { topic: '教育数字化', keywords: ['数字化', '数字教育', '数字素养', '人工智能', 'AI'] },
  { topic: '教师发展', keywords: ['教师', '名师', '师德', '强师', '培训', '教研'] },
  { topic: '教育督导', keywords: ['督导', '督学', '督政'] },
  { topic: '教育改革', keywords: ['改革', '区管校聘', '评价体系', '体制机制'] },
  { topic: '体育与健康', keywords: ['体育', '运动会', '足球', '田径', '心理健康', '体质'] },
  { topic: '科技创新教育', keywords: ['科创', '科学教育', '机器人', '科技', '创客'] },
  { topic: '德育', keywords: ['德育', '立德树人', '思政', '五育'] },
  { topic: '学前教育', keywords: ['幼儿园', '学前', '托育'] },
  { topic: '招生入学', keywords: ['招生', '入学', '学位', '报名', '新生'] },
  { topic: '学校建设', keywords: ['新建', '改扩建', '扩建', '竣工', '投入使用', '投用', '建成', '校舍', '教学楼', '开工', '新校区'] },
  { topic: '艺术教育', keywords: ['艺术', '美术', '音乐', '合唱'] },
  { topic: '校园安全', keywords: ['安全', '防溺水', '消防', '应急'] },
];
export const TOPIC_RULES = { minHits: 3, maxTopics: 4 };

/** Summary: the lede cut at a sentence end. */
export const SUMMARY = { minChars: 40, maxChars: 160, maxSentences: 2, sentence: /[^。！？!?]+[。！？!?]+[”’」』]?/g };

/** Report file names. */
export const SLUG = { maxLength: 80, undated: 'undated', untitled: 'untitled' };

export * from './patterns-draft.ts';
