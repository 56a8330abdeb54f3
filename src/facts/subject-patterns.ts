/**
 * The subject heuristics as named tables: the word lists `rules/derive-subjects.ts` uses and,
 * for every step of it, the examples it must get right (`tests/facts/patterns.test.ts` runs
 * them through the real extractor and checks that every step has examples).
 */
import type { RuleExample } from './patterns.ts';

/** Words trimmed from the start / end of a subject: they frame the number, not what it counts. */
export const SUBJECT_TRIM = {
  leading: /^(?:的|其中|并且|并|共计|共有|共|累计|仅|还|已经|已|先后|此外|同时|目前|现有|全区|重庆高新区|高新区|荣获|获得|斩获|建立|成立|组建|创建|新建|遴选出|遴选|邀请|举办|组织开展|开展|打磨|拥有|建成|[、，：]|\s)+/,
  trailing: /(?:已达到|已达|达到|达|为|有|共|计|超过|近|约|逾|总数|数量|\s)+$/,
  /** Verbs inside the clause before the number: what follows the last of them is the counted thing (举办科普讲座30场 → 科普讲座). */
  innerVerbs: /(?:举办|开展|组织|建成|组建|建立|成立|创建|新建|遴选出|邀请|招聘|打磨|设置|开设|引进)/g,
  /** A clause after the number that starts with one of these verbs names what was counted (2次召开意见征集会). */
  postVerbs: /^(?:召开|举办|开展|入选|参加|获得|获|荣获|开设|建成|新建|组建|成立|发布)/,
  /** A clause before the number ending in a function word does not name what is counted (组建了一支由10名…). */
  danglingEnd: /[由的了是和与及把将对向从在]$/,
  maxLength: 30,
};

/**
 * Number + counting word + noun (10名专职督学, 6支队伍参加…, 40名…的优秀骨干): the words that end
 * the counted noun phrase and start what is said about it.
 */
export const COUNTED_NOUN = {
  /** Adverbs and verbs that open the predicate after the noun (队伍|参加…, 教师队伍|均成功卫冕…). */
  predicateStart: /均|都|全部|分别|共同|先后|相继|纷纷|顺利|成功|参加|参与|参赛|入选|获得|荣获|卫冕|组成|召开|举办|开展|完成|进入|晋级|承担|报名|走进|受益|考入|签约|通过|加入|来自|覆盖|获评/,
  /** Adverbs dropped from the front of that predicate before it becomes a relative clause. */
  predicateAdverbs: /^(?:均|都|全部|分别|共同|先后|相继|纷纷|顺利|成功)+/,
  /** A conjunction ends the noun phrase when no 的 precedes it (10名专职督学和若干兼职督学 → 专职督学). */
  conjunction: /和|与|及|以及|或/,
  /** A predicate at least this long is kept as a relative clause (参加世界机器人大赛总决赛的队伍). */
  predicateMinLength: 4,
  /** Longest noun phrase without 的 taken as the counted thing; longer runs are clauses, not nouns. */
  maxNounLength: 12,
  /** A short list right before the number is an apposition (音乐、体育、美术三支教师队伍): its items, 2–6 characters each. */
  appositionList: /^(?:[^、，。；：\s]{1,6}、)+[^、，。；：\s]{1,6}等?$/,
};

/** A later item of an enumeration (A一等奖28人、二等奖8人) that takes the first item's head or tail. */
export const ENUMERATION = {
  /** The later item's own words: at most this long, else it names its thing in full. */
  maxItemLength: 4,
  /** A later item that is only a level word swaps it into the first item's subject (…国家级奖项及荣誉300余项、市级1000余项). */
  levelWord: /国家级|全国|国家|省部级|部级|省级|全省|市级|全市|区级|全区|校级|全校|国际|世界/,
};

/** "A、B等C": named examples before 等 (唐江澎、华应龙等全国名校长名师领航工作室 → 全国名校长名师领航工作室). */
export const EXAMPLES_BEFORE_DENG = {
  /** The list before 等 (at least one 、) and the head after it; 等奖 (一等奖) is a prize grade, not 等. */
  pattern: /^[^，。；]*?、[^，。；]*?(?<![一二三四五六七八九十特])等(?!奖)(.+)$/,
  /** The head after 等 must be this long for the examples to be dropped (…等活动 keeps its examples). */
  minHead: 4,
};

/** A bare prize name gets the contest named earlier in the sentence (荣获4个一等奖 → 世界机器人大赛一等奖). */
export const AWARD_CONTEST = {
  bareAward: /^(?:[一二三四五六七八九十特]等奖|[金银铜]奖|[金银铜]牌|冠军|亚军|季军|优秀奖)$/,
  contest: /[^，。；：、“”《》\s]{2,16}?(?:大赛|比赛|竞赛|锦标赛|联赛|运动会|挑战赛|邀请赛|展演|评选)/g,
  /** Words before the contest name that are not part of it (队伍参加世界机器人大赛 → 世界机器人大赛). */
  lead: /^(?:.*(?:参加|参与|举办|举行|组织|在|于|赴))?(?:第[^届]{1,3}届)?/,
};

/** "…获奖636人次，其中全国一等奖74人次": a prize counted under 其中 is won by the actor of the total before it. */
export const SUBSET_OF_TOTAL = {
  /** The clause opens with this word. */
  opener: /^其中/,
  /** The item names a prize or honour. */
  award: /奖|荣誉|称号/,
  /** The total's subject: its actor is what precedes the first of these verbs (教师|参加…获奖), 1–4 characters. */
  actorEnd: /参加|参与|获得|荣获|获/,
  maxActor: 4,
};

/** The steps of derive-subjects, in order, each with the examples it must get right. */
export const SUBJECT_RULES: { name: string; examples: RuleExample[] }[] = [
  {
    name: 'verb-after',
    examples: [
      { text: '公共服务局2次召开意见征集会。', facts: ['2次'], expect: { subject: '召开意见征集会' } },
      { text: '全区有15节入选市级精品课。', facts: ['15节'], expect: { subject: '入选市级精品课' } },
    ],
  },
  {
    name: 'counted-noun-after',
    examples: [
      { text: '组建了一支由10名专职督学和若干兼职督学组成的督学队伍。', facts: ['10名'], expect: { subject: '专职督学' } },
      { text: '6支队伍参加世界机器人大赛总决赛。', facts: ['6支'], expect: { subject: '参加世界机器人大赛总决赛的队伍' } },
      { text: '遴选出40名具备一定数字化水平、对数字教育满怀热忱的优秀骨干参加培训。', facts: ['40名'], expect: { subject: '参加培训的优秀骨干' } },
      { text: '本学期共有120名热爱科学和艺术的青年教师。', facts: ['120名'], expect: { subject: '青年教师' } },
      { text: '辐射带动周边8所乡村学校。', facts: ['8所'], expect: { subject: '乡村学校' } },
      { text: '3名学生获评市级优秀学生干部。', facts: ['3名'], expect: { subject: '获评市级优秀学生干部的学生' } },
    ],
  },
  {
    name: 'apposition-list',
    examples: [
      { text: '音乐、体育、美术三支教师队伍均成功卫冕全市基本功大赛团体一等奖。', facts: ['三支'], expect: { subject: '卫冕全市基本功大赛团体一等奖的教师队伍（音乐、体育、美术）' } },
      { text: '开设书法、围棋、街舞等20门校本课程。', facts: ['20门'], expect: { subject: '校本课程（书法、围棋、街舞等）' } },
    ],
  },
  {
    name: 'clause-before',
    examples: [
      { text: '参加培训教师达5万余人次。', facts: ['5万余人次'], expect: { subject: '参加培训教师' } },
      { text: '截至目前创建全国特色学校26所。', facts: ['26所'], expect: { subject: '全国特色学校' } },
    ],
  },
  {
    name: 'examples-before-deng',
    examples: [
      { text: '建立唐江澎、华应龙等全国名校长名师领航工作室6个。', facts: ['6个'], expect: { subject: '全国名校长名师领航工作室' } },
      { text: '引进清华附中、北师大附中等优质教育资源品牌5个。', facts: ['5个'], expect: { subject: '优质教育资源品牌' } },
      { text: '举办大讲堂、大论坛等300余场。', facts: ['300余场'], expect: { subject: '大讲堂、大论坛等' } },
    ],
  },
  {
    name: 'enumeration-inherits',
    examples: [
      { text: '教师参与市级赛课、基本功大赛一等奖28人、二等奖8人。', facts: ['28人', '8人'], expect: { subject: '教师参与市级赛课、基本功大赛一等奖' } },
      { text: '学生获省级科技创新大赛一等奖12人、三等奖30人。', facts: ['12人', '30人'] },
      { text: '师生荣获国家级奖项及荣誉300余项、市级1000余项。', facts: ['300余项', '1000余项'], expect: { subject: '师生荣获国家级奖项及荣誉' } },
      { text: '现有正高级教师8人、市级骨干教师210名。', facts: ['8人', '210名'], expect: { subject: '正高级教师' } },
    ],
  },
  {
    name: 'subset-of-total',
    examples: [
      { text: '教师参加市级以上优质课竞赛获奖636人次，其中全国一等奖74人次、全市一等奖474人次。', facts: ['636人次', '74人次', '474人次'] },
      { text: '学生参加科技创新大赛获奖120人，其中女生56人。', facts: ['120人', '56人'] },
    ],
  },
  {
    name: 'award-gets-contest',
    examples: [
      { text: '6支队伍参加世界机器人大赛总决赛，荣获4个一等奖，2个三等奖。', facts: ['6支', '4个', '2个'] },
      { text: '学校代表队在全国青少年航模锦标赛中夺得2个冠军。', facts: ['2个'], expect: { subject: '全国青少年航模锦标赛冠军' } },
    ],
  },
];

/** Subjects the examples above expect beyond the first fact: [example text, fact index, subject]. */
export const SUBJECT_MORE_EXPECTED: [string, number, string][] = [
  ['教师参与市级赛课、基本功大赛一等奖28人、二等奖8人。', 1, '教师参与市级赛课、基本功大赛二等奖'],
  ['学生获省级科技创新大赛一等奖12人、三等奖30人。', 1, '学生获省级科技创新大赛三等奖'],
  ['师生荣获国家级奖项及荣誉300余项、市级1000余项。', 1, '师生荣获市级奖项及荣誉'],
  ['现有正高级教师8人、市级骨干教师210名。', 1, '市级骨干教师'],
  ['6支队伍参加世界机器人大赛总决赛，荣获4个一等奖，2个三等奖。', 1, '世界机器人大赛一等奖'],
  ['6支队伍参加世界机器人大赛总决赛，荣获4个一等奖，2个三等奖。', 2, '世界机器人大赛三等奖'],
  ['教师参加市级以上优质课竞赛获奖636人次，其中全国一等奖74人次、全市一等奖474人次。', 1, '教师获全国一等奖'],
  ['教师参加市级以上优质课竞赛获奖636人次，其中全国一等奖74人次、全市一等奖474人次。', 2, '教师获全市一等奖'],
  ['学生参加科技创新大赛获奖120人，其中女生56人。', 1, '女生'],
];
