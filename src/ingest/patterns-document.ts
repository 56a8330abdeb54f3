/**
 * The heuristics for Word documents and saved web pages, as named tables with examples: how a
 * file's format is recognised, what of a page never reaches the text, which page regions are
 * furniture, how link-heavy a navigation line is, which images are photos and which caption
 * belongs to one. The text heuristics (patterns.ts, patterns-portal.ts) then run on the lines
 * these formats give, as on a text source.
 */
import { SOURCE_LIMITS } from '../schema/limits.ts';

/** Largest file accepted per format (src/schema/limits.ts holds every limit): a Word file carries its photos, a saved page its scripts. */
export const DOCUMENT_LIMITS = {
  docxMaxBytes: SOURCE_LIMITS.docxMaxBytes,
  htmlMaxBytes: SOURCE_LIMITS.htmlMaxBytes,
  imageMaxBytes: SOURCE_LIMITS.imageMaxBytes,
};

/** How a file's bytes tell its format, whatever its name says. */
export const FORMAT_SIGNS = {
  /** ZIP local header: a `.docx` (and every Office Open XML file). */
  zip: [0x50, 0x4b, 0x03, 0x04],
  /** OLE compound file: an old `.doc`, or a `.docx` Word encrypted with a password (it wraps the ZIP). */
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  /** The stream an encrypted Office file holds, in the compound file's UTF-16 directory. */
  encryptedStream: 'EncryptionInfo',
  /**
   * The start of an HTML page (after a BOM, blanks and comments such as `<!-- saved from url=… -->`):
   * `<!DOCTYPE html>`, `<html lang="zh">`, `<head>`, `<meta charset=…>`. A `.txt` that starts so is read as HTML.
   */
  html: /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s|body[\s>])/i,
  /** How far into the file the HTML start is looked for. */
  sniffBytes: 4096,
  /** A declared charset: `<meta charset="gbk">`, `content="text/html; charset=gb2312"`. */
  charset: /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i,
};

/** Elements whose content never reaches the text (scripts, styles, embedded objects, form controls). */
export const SKIPPED_ELEMENTS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'canvas', 'svg', 'math',
  'select', 'option', 'button', 'input', 'textarea', 'label', 'map', 'audio', 'video', 'link', 'meta', 'title',
]);

/** Elements that start a new line; every other element is inline (its text joins the line). */
export const BLOCK_ELEMENTS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'header', 'footer', 'nav', 'aside', 'form', 'fieldset',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'center', 'address', 'hr', 'details', 'summary',
]);

/** Hidden elements: `hidden`, `aria-hidden="true"`, `style="display:none"`, `class="hide"`. */
export const HIDDEN = {
  style: /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i,
  classToken: /^(hidden|hide|is-hidden|display-none|d-none|sr-only|visually-hidden)$/i,
};

/**
 * A `<form>` is a search box or a comment form, skipped whole, unless the page wraps itself in
 * one (ASP.NET portals: `<form id="form1">` around everything): then it holds running text.
 */
export const FORM_CONTAINER = { minSentenceChars: 200 };

/**
 * Page regions that are furniture, by element, ARIA role, or a word of its class or id
 * (`class="bdsharebuttonbox"` → share bar, `id="footer"` → page footer). Each line inside is
 * removed with the region's reason. Not when the region holds the article (an `<h1>`, an
 * `<article>`, or more text than `REGION_LIMIT.maxChars`): some sites name a wrapper `main-nav-box`.
 */
export const FURNITURE_REGIONS: { reason: string; tags?: string[]; roles?: string[]; token?: RegExp; example: string }[] = [
  { reason: 'navigation', tags: ['nav'], roles: ['navigation', 'menubar', 'menu'], token: /^(nav|navbar|navigation|menu|mainmenu|submenu|breadcrumbs?|crumbs?|topbar|subnav)$/i, example: '<ul class="nav">首页 新闻 通知</ul>' },
  { reason: 'share bar', token: /^(share|sharebar|share\w*box|bdshare\w*|social|jiathis\w*)$/i, example: '<div class="bdsharebuttonbox">分享到 微信 微博</div>' },
  { reason: 'related news', token: /^(related|relate|recommend|recommendation|more-news)$/i, example: '<div class="related">相关新闻 …</div>' },
  { reason: 'comments', token: /^(comments?|reply|replies)$/i, example: '<div id="comment">网友评论</div>' },
  { reason: 'sidebar', tags: ['aside'], roles: ['complementary'], token: /^(sidebar|side-bar|rightbar|leftbar)$/i, example: '<aside>热点排行</aside>' },
  { reason: 'page footer', roles: ['contentinfo'], token: /^(footer|foot|copyright|bottom)$/i, example: '<div id="footer">版权所有 © 某某区教育局</div>' },
  { reason: 'pagination', token: /^(pager|pagination|paging)$/i, example: '<div class="pager">上一篇 下一篇</div>' },
];

/**
 * A page block named as a photo's caption by its class, however it is laid out (`<p class="pic_txt">`,
 * `<div class="img-desc">`, `<p class="wp-caption-text">`): read like a `<figcaption>`.
 */
export const CAPTION_CLASS = /^(?:(?:pic|img|image|photo|picture|tu)[-_]?(?:text|txt|desc|caption|note|sm|shuoming|intro)|(?:wp-)?caption(?:-text)?|imgcaption|pictext|figure-caption)$/i;

/**
 * A block whose first child (a heading, or a `<div class="lm_title">`) names the page's
 * navigation is a sidebar, whatever its class (`<div class="left"><h3>栏目导航</h3><ul><li>学校简介</li>…`):
 * portals title their side columns so, and their items are often plain text, not links.
 */
export const NAVIGATION_HEADING = /^(栏目导航|栏目列表|本站导航|网站导航|快速通道|快速导航|友情链接|相关链接|热点排行|热点新闻|热门文章|最新文章|最新动态|推荐阅读|相关文章|相关新闻|专题专栏|信息公开)$/;

/**
 * A page's headline in a block named for it (`<div class="news_title">`, `<p class="article-title">`,
 * `id="biaoti"`): the class or id token is `title` (or 标题 in pinyin), alone or after a prefix
 * and a separator. Read only when the page has no `<h1>`; `subtitle` and a column's `lm_title` are not it.
 */
export const HEADLINE_CLASS = { token: /^(?:[a-z]+[-_])?(title|biaoti|headline)$/i, not: /^(sub|small|lm|column|list|nav|site|web|side|left|right)[-_]/i };

/** A region holding more text than this (or an `<h1>`/`<article>`) is a wrapper of the article, not furniture. */
export const REGION_LIMIT = { maxChars: 1500 };

/** `<footer>` is the page's footer only outside the article (an article's own footer holds its tags and editor). */
export const PAGE_FOOTER_TAG = 'footer';

/**
 * A site's signature line, wherever the page puts it (a `<div>` footer as often as `<footer>`):
 * `版权所有：某某教育信息网`, `Copyright © 某某网`, `主办单位：某某局`. A `<title>` it names is the
 * site's name, not a headline.
 */
export const SITE_SIGNATURE = /(版权所有|版权归|©|copyright|主办单位|主办[:：]|承办单位)/i;

/**
 * Link density per line (the share of its characters inside links), jusText's and
 * trafilatura's strongest signal. `首页 | 教育新闻 | 通知公告` all links → 1.0: navigation;
 * `点击查看原文` one link → 1.0; a paragraph with one linked school name → ~0.05: text.
 */
export const LINK_DENSITY = {
  /** At or above this a line is navigation (or a list of other articles). */
  navigation: 0.5,
};

/** Title separators in `<title>`: `标题_教育新闻_某某区政府网`, `标题 - 某某网`, `标题|某某网`. */
export const TITLE_SEPARATORS = /\s*[_|｜]\s*|\s+[-—–]+\s+|\s*--\s*/;
/** A title part shorter than this is a site or column name, not the headline. */
export const MIN_TITLE_PART = 4;

/** Meta fields, in order of trust (the first present wins). */
export const META_FIELDS = {
  title: ['og:title', 'twitter:title', 'title', 'articletitle'],
  date: ['article:published_time', 'publishdate', 'pubdate', 'publish_date', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.created', 'firstpublishedtime'],
  author: ['author', 'article:author', 'dc.creator'],
  publisher: ['og:site_name', 'source', 'contentsource', 'publisher'],
};

/** JSON-LD types that describe the article (`@type` of the object whose headline/date/author we read). */
export const JSON_LD_ARTICLE = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|WebPage)$/;

/** Raster formats the site's image path (sharp, astro:assets) takes, by sharp's format name → file extension. */
export const RASTER_FORMATS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif', tiff: 'tif' };

/** Vector or metafile images (never photos): SVG on pages, EMF/WMF drawings in Word. */
export const NON_RASTER = { contentType: /svg|emf|wmf|x-wmf|x-emf|postscript|pdf/i, start: /^\s*(<\?xml|<svg)/i };

/**
 * Images too small to be photos: icons (16×16), spacers and tracking pixels (1×1), logos and
 * banners (300×60: too flat). A photo is at least `minSide` on its short side, `minArea`
 * pixels, and at most `maxAspect` times as long as it is high.
 */
export const PHOTO_SIZE = { minSide: 120, minArea: 40_000, maxAspect: 3.5 };

/** Alt texts that say nothing about the photo: `图片`, `image`, `IMG_2034.JPG`, `1`. */
export const GENERIC_ALT = /^(图片|图像|照片|配图|插图|image|img|photo|picture|pic|logo|icon|\d+|[\w.-]+\.(jpe?g|png|gif|webp|bmp))$/i;

/**
 * The caption under a photo: a Word paragraph right under it, a centred short line under a
 * page's image. Short, at most one sentence: `学生在实验室观察植物标本（王某 摄）`.
 */
export const CAPTION_UNDER_IMAGE = { maxChars: 70, maxSentences: 1, sentenceEnd: /[。！？!?]/g };

/**
 * A Word line in the photo's own paragraph after a line break (WPS: photo, line break, caption)
 * is the caption in a longer form too: `运动员入场。各班代表队依次走过主席台，展示班级风采`.
 */
export const CAPTION_BESIDE_IMAGE = { maxChars: 150, maxSentences: 2 };

/**
 * Photos side by side in a table, captions in the row below (or above; how school reports lay out two or
 * three photos): `<tr><td><img></td><td><img></td></tr><tr><td>开幕式</td><td>颁奖</td></tr>`.
 * Each caption cell belongs to the photos above it, by column: one cell under one photo, or one
 * merged cell (`colspan`, Word's gridSpan) under several photo cells, or one cell under a cell
 * holding two photos: a caption shared by the photos it spans is each one's caption. Empty
 * spacer columns are allowed. A row of at least `minPhotos` photos in cells of images and no
 * text, and a next row with a text cell of at most `maxCaptionChars` under each photo cell (a
 * layout table's banner over the whole article is not a photo and its caption).
 */
export const PHOTO_GRID = { minPhotos: 1, maxCaptionChars: 100 };

/** Lines under a photo that are never its caption: a Word footnote (`注1：…`), a list marker. */
export const NOT_A_CAPTION = /^(注\d+[:：]|尾注\d+[:：]|\d+[.、)]\s)/;

/**
 * Who sent the article, a line of its own: never a photo's caption (it often closes a school's
 * report right under a repeated photo) nor body text: `（供稿：某某小学 体育组）`,
 * `稿件来源：某某中学`, `（某某小学供稿）`. Removed as `contributor credit`.
 */
export const CONTRIBUTOR_LINE = {
  patterns: [
    /^[（(]?\s*(供稿|来稿|投稿|稿件来源)(单位)?\s*[:：][^。！？]{2,30}[）)]?$/,
    /^[（(]?[^（()）。！？]{2,30}(供稿|来稿|投稿)\s*[）)]?$/,
    // The school's staff line, fields set off by spaces or slashes: `供稿 某某中心 摄影/张三 编辑/李四`.
    /^[（(]?\s*(供稿|来稿|投稿)(单位)?\s*[:：\s]\s*[^。！？:：/／]{2,24}?(\s+(摄影|摄|图片|编辑|责编|审核|校对|初审|复审|终审)\s*[/／:：]\s*[\u4e00-\u9fa5·]{2,4})+\s*[）)]?$/,
  ],
  maxChars: 60,
};

/**
 * The date line of a Word file (落款, under the signature at the end, or under the headline):
 * the whole line a date. `2018年9月13日`, `2018.9.13`, `2018-09-13`, `二〇一八年九月十三日`.
 * At the end it is among the last `tailLines` lines of text, after the body's first sentence;
 * the unit's name right above it (short, no punctuation, also after the first sentence) is the
 * signature.
 */
export const DOCUMENT_DATE_LINE = {
  arabic: /^((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.\/-]\s*(\d{1,2})\s*[.\/-]\s*(\d{1,2})\s*日?)$/,
  chinese: /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/,
  /** A weekday after the date is part of the line: `2018年9月13日 星期四`, `（周四）`. */
  weekday: /[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?$/,
  tailLines: 3,
  signature: { maxChars: 24, punctuation: /[。！？，,；;：:]/ },
};

/**
 * A Word headline by its type: above the text, set clearly larger than the body (WPS: 方正小标宋
 * 二号 = 22 pt over a 三号 = 16 pt body, not bold, no style name), or, when the sizes come from
 * styles we do not read, in a headline face of the official-document standard (小标宋, 华文中宋).
 */
export const WORD_HEADLINE = { minStepPt: 2, fonts: /小标宋|大标宋|华文中宋/ };

/** A bold Word paragraph this short, not a sentence, is a candidate heading: `一堂别开生面的科学课`. */
export const BOLD_HEADING = { maxChars: 32 };

/** An `<h2>`–`<h6>` longer than this is text set large, not a section heading. */
export const HEADING_HINT = { maxChars: 48 };

/** An HTML page needs some article text: a line with a sentence, or this many characters outside furniture. */
export const ARTICLE_TEXT = { minChars: 40 };

/** Whitespace between two CJK characters came from a line break in the source HTML; browsers show none. */
export const CJK_BREAK = /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s*[\r\n]\s*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/** Why a Word document is held back as a draft (beyond the text rules' DRAFT_REASONS). */
export const DOCUMENT_DRAFT_REASONS = {
  unmarkedHeadline: (title: string) => `Word 文档里没有排成标题的一行（标题样式、大字号、居中或加粗），标题“${title}”是推测的：请核对 title。`,
};
