/**
 * What readers see for the reason a source line was left out of a report. Ingest records a
 * short English code (stable in the front matter, matched by tests and tools); every page
 * shows it in Chinese through this one table. An unknown code (a staff edit) shows as written.
 * Codes come from every format's stages (text, Word, saved pages: regions, skipped images);
 * tests/ingest/removal-reasons.test.ts reads the ingest's source for every code it can record.
 */
export const REMOVAL_REASON_LABELS: Readonly<Record<string, string>> = {
  'account handle': '作者昵称',
  'account prompt': '登录注册提示',
  advertisement: '广告',
  'app promotion': '客户端推广',
  'article info': '发布信息栏',
  breadcrumb: '页面路径',
  byline: '署名',
  'caption label': '图片说明标签',
  'comment widget': '评论区',
  comments: '网友评论',
  'contact line': '联系方式',
  'contributor credit': '供稿单位',
  disclaimer: '免责声明',
  'duplicate caption': '重复的图片说明',
  'duplicate image': '重复的图片',
  'e-paper page': '电子版版面信息',
  'editor credit': '编辑署名',
  'end mark': '文末标记',
  'font size buttons': '字号按钮',
  'headline list': '其他新闻标题',
  'HTML markup': '网页标记',
  'image cannot be decoded': '无法解码的图片',
  'image file missing': '网页文件夹里缺少的图片',
  'image file name': '图片文件名',
  'image file too large': '过大的图片文件',
  'image outside the page folder': '网页文件夹以外的图片',
  'image placeholder': '图片占位文字',
  'image too small to be a photo': '图标或过小的图片',
  menu: '导航菜单',
  'mirror-site pinyin': '镜像站插入的拼音',
  navigation: '导航栏',
  'non-raster image': '矢量图等非照片图片',
  'original-title marker': '“原标题”标记',
  'page buttons': '页面按钮',
  'page footer': '页面页脚',
  'page header': '页面顶部内容',
  'page number': '分页序号',
  'page symbol': '页面符号',
  'page tail': '页面尾部内容',
  'page widget': '评论点赞等组件',
  pagination: '翻页链接',
  'photo caption in text': '夹在正文里的图片说明',
  'previous/next link': '上一篇/下一篇链接',
  'related news': '相关新闻列表',
  removed: '非正文内容',
  'repeated headline': '重复的标题',
  'report-abuse line': '举报信息',
  'scraper placeholder': '抓取留下的空值',
  'section label': '栏目标签',
  'share bar': '分享按钮',
  sidebar: '侧栏',
  signature: '落款单位',
  'signature date': '落款日期',
  'site footer': '网站页脚',
  'site header': '网站页头',
  'site or column name': '网站或栏目名',
  'source link': '原文链接',
  'tag cloud': '关键词标签',
  tags: '标签',
  'unsupported image format': '网站无法处理的图片格式',
};

/** The Chinese label of a removal reason code. */
export function removalLabel(code: string): string {
  return REMOVAL_REASON_LABELS[code] ?? code;
}
