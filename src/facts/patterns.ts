/**
 * The fact heuristics as named tables. Every rule carries the examples it must get right;
 * `tests/facts/patterns.test.ts` runs each example through the real extractor, so a rule
 * and its evidence never drift apart.
 */
import type { Fact } from '../schema/report.ts';

/** A worked example for a rule: a sentence and what the extractor must (not) find in it. */
export interface RuleExample {
  /** Input paragraph text. */
  text: string;
  /** The fact texts expected (in order); [] means "no fact here". */
  facts?: string[];
  /** Expected fields of the first fact. */
  expect?: Partial<Pick<Fact, 'value' | 'unit' | 'qualifier' | 'subject' | 'period' | 'level' | 'category'>>;
  /** True when the example is a box item. */
  inBox?: boolean;
}

/** A counting word: `pattern` is the regex source of the word with any look-ahead guards. */
export interface UnitRule {
  name: string;
  unit: string;
  pattern: string;
  examples: RuleExample[];
}

/** Counting words, longest first (人次 before 人, 万元 before 元). */
export const UNIT_RULES: UnitRule[] = [
  { name: 'person-times', unit: '人次', pattern: '人次', examples: [{ text: '参加培训教师达5万余人次。', facts: ['5万余人次'], expect: { value: 50000, unit: '人次', qualifier: '余' } }] },
  { name: 'ten-thousand-yuan', unit: '万元', pattern: '万元', examples: [{ text: '投入经费300万元。', facts: ['300万元'], expect: { value: 300, unit: '万元', category: '经费' } }] },
  { name: 'hundred-million-yuan', unit: '亿元', pattern: '亿元', examples: [{ text: '累计投入资金1.5亿元。', facts: ['1.5亿元'], expect: { value: 1.5, unit: '亿元', period: '累计' } }] },
  { name: 'percentage-points', unit: '个百分点', pattern: '个百分点', examples: [{ text: '优良率提高3.5个百分点。', facts: ['3.5个百分点'], expect: { value: 3.5 } }] },
  { name: 'percent', unit: '%', pattern: '[%％]', examples: [{ text: '教育的社会满意度达97.3%。', facts: ['97.3%'], expect: { value: 97.3, unit: '%', subject: '教育的社会满意度' } }] },
  { name: 'person-named', unit: '名', pattern: '名(?!义|称|列|次|单|字)', examples: [{ text: '邀请名师大咖500余名。', facts: ['500余名'], expect: { value: 500, qualifier: '余' } }, { text: '近两万名学生参加。', facts: ['两万名'], expect: { value: 20000, qualifier: '近', category: '学生' } }] },
  { name: 'person', unit: '人', pattern: '人(?!民|才|员|工|文|格|口|类|士|大|次)', examples: [{ text: '公开招聘教研员、骨干教师等1900余人。', facts: ['1900余人'], expect: { value: 1900, unit: '人', category: '教师' } }] },
  { name: 'person-polite', unit: '位', pattern: '位(?!于|置|列|居)', examples: [{ text: '现有12位特级教师。', facts: ['12位'], expect: { category: '教师' } }] },
  { name: 'school', unit: '所', pattern: '所(?!有|在|以(?!上)|谓|属)', examples: [{ text: '截至目前创建全国特色学校26所。', facts: ['26所'], expect: { category: '学校', period: '截至目前', level: '国家级' } }] },
  { name: 'item', unit: '个', pattern: '个(?!月|别|性|人化|体)', examples: [{ text: '荣获4个一等奖，2个三等奖。', facts: ['4个', '2个'], expect: { value: 4, category: '荣誉与奖项' } }] },
  { name: 'entry', unit: '项', pattern: '项(?!目)', examples: [{ text: '师生荣获国家级奖项及荣誉300余项、市级1000余项。', facts: ['300余项', '1000余项'], expect: { level: '国家级', category: '荣誉与奖项' } }] },
  { name: 'lesson', unit: '节', pattern: '节(?!日|约|点|能|奏)', examples: [{ text: '56节入选部级精品课。', facts: ['56节'], expect: { category: '课程', level: '省部级', subject: '入选部级精品课' } }] },
  { name: 'course', unit: '门', pattern: '门(?!口|户|槛|类)', examples: [{ text: '开设选修课程120门。', facts: ['120门'], expect: { category: '课程' } }] },
  { name: 'session', unit: '场', pattern: '场(?!馆|所|地|景|面|合|域)', examples: [{ text: '举办大讲堂、大论坛等300余场。', facts: ['300余场'], expect: { category: '培训与活动' } }] },
  { name: 'team', unit: '支', pattern: '支(?!持|撑|援|付|部)', examples: [{ text: '6支队伍参加世界机器人大赛总决赛。', facts: ['6支'], expect: { level: '国际' } }] },
  { name: 'times', unit: '次', pattern: '次(?!数|序|要|日)', examples: [{ text: '公共服务局2次召开意见征集会。', facts: ['2次'], expect: { subject: '召开意见征集会', category: '培训与活动' } }] },
  { name: 'article', unit: '篇', pattern: '篇(?!章|幅)', examples: [{ text: '发表论文85篇。', facts: ['85篇'] }] },
  { name: 'piece', unit: '件', pattern: '件(?!事)', examples: [{ text: '征集作品2000余件。', facts: ['2000余件'] }] },
  { name: 'household', unit: '家', pattern: '家(?!长|庭|乡|园|国|风|教|属|人|门)', examples: [{ text: '与40家企业签约。', facts: ['40家'] }] },
  { name: 'batch', unit: '批', pattern: '批(?!评|准|复)', examples: [{ text: '认定3批示范校。', facts: ['3批'] }, { text: '3批准', facts: [] }] },
  { name: 'yuan', unit: '元', pattern: '元(?!素|旦|首|宇)', examples: [{ text: '人均补助1200元。', facts: ['1200元'], expect: { category: '经费' } }] },
];

/** Approximation words and where they stand relative to the number. */
export const QUALIFIER_RULES = {
  /** Before the number: 近两万名, 约300人, 超过1000项. Longest first. */
  before: ['将近', '接近', '超过', '大约', '近', '约', '逾', '超'],
  /** Between the number and the counting word: 5万余人次, 20多场. */
  between: ['余', '多'],
  /** After the counting word: 100人以上, 50所左右. */
  after: ['以上', '左右'],
};

/** Context of a candidate number that the not-a-fact rules look at. */
export interface CandidateView {
  /** The whole paragraph. */
  para: string;
  /** Offset of the number (after any leading qualifier). */
  start: number;
  /** Offset just past the counting word. */
  end: number;
  /** The number as printed (digits or Chinese numerals, with 万/亿). */
  numText: string;
  /** True when the number is written in Chinese numerals. */
  chinese: boolean;
  /** The parsed value. */
  value: number;
  unit: string;
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

const CLOSE_QUOTES = '”’」』"';
function insideQuotes(para: string, at: number): boolean {
  const from = at - 1;
  if (from < 0) return false;
  const lastOpen = Math.max(para.lastIndexOf('“', from), para.lastIndexOf('「', from), para.lastIndexOf('『', from));
  const lastClose = Math.max(para.lastIndexOf('”', from), para.lastIndexOf('」', from), para.lastIndexOf('』', from));
  if (lastOpen > lastClose) return true;
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
    name: 'quoted-term',
    reason: '引号内的口号或体系名（“5个一”“十项准则”）',
    test: (c) => insideQuotes(c.para, c.start),
    examples: [
      { text: '开展“5个一”活动，落实“十项准则”。', facts: [] },
      { text: '坚持“一个标准”，把握好“两个尺度”。', facts: [] },
    ],
  },
  {
    name: 'summary-after-quote',
    reason: '紧跟引号的汉字数目是对所列口号的概括（“……”两项重点工作）',
    test: (c) => c.chinese && CLOSE_QUOTES.includes(c.para[c.start - 1] ?? ''),
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
    reason: '汉字“一”作量词（一名、一支、一次）不是统计数',
    test: (c) => c.chinese && c.value === 1,
    examples: [{ text: '我作为一名资深教育人，打造一支督学尖兵，每周一次集体学习。', facts: [] }],
  },
  {
    name: 'vague-quantity',
    reason: '约数（数百名、几十个、上千人）',
    test: (c) => /(数|几|若干|上|成)$/.test(c.para.slice(Math.max(0, c.start - 2), c.start)),
    examples: [{ text: '评选学科名师、骨干教师数百名，几十个团队参与。', facts: [] }],
  },
  {
    name: 'frequency',
    reason: '频次（每周一次、每年参加两次）',
    test: (c) => /每[^，。；、]{0,4}$/.test(c.para.slice(Math.max(0, c.start - 5), c.start)),
    examples: [{ text: '每周两次集体学习，每年参加三次市级以上培训。', facts: [] }],
  },
  {
    name: 'page-furniture',
    reason: '页面信息（浏览次数、点击量）',
    test: (c) => /(浏览|阅读|点击|访问)(次数|量|数)?[：:]?\s*$/.test(c.para.slice(Math.max(0, c.start - 6), c.start)),
    examples: [{ text: '发布时间：2024-09-10 浏览次数：1234次', facts: [] }, { text: '阅读 5608次', facts: [] }],
  },
  {
    name: 'inside-latin-token',
    reason: '字母数字组合中的数字（S2C、G5、7th）',
    test: (c) => /[A-Za-z0-9.]$/.test(c.para.slice(c.start - 1, c.start)) || /^[A-Za-z]/.test(c.para.slice(c.start + c.numText.length)),
    examples: [{ text: '构建“S2C”体系，G5个项目', facts: [] }],
  },
];

/** A time span phrase (the fact's period), searched in the sentence before the number. */
export interface PeriodRule {
  name: string;
  pattern: RegExp;
  examples: RuleExample[];
}

/** Each pattern is global; the match nearest before the number wins. */
export const PERIOD_RULES: PeriodRule[] = [
  { name: 'as-of-now', pattern: /截至目前|截止目前|截至\d{4}年(?:\d{1,2}月)?(?:底|末)?|截至今年(?:\d{1,2}月)?|目前已/g, examples: [{ text: '截至目前创建全国全市科创、体育特色学校26所。', facts: ['26所'], expect: { period: '截至目前' } }] },
  { name: 'recent-years', pattern: /近(?:\d+|[两二三四五六七八九十]+)年(?:来)?/g, examples: [{ text: '近4年重庆高新区公开招聘教研员1900余人。', facts: ['1900余人'], expect: { period: '近4年' } }] },
  { name: 'cumulative', pattern: /累计/g, examples: [{ text: '师生累计荣获国家级奖项6100余项。', facts: ['6100余项'], expect: { period: '累计' } }] },
  { name: 'since-span', pattern: /(?:过去)?(?:一|两|三|\d+)年多来|(?:过去)?(?:一|两|三|\d+)年来|近年来|多年来|今年以来|\d{4}年以来/g, examples: [{ text: '一年多来，教师参与市级赛课一等奖28人。', facts: ['28人'], expect: { period: '一年多来' } }] },
  { name: 'relative-year', pattern: /(?:去年|今年|前年)(?:初|底|上半年|下半年)?/g, examples: [{ text: '去年初公共服务局2次召开意见征集会。', facts: ['2次'], expect: { period: '去年初' } }] },
  { name: 'calendar-year', pattern: /(?<!到)\d{4}(?:[—–-]\d{4})?年(?:度)?(?:上半年|下半年)?/g, examples: [{ text: '仅2024年获奖271人次。', facts: ['271人次'], expect: { period: '2024年' } }] },
  { name: 'plan-period', pattern: /“?[十][一二三四五六七八九]五”?(?:期间|以来)/g, examples: [{ text: '“十四五”期间新建学校12所。', facts: ['12所'], expect: { period: '“十四五”期间' } }] },
];

/** Administrative levels, highest first: in a phrase naming several, the highest wins. */
export const LEVEL_RULES: { level: NonNullable<Fact['level']>; pattern: RegExp; examples: RuleExample[] }[] = [
  { level: '国际', pattern: /国际|世界|全球/, examples: [{ text: '6支队伍参加世界机器人大赛总决赛，荣获4个一等奖。', facts: ['6支', '4个'], expect: { level: '国际' } }] },
  { level: '国家级', pattern: /国家级|全国|国家/, examples: [{ text: '其中全国一等奖74人次。', facts: ['74人次'], expect: { level: '国家级' } }] },
  { level: '省部级', pattern: /省部级|部级|省级|全省/, examples: [{ text: '56节入选部级精品课。', facts: ['56节'], expect: { level: '省部级' } }] },
  { level: '市级', pattern: /市级|全市|市属/, examples: [{ text: '全市一等奖474人次。', facts: ['474人次'], expect: { level: '市级' } }] },
  { level: '区级', pattern: /区级|全区|区属/, examples: [{ text: '成立区级名师名班主任工作室15个。', facts: ['15个'], expect: { level: '区级' } }] },
  { level: '校级', pattern: /校级|全校/, examples: [{ text: '组建校级名师研修坊45个。', facts: ['45个'], expect: { level: '校级' } }] },
];

/** Categories in priority order; the first whose words appear in the fact's clause wins. */
export const CATEGORY_RULES: { category: Fact['category']; units?: string[]; pattern: RegExp; examples: RuleExample[] }[] = [
  { category: '经费', units: ['元', '万元', '亿元'], pattern: /经费|资金|投入|投资|补助|奖金/, examples: [{ text: '落实教育经费8.6亿元。', facts: ['8.6亿元'], expect: { category: '经费' } }] },
  { category: '荣誉与奖项', pattern: /奖|荣誉|称号|冠军|表彰|获评|金牌|银牌|铜牌/, examples: [{ text: '全国特等奖、一等奖37人次。', facts: ['37人次'], expect: { category: '荣誉与奖项' } }] },
  { category: '课程', pattern: /课程|课例|精品课|课堂|课/, examples: [{ text: '打磨示范课例3100余节。', facts: ['3100余节'], expect: { category: '课程' } }] },
  { category: '学校', units: ['所'], pattern: /学校|幼儿园|中学|小学|特色校/, examples: [{ text: '新建幼儿园3所。', facts: ['3所'], expect: { category: '学校' } }] },
  { category: '培训与活动', pattern: /培训|讲座|活动|论坛|讲堂|研修(?!坊)|会议|研究会|征集会|交流|比赛|竞赛|大赛/, examples: [{ text: '组织开展系列讲座交流活动20余场。', facts: ['20余场'], expect: { category: '培训与活动' } }] },
  { category: '教师', pattern: /教师|名师|督学|专家|校长|班主任|教研员|工作室|研修坊|老师/, examples: [{ text: '由10名专职督学组成。', facts: ['10名'], expect: { category: '教师' } }] },
  { category: '学生', pattern: /学生|幼儿|毕业生|少年|儿童/, examples: [{ text: '2000余名学生参加。', facts: ['2000余名'], expect: { category: '学生' } }] },
];

/** The subject tables live in subject-patterns.ts. */
export { SUBJECT_TRIM } from './subject-patterns.ts';
