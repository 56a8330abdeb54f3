/**
 * Why a number with a counting word is still not a statistic, as a named table: each rule
 * carries the texts where it must leave no fact (and the near misses it must let through);
 * `tests/facts/patterns.test.ts` runs them all.
 */
import type { RuleExample } from './patterns.ts';

/** Context of a candidate number that the not-a-fact rules look at. */
export interface CandidateView {
  /** The whole paragraph. */
  para: string;
  /** Offset of the number (after any leading qualifier). */
  start: number;
  /** Offset of the leading qualifier, or of the number when there is none. */
  prefixStart: number;
  /** Offset just past the counting word. */
  end: number;
  /** The number as printed (digits or Chinese numerals, with 万/亿). */
  numText: string;
  /** True when the number is written in Chinese numerals. */
  chinese: boolean;
  /** The parsed value. */
  value: number;
  unit: string;
  /** Any qualifier printed with the number (近, 余, 多, 以上 …), '' when none. */
  qualifier: string;
}

/** A reason a number with a counting word is still not a statistic. */
export interface NotAFactRule {
  name: string;
  /** Why, in the words used in review output. */
  reason: string;
  test: (c: CandidateView) => boolean;
  /** Texts where this rule must leave no fact. */
  examples: RuleExample[];
}

/**
 * Counting words of a time span: 一 with them counts after 最近/短短/仅用 (最近一周, 仅用一天),
 * which stress the span; 为期一个月 only says how long something ran.
 */
const DURATIONS = ['周', '天', '个月'];
const DURATION_LEAD = /(?:最近|短短|仅用|仅仅|只用|用了)$/;

/** Longest quoted span still read as a slogan or a name. */
const QUOTED_TERM_MAX = 10;

const CLOSE_QUOTES = '”’」』"';
function insideQuotes(para: string, at: number): boolean {
  const from = at - 1;
  if (from < 0) return false;
  const lastOpen = Math.max(para.lastIndexOf('“', from), para.lastIndexOf('「', from), para.lastIndexOf('『', from));
  const lastClose = Math.max(para.lastIndexOf('”', from), para.lastIndexOf('」', from), para.lastIndexOf('』', from));
  if (lastOpen > lastClose) {
    // A slogan or a name in quotes is short (“5个一”, “十项准则”); a long quotation is someone
    // speaking, and the figures they give are figures (“我们村今年走出了三个大学生”).
    const close = para.slice(at).search(/[”」』]/);
    return close < 0 || at + close - lastOpen - 1 <= QUOTED_TERM_MAX;
  }
  // Straight quotes open and close with the same character: odd count means inside.
  let straight = 0;
  for (let i = para.indexOf('"'); i >= 0 && i < at; i = para.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1;
}

export const NOT_A_FACT_RULES: NotAFactRule[] = [
  {
    name: 'ordinal',
    reason: '序数（第N）',
    test: (c) => /第\s*$/.test(c.para.slice(Math.max(0, c.start - 2), c.start)),
    examples: [{ text: '荣获全市初中田径比赛第一名。', facts: [] }, { text: '这是第39个教师节。', facts: [] }],
  },
  {
    name: 'class-name',
    reason: '班级名（高一5班、三年级2班、(3)班）是名称，不是班数',
    test: (c) => c.unit === '班' && /([高初][一二三]|[一二三四五六七八九]年级|级|[（(])\s*$/.test(c.para.slice(Math.max(0, c.start - 3), c.start)),
    examples: [{ text: '高一5班和三年级2班的同学获奖。', facts: [] }, { text: '学校现有36班。', facts: ['36班'] }],
  },
  {
    name: 'quoted-term',
    reason: '引号内的口号或体系名（“5个一”“十项准则”）',
    test: (c) => insideQuotes(c.para, c.start),
    examples: [
      { text: '开展“5个一”活动，落实“十项准则”。', facts: [] },
      { text: '坚持“一个标准”，把握好“两个尺度”。', facts: [] },
      { text: '她说：“这个暑假我在工厂做了两个月零工，攒够了学费。”', facts: ['两个月'] },
    ],
  },
  {
    name: 'summary-after-quote',
    reason: '紧跟引号的汉字数目是对所列口号的概括（“……”两项重点工作）',
    test: (c) => c.chinese && c.start > 0 && CLOSE_QUOTES.includes(c.para[c.start - 1]!),
    examples: [{ text: '紧紧围绕“促进均衡、立德树人”两项重点工作。', facts: [] }],
  },
  {
    name: 'n-ge-yi-slogan',
    reason: '“N个一”式口号',
    test: (c) => c.unit === '个' && /^一(?![等流])/.test(c.para.slice(c.end)),
    examples: [{ text: '每月做到五个一督导。', facts: [] }],
  },
  {
    name: 'indefinite-one',
    reason: '汉字“一”作量词（一名、一支、一次）不是统计数；带约数词（一个多月）或“最近、仅用”的时长除外',
    test: (c) => c.chinese && c.value === 1 && !c.qualifier && !(DURATIONS.includes(c.unit) && DURATION_LEAD.test(c.para.slice(Math.max(0, c.start - 2), c.start))),
    examples: [
      { text: '我作为一名资深教育人，打造一支督学尖兵，每周一次集体学习。', facts: [] },
      { text: '有一天放学后，他来到一个村子。', facts: [] },
      { text: '最近一周，全区各校陆续开学。', facts: ['一周'], expect: { value: 1, unit: '周' } },
    ],
  },
  {
    name: 'vague-quantity',
    reason: '约数（数百名、几十个、上千人）',
    test: (c) => /(数|几|若干|上|成)$/.test(c.para.slice(Math.max(0, c.start - 2), c.start)),
    examples: [{ text: '评选学科名师、骨干教师数百名，几十个团队参与。', facts: [] }],
  },
  {
    name: 'frequency',
    reason: '频次（每周一次、每年参加两次）；每人、每天的数额（每人3000元、每周4天）仍是统计数',
    test: (c) => c.unit === '次' && /每[^，。；、]{0,4}$/.test(c.para.slice(Math.max(0, c.start - 5), c.start)),
    examples: [
      { text: '每周两次集体学习，每年参加三次市级以上培训。', facts: [] },
      { text: '每名新生获助学金3000元。', facts: ['3000元'] },
    ],
  },
  {
    name: 'demonstrative',
    reason: '指示词后的数目指回前文已计的数（这五名队员、该2所学校、上述3项）',
    test: (c) => /(?:这|那|该|此|上述|前述)$/.test(c.para.slice(Math.max(0, c.prefixStart - 2), c.prefixStart)),
    examples: [
      { text: '这五名队员都来自乡村学校。', facts: [] },
      { text: '该2所学校已开工建设，上述3项工程年底完工。', facts: [] },
      { text: '该校3名教师获奖。', facts: ['3名'] },
    ],
  },
  {
    name: 'aspect-count',
    reason: '“N个方面/维度/层面”是行文结构，不是统计数',
    test: (c) => /^(?:大)?(?:方面|维度|层面)/.test(c.para.slice(c.end)),
    examples: [{ text: '报告从师资、课程、评价三个方面提出建议。', facts: [] }],
  },
  {
    name: 'page-furniture',
    reason: '页面信息（浏览、阅读、评论、点赞计数）',
    test: (c) =>
      /(浏览|阅读|点击|访问|评论|点赞|收藏|转发|分享|回复|播放|人气|热度)(次数|量|数)?[：:]?\s*$/.test(c.para.slice(Math.max(0, c.start - 6), c.start)) ||
      /^\s*(?:浏览|阅读|评论|点赞|收藏|转发|分享|回复|看过)(?:量|数|次数)?(?=$|[\s|｜·•/])/.test(c.para.slice(c.end)),
    examples: [
      { text: '发布时间：2024-09-10 浏览次数：1234次', facts: [] },
      { text: '阅读 5608次', facts: [] },
      { text: '评论：1.2万', facts: [] },
      { text: '2156人阅读 | 18条评论', facts: [] },
      { text: '学生共收到评论意见30条。', facts: ['30条'] },
    ],
  },
  {
    name: 'relative-time',
    reason: '相对时间（前几天、头两周）说的是何时，不是多久',
    test: (c) => DURATIONS.includes(c.unit) && /(?:前|后|头|最后|最初)$/.test(c.para.slice(Math.max(0, c.prefixStart - 2), c.prefixStart)),
    examples: [{ text: '前三天刚下过雨，头两周的课程已经排满。', facts: [] }, { text: '集训持续两周。', facts: ['两周'] }],
  },
  {
    name: 'range-end',
    reason: '区间的上限（12-15元）：区间整体不是一个数',
    test: (c) => /\d\s*[-~～–—]\s*$/.test(c.para.slice(Math.max(0, c.start - 3), c.start)),
    examples: [{ text: '每餐标准提高到12-15元。', facts: [] }],
  },
  {
    name: 'inside-latin-token',
    reason: '字母数字组合中的数字（S2C、G5、7th）',
    test: (c) => /[A-Za-z0-9.]$/.test(c.para.slice(c.start - 1, c.start)) || /^[A-Za-z]/.test(c.para.slice(c.start + c.numText.length)),
    examples: [{ text: '构建“S2C”体系，G5个项目', facts: [] }],
  },
];
