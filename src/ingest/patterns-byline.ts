/**
 * The heuristics for bylines and credits on web pages and documents, as named tables with
 * examples: role words, where a byline stands, words that are never names, editors and staff
 * boxes, the name test's threshold. Written in simplified characters (stages match each line's
 * fold). Split from patterns-portal.ts, which re-exports everything here.
 */

/** Role words of a byline (what precedes the names), longest first. */
export const BYLINE_ROLES = /(全媒体记者|融媒体记者|首席记者|特约记者|见习记者|本报记者|本网记者|本台记者|记者|采访人员|特约通讯员|通讯员|实习生|撰稿人|撰稿|执笔|图文|作者)/;

/**
 * The role word of a byline glued to the start of the lede, with the outlet before it:
 * `◎某某日报全媒体记者 张三 “……`, `N本报记者 张三 李四 实习生 王五 本报讯 昨日……`. The names
 * after it are read word by word (byline-names.ts) up to the first word that is not a name.
 */
export const LEADING_BYLINE_ROLE = /^[◎■●◆□A-Z]?\s*[\u4e00-\u9fa5]{0,10}?(全媒体记者|融媒体记者|首席记者|特约记者|见习记者|记者|采访人员|特约通讯员|通讯员|实习生)(?=\s)/;

/** A byline in parentheses at the end of the last paragraph: `……讲话。(某某日报记者张三)`, `(记者 张三 李四)`. */
export const TRAILING_BYLINE = /[（(]\s*([^（）()]{0,12}?(?:记者|通讯员|采访人员))\s*([\u4e00-\u9fa5·\s、]{2,20}?)\s*[）)]$/;

/**
 * A unit's name before the byline on a line of its own (a school report signs so under its
 * headline): `高新区石泉中学 胡晓晨`, `某某小学 通讯员 张三`. The unit is not a name; the words after
 * it are read as a byline.
 */
export const UNIT_BEFORE_BYLINE = /^[\u4e00-\u9fa5]{2,16}?(学校|中学|小学|幼儿园|学院|大学|中心|教委|局|委|办|处|室|部|院|站|馆|所|组)\s+(?=\S)/;

/** The unit's name on the line right above the byline (`高新区云栖小学` over `通讯员 甲 乙`): part of the byline, not text. */
export const UNIT_LINE = /^[\u4e00-\u9fa5]{2,16}?(学校|中学|小学|幼儿园|学院|大学|中心|教委|局|委|办|处|室|部|院|站|馆|所|组)$/;

/** Inside a dateline's parentheses: `(时刻新闻记者 张三)`, `(记者 张三 通讯员 李四)`, `(唐某特约通讯员黎某)`. */
export const DATELINE_BYLINE = /^(?:[^（(]{2,20}?)?[（(]([^（）()]{2,40})[）)]/;

/**
 * Words that are never a person's name: what a byline made of a menu or a report-abuse widget
 * would hold. A name containing one is refused (and the report held back as a draft).
 */
export const NOT_A_NAME = /(首页|新闻|媒体|举报|投诉|分享|评论|频道|栏目|更多|登录|注册|返回|打印|关闭|收藏|推荐|热点|视频|图片|专题|要闻|动态|正文|网站|本报|本网|记者|编辑|来源|时间|日期|浏览|点击|阅读|客户端|微信|微博|下载|扫码|违法|不良|信息|有害|广告|联系|我们|教育|学校|政府|委员会|[A-Za-z0-9])/;

/** A byline value that says no one is named: `作者:佚名`. Not a name, and no doubt either. */
export const ANONYMOUS = /^(佚名|匿名|不详|未知|无|暂无|本站|本站原创|原创)$/;

/** A unit that sent the article, in an author field (`作者：图书馆供稿`): no person, and no doubt about one. */
export const CONTRIBUTED_BY = /.(供稿|供图|来稿)$/;

/**
 * An editor's or reviewer's key inside a byline value: `撰稿:张三;一审:李四;二审:王五` names one
 * author; what follows the first such key is the production staff, never authors. So are a
 * student reporter's supervising teachers: `小记者 张三 指导教师 李四 王五` names 张三 only.
 */
export const STAFF_KEY_IN_VALUE = /[\s;；,，、]*(?:(责任编辑|责编|编辑|审核|审校|审稿|校对|终审|初审|一审|二审|三审|复审|监审|签发|监制)\s*[:：/／]|(指导教师|指导老师|辅导教师|辅导老师)\s*[:：]?)/;

/** Organisations, not people: `（督导室）`, `（区教委）`, `（某某中学）` end in one of these. */
export const ORGANISATION_END = /(室|局|办|处|委|院|校|会|部|厅|组|站|队|团|社|馆|中心|公司|集团|所|网|报|台)$/;

/** Editor and production credits: never authors, never body (`责任编辑:X`, `编辑 X`, `监制X`, `X/编撰`). */
export const EDITOR_CREDIT = [
  /^[【\[(（]?\s*(本版责编|本版编辑|本版统筹|责任编辑|责编|编辑|编审|审核|审校|审稿|校对|终审|初审|一审|二审|三审|复审|监审|签发|监制|制作|统筹|策划|值班编辑|美编|排版|编导)\s*[:：]?\s*[\u4e00-\u9fa5A-Za-z·、,，\s]{0,24}[】\])）]?[\s|丨｜]*$/,
  /^[\u4e00-\u9fa5·]{2,4}\s*[/／]\s*(编撰|编辑|整理|编译|校对)$/,
  // `（审/宣传处）`, `（初审：某某 复审：某某）`: a reviewer in parentheses.
  /^[（(]\s*(审|审核|审稿|初审|复审|终审|校|校对|编|编辑)\s*[/／:：][^（）()]{1,30}[）)]$/,
];

/**
 * `责任编辑：张三` (`【责编:张三】`, `责任编辑 张三`): the one editor in charge, whose name the page
 * shows as 责任编辑. Matched on the fold; the group's offsets are the line's own characters.
 * Only a line that is this credit alone: `责任编辑：张三 审核：李四` names no single editor.
 */
export const EDITOR_IN_CHARGE = /^[【\[(（]?\s*(?:责任编辑|责编)\s*[:：]?\s*([\u3400-\u9fff·]{2,8})\s*[】\])）]?[\s|丨｜]*$/d;

/**
 * The personal-name test (person-name.ts). A dictionary word at or above this frequency is a
 * common word even when tagged as a name (`阳光` 3451, `明白` 10875, `据说` 2890); below it, a
 * surname-first word may still be someone's name after a role word (`李娜` 438, `严明` 226).
 */
export const NAME_TEST = { commonNameWordFreq: 1000 };

/**
 * A credit line whose role word is spaced to a column's width and set off by a bar, as WeChat
 * articles print their staff box: `记 者 | 张三`, `责 编 | 李四`, `编 辑 ｜ 王 五`, `文 | 张三`, `图 | 李四`;
 * a role word spaced out needs no bar: `通 讯 员 张三`.
 * `roleLabel` rewrites it to `记者:张三` so the byline, credit and editor-credit tables read it like any other.
 */
export const SPACED_ROLE_LABEL = /^(文(?=[ \u3000]*[|丨｜])|图(?=[ \u3000]*[|丨｜])|摄(?=[ \u3000]*[|丨｜])|记[ \u3000]*者|作[ \u3000]*者|文[ \u3000]*字|撰[ \u3000]*稿|通[ \u3000]*讯[ \u3000]*员|编[ \u3000]*辑|责[ \u3000]*编|审[ \u3000]*核|监[ \u3000]*审|校[ \u3000]*对|签[ \u3000]*发|监[ \u3000]*制|统[ \u3000]*筹|美[ \u3000]*编|排[ \u3000]*版|摄[ \u3000]*影|图[ \u3000]*片)[ \u3000]*[|丨｜:：][ \u3000]*|^(记[ \u3000]+者|通[ \u3000]+讯[ \u3000]+员|作[ \u3000]+者|撰[ \u3000]+稿|编[ \u3000]+辑|责[ \u3000]+编|审[ \u3000]+核|校[ \u3000]+对|摄[ \u3000]+影)[ \u3000]+(?=[\u4e00-\u9fa5])/;

/** `记 者 | 张三` → `记者:张三` (the fold is matched; the value keeps the author's characters). */
export function roleLabel(text: string, fold: string): string {
  const m = SPACED_ROLE_LABEL.exec(fold);
  // (The second shape, `通 讯 员 张三`, spaces the role word itself and needs no bar.)
  return m ? `${(m[1] ?? m[2])!.replace(/[ \u3000]/g, '')}:${text.slice(m[0].length)}` : text;
}

/**
 * A staff box glued after the article's last sentence: `……梦想。编辑:甲 审核:乙 签发:丙` (two
 * fields at least). Each field is cut on its own (`GLUED_STAFF_FIELD`), as the page printed it.
 */
export const GLUED_STAFF = /(?<=[。！？!?”])\s*((?:(?:责任编辑|责编|编辑|审核|审校|审稿|校对|终审|初审|一审|二审|三审|复审|监审|签发|监制)\s*[:：]\s*[^:：。！？]{1,16}?\s*){2,})$/;
export const GLUED_STAFF_FIELD = /(责任编辑|责编|编辑|审核|审校|审稿|校对|终审|初审|一审|二审|三审|复审|监审|签发|监制)\s*[:：]\s*[^:：。！？]{1,16}?(?=\s*(?:责任编辑|责编|编辑|审核|审校|审稿|校对|终审|初审|一审|二审|三审|复审|监审|签发|监制)\s*[:：]|\s*$)/g;
