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

/** Counting words, longest first (人次 before 人, 个月 before 个). 万/亿 are never part of one: they multiply. */
export const UNIT_RULES: UnitRule[] = [
  { name: 'person-times', unit: '人次', pattern: '人次', examples: [{ text: '参加培训教师达5万余人次。', facts: ['5万余人次'], expect: { value: 50000, unit: '人次', qualifier: '余' } }] },
  {
    name: 'yuan-multiplied',
    unit: '元',
    pattern: '元(?!素|旦|首|宇)',
    examples: [
      { text: '投入经费300万元。', facts: ['300万元'], expect: { value: 3000000, unit: '元', category: '经费' } },
      { text: '累计投入资金1.5亿元。', facts: ['1.5亿元'], expect: { value: 150000000, unit: '元', period: '累计' } },
      { text: '爱心人士捐出善款六十余万元。', facts: ['六十余万元'], expect: { value: 600000, unit: '元', qualifier: '余' } },
      { text: '全年财政教育支出4.2万亿元。', facts: ['4.2万亿元'], expect: { value: 4.2e12, unit: '元' } },
      { text: '人均补助1200元。', facts: ['1200元'], expect: { category: '经费' } },
    ],
  },
  { name: 'percentage-points', unit: '个百分点', pattern: '个百分点', examples: [{ text: '优良率提高3.5个百分点。', facts: ['3.5个百分点'], expect: { value: 3.5 } }] },
  { name: 'months', unit: '个月', pattern: '个[多余]?月', examples: [{ text: '筹备工作历时一个多月，展览持续近三个月。', facts: ['一个多月', '三个月'], expect: { value: 1, unit: '个月', qualifier: '多' } }] },
  { name: 'percent', unit: '%', pattern: '[%％]', examples: [{ text: '教育的社会满意度达97.3%。', facts: ['97.3%'], expect: { value: 97.3, unit: '%', subject: '教育的社会满意度' } }] },
  { name: 'person-named', unit: '名', pattern: '名(?!义|称|列|次|单|字)', examples: [{ text: '邀请名师大咖500余名。', facts: ['500余名'], expect: { value: 500, qualifier: '余' } }, { text: '近两万名学生参加。', facts: ['两万名'], expect: { value: 20000, qualifier: '近', category: '学生' } }] },
  { name: 'person', unit: '人', pattern: '人(?!民|才|员|工|文|格|口|类|士|大|次)', examples: [{ text: '公开招聘教研员、骨干教师等1900余人。', facts: ['1900余人'], expect: { value: 1900, unit: '人', category: '教师' } }, { text: '全镇干部群众共千余人到场。', facts: ['千余人'], expect: { value: 1000, qualifier: '余' } }] },
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
  { name: 'copy', unit: '份', pattern: '份(?!额|子|量|儿)', examples: [{ text: '回收家长问卷3200余份。', facts: ['3200余份'] }, { text: '占全校份额的一半', facts: [] }] },
  { name: 'strip', unit: '条', pattern: '条(?!件|例|款|理|幅|线|形|码|块|纹|约|目|规)', examples: [{ text: '梳理整改建议46条。', facts: ['46条'] }, { text: '具备3条件', facts: [] }] },
  { name: 'mu', unit: '亩', pattern: '亩', examples: [{ text: '新校区占地210亩。', facts: ['210亩'] }] },
  { name: 'square-metre', unit: '平方米', pattern: '(?:平方米|平米|㎡)', examples: [{ text: '新建教学楼1.2万平方米。', facts: ['1.2万平方米'], expect: { value: 12000, unit: '平方米' } }] },
  { name: 'volume', unit: '册', pattern: '册(?!子|封)', examples: [{ text: '图书馆新增图书2000册。', facts: ['2000册'] }, { text: '发放3册子', facts: [] }, { text: '送来近万册图书。', facts: ['万册'], expect: { value: 10000, qualifier: '近' } }] },
  { name: 'device', unit: '台', pattern: '台(?!湾|阶|上|下|风|词|账|前|面|球|海|州|江|北|南|胞|资|港)', examples: [{ text: '为学校配备平板电脑120台。', facts: ['120台'] }, { text: '走上3台阶', facts: [] }] },
  { name: 'set', unit: '套', pattern: '套(?!餐|路|话|用|装)', examples: [{ text: '捐赠课桌椅300套。', facts: ['300套'] }, { text: '推出2套餐', facts: [] }] },
  { name: 'room', unit: '间', pattern: '间(?!隙|断|接|歇|谍|距|隔)', examples: [{ text: '改造功能教室18间。', facts: ['18间'] }, { text: '每2间隔', facts: [] }] },
  { name: 'week', unit: '周', pattern: '周(?!年|岁|边|末|围|刊|报|期|转|密|全|到|知|[一二三四五六日])', examples: [{ text: '集中培训为期两周。', facts: ['两周'], expect: { value: 2, unit: '周' } }, { text: '迎来建校60周年。', facts: [] }] },
  { name: 'day', unit: '天', pattern: '天(?!然|气|地|空|下|堂|文|才|使|真|赋|河|桥|府|性|生|线|津|坛|鹅|宫)', examples: [{ text: '研学活动共持续4天。', facts: ['4天'] }, { text: '每名学生每天3元餐费补助。', facts: ['3元'] }] },
  { name: 'kind', unit: '类', pattern: '类(?!似|别|型|比|推)', examples: [{ text: '课程分为四类。', facts: ['四类'], expect: { value: 4, unit: '类' } }] },
  { name: 'campus', unit: '校', pattern: '校(?!生|区|园|长|友|训|服|庆|内|外|级|车|医|徽|歌|史|本|际|准|对|验|正|企|地|方|舍|门|址|名|风|规|领|务|党|团)', examples: [{ text: '三校共有学生2600人。', facts: ['三校', '2600人'], expect: { value: 3, unit: '校' } }, { text: '3校区同时开课', facts: [] }] },
  { name: 'city', unit: '市', pattern: '市(?!民|场|级|委|长|政|属|内|外|里|值|面|容|直|辖|井|郊|府|局|教|中)', examples: [{ text: '全省12市的评估组参加。', facts: ['12市'] }, { text: '拨打12345市民热线', facts: [] }] },
  { name: 'county', unit: '县', pattern: '县(?!级|域|委|长|城|里|内|外|政|属|镇|乡|志|令|府|中|教)', examples: [{ text: '覆盖全省58县。', facts: ['58县'] }, { text: '38县级单位', facts: [] }] },
  { name: 'medal', unit: '枚', pattern: '枚', examples: [{ text: '代表队共获得金牌11枚，其中5枚为团体项目。', facts: ['11枚', '5枚'], expect: { value: 11, unit: '枚' } }] },
  // A medal tally: 2金3银1铜 (each part a fact, its unit the medal).
  { name: 'gold', unit: '金', pattern: '金(?=\\s*[\\d一二三四五六七八九十两]+\\s*[银铜])', examples: [{ text: '该校选手拿下2金3银1铜的好成绩。', facts: ['2金', '3银', '1铜'], expect: { value: 2, unit: '金' } }, { text: '奖金3万元发放到位。', facts: ['3万元'] }] },
  { name: 'silver', unit: '银', pattern: '银(?=\\s*[\\d一二三四五六七八九十两]+\\s*铜|的|、|，|,|。)', examples: [{ text: '取得1金1银的成绩。', facts: ['1金', '1银'], expect: { value: 1, unit: '金' } }] },
  { name: 'bronze', unit: '铜', pattern: '铜(?=的|、|，|,|。)', examples: [{ text: '收获4银2铜。', facts: ['4银', '2铜'], expect: { value: 4, unit: '银' } }] },
  { name: 'vote', unit: '票', pattern: '票(?!据|价|房|务|证)', examples: [{ text: '网络投票累计收到8000余票。', facts: ['8000余票'], expect: { value: 8000, qualifier: '余' } }] },
  { name: 'vehicle', unit: '辆', pattern: '辆', examples: [{ text: '学校租用20辆大巴车接送学生。', facts: ['20辆'] }] },
  { name: 'class', unit: '班', pattern: '班(?!主任|级|子|长|会|车|次|底|组|委|额|干部|风|训|务|级)', examples: [{ text: '新校区建设规模36班，提供1620个学位。', facts: ['36班', '1620个'], expect: { value: 36, unit: '班' } }, { text: '三(2)班的同学表演了节目。', facts: [] }] },
  { name: 'edition', unit: '届', pattern: '届(?!时|满|中|毕业)', examples: [{ text: '该活动已连续举办五届。', facts: ['五届'], expect: { value: 5, unit: '届' } }, { text: '第十二届科技节开幕。', facts: [] }] },
  { name: 'hour', unit: '小时', pattern: '(?:个)?小时', examples: [{ text: '保证学生每天校内体育活动1小时。', facts: ['1小时'], expect: { value: 1, unit: '小时' } }] },
  { name: 'money-colloquial', unit: '块', pattern: '块(?=钱)', examples: [{ text: '每人只需交50块钱。', facts: ['50块'], expect: { value: 50, unit: '块' } }] },
  { name: 'provinces', unit: '省区', pattern: '省(?:区市|区|份|市)', examples: [{ text: '图书送往七省区的九所学校。', facts: ['七省区', '九所'], expect: { value: 7, unit: '省区' } }] },
];

/**
 * A number with a printed 万/亿 and no counting word (超过2500万, 8万教师): the schema needs a
 * unit, so the magnitude word stands in for the missing counter; the value is multiplied out all
 * the same. Only after Arabic digits: 十万火急 is an idiom, not a count.
 */
export const BARE_MAGNITUDE_EXAMPLES: RuleExample[] = [
  { text: '惠及农村学生超过2500万。', facts: ['2500万'], expect: { value: 25000000, unit: '万', qualifier: '超过' } },
  { text: '全省8万教师参与培训。', facts: ['8万'], expect: { value: 80000, unit: '万' } },
  { text: '此事十万火急。', facts: [] },
];

/**
 * Shares written as fractions (超过2/3, 近1/5, 三分之一; 百分之六十 is a percentage). Like a bare
 * magnitude a fraction has no counting word, so `unit` names the kind: 分数.
 */
export const FRACTION = {
  unit: '分数',
  slash: /(?<![\d./:-])(\d{1,2})\/(\d{1,3})(?![\d/.:-])/g,
  chinese: /([一二三四五六七八九十百千]+|\d+)分之(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)/g,
  /** Words that lead a share: a slash fraction needs one of these, a qualifier, or a trail. */
  lead: /(?:占|达|为|是|约|仅|及|有)$/,
  trail: /^(?:的|强|弱)/,
  examples: [
    { text: '住校生超过2/3，留守儿童近1/5。', facts: ['2/3', '1/5'], expect: { value: 0.666667, unit: '分数', qualifier: '超过' } },
    { text: '三分之一的教师参加了轮岗。', facts: ['三分之一'], expect: { value: 0.333333, unit: '分数' } },
    { text: '优秀率达到百分之九十。', facts: ['百分之九十'], expect: { value: 90, unit: '%' } },
    { text: '发布于 2019/10/8，第3/12页', facts: [] },
  ] as RuleExample[],
};

/** Rules over the whole text rather than one counting word, with their examples. */
export const TEXT_RULES: { name: string; examples: RuleExample[] }[] = [
  { name: 'bare-magnitude', examples: BARE_MAGNITUDE_EXAMPLES },
  { name: 'fraction', examples: FRACTION.examples },
  {
    // extract.ts folds traditional characters for matching only: text, unit and subject stay as printed.
    name: 'traditional-script',
    examples: [
      { text: '全縣新建學校12所，惠及學生兩萬名。', facts: ['12所', '兩萬名'], expect: { unit: '所', subject: '學校', category: '学校' } },
      { text: '共投入資金3.5億元。', facts: ['3.5億元'], expect: { value: 350000000, unit: '元', category: '经费' } },
      { text: '評選出優秀課例86個、獲獎項目12項。', facts: ['86個', '12項'], expect: { value: 86, unit: '個', category: '课程' } },
      { text: '培訓歷時三個多月。', facts: ['三個多月'], expect: { value: 3, unit: '個月', qualifier: '多' } },
      { text: '參訓教師超過1.8萬人次。', facts: ['1.8萬人次'], expect: { value: 18000, unit: '人次', qualifier: '超過' } },
      { text: '這三名學生都來自農村。', facts: [] },
    ],
  },
  {
    name: 'repeated-figure',
    examples: [
      { text: '全市新建学校12所。据介绍，全市新建学校12所，新增学位9000个。', facts: ['12所', '9000个'] },
      { text: '评出一等奖4人、二等奖4人。', facts: ['4人', '4人'] },
      { text: '张三等15人获“甲奖”，李四等15人获“乙奖”。', facts: ['15人', '15人'] },
      { text: '中央下达1500亿支持校舍改造。中央财政下达资金1500亿元。', facts: ['1500亿元'], expect: { value: 150000000000, unit: '元' } },
    ],
  },
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

/** The not-a-fact tables live in not-a-fact-patterns.ts. */
export { NOT_A_FACT_RULES, type CandidateView, type NotAFactRule } from './not-a-fact-patterns.ts';

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
  { category: '经费', units: ['元'], pattern: /经费|资金|投入|投资|补助|奖金/, examples: [{ text: '落实教育经费8.6亿元。', facts: ['8.6亿元'], expect: { category: '经费', value: 860000000, unit: '元' } }] },
  { category: '荣誉与奖项', pattern: /奖|荣誉|称号|冠军|表彰|获评|金牌|银牌|铜牌/, examples: [{ text: '全国特等奖、一等奖37人次。', facts: ['37人次'], expect: { category: '荣誉与奖项' } }] },
  { category: '课程', pattern: /课程|课例|精品课|课堂|课/, examples: [{ text: '打磨示范课例3100余节。', facts: ['3100余节'], expect: { category: '课程' } }] },
  { category: '学校', units: ['所'], pattern: /学校|幼儿园|中学|小学|特色校/, examples: [{ text: '新建幼儿园3所。', facts: ['3所'], expect: { category: '学校' } }] },
  { category: '培训与活动', pattern: /培训|讲座|活动|论坛|讲堂|研修(?!坊)|会议|研究会|征集会|交流|比赛|竞赛|大赛/, examples: [{ text: '组织开展系列讲座交流活动20余场。', facts: ['20余场'], expect: { category: '培训与活动' } }] },
  { category: '教师', pattern: /教师|名师|督学|专家|校长|班主任|教研员|工作室|研修坊|老师/, examples: [{ text: '由10名专职督学组成。', facts: ['10名'], expect: { category: '教师' } }] },
  { category: '学生', pattern: /学生|幼儿|毕业生|少年|儿童/, examples: [{ text: '2000余名学生参加。', facts: ['2000余名'], expect: { category: '学生' } }] },
];

/** The subject tables live in subject-patterns.ts. */
export { SUBJECT_TRIM } from './subject-patterns.ts';
