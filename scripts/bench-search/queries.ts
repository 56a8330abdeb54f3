/**
 * The query set: what staff and readers type. `must`: results that must be in the top 10
 * (report slug, or `slug#anchor:text` for a fact record, or `~title words` for a real seed
 * report whose slug ingest chooses). `mustNot`: results that would be false matches.
 * `parts`: the words that make a result relevant for precision@1 (default: the query itself);
 * any result whose text holds all of them counts as a correct first hit.
 */
export interface Query {
  q: string; kind: string; must: string[]; mustNot?: string[]; parts?: string[];
  /**
   * Fact-versus-report ranking: what the search page shows first. `report`: the first result of
   * its 报道 list (the list it opens on); `fact`: a fact of that report shown beneath it (among
   * the first 30 fact results, which the page groups under their reports).
   */
  first?: { report?: string; fact?: string };
}

const R = '2024-08-20-shijie-jiqiren-dasai';
const RD = '2023-05-10-renda-daibiao-shicha';
const DX = '2022-11-03-zeren-duxue';
const MY = '2024-01-15-jiazhang-manyidu';
const XJ = '2024-08-28-xinjiaoshi-ruzhi-peixun';
const JX = '2023-09-01-zhongxiaoxuesheng-junxun';
const JN = '2025-06-12-jiaoshi-jineng-dasai';
const ZQ = '2021-11-20-qingshaonian-zuqiu';
const ZH = '2025-03-05-zhihui-ketang';
const YY = '2020-09-10-yingyang-wucan';
const XL = '2022-05-25-xinli-jiankang';
const GK = '2024-06-30-gaokao-chengji';
const SQ = '2024-07-20-shuqi-quanyuan-peixun';
const ST = '2023-04-18-jiqiren-shetuan';
const PH = '2025-09-15-puhui-youeryuan';
const WH = '2022-12-01-wang-xiaohu-shufa';
const AQ = '2023-03-08-xiaoyuan-anquan';
const YD = '2024-04-23-yuedujie';
const FT = '2023-10-12-fanti-xuexiao-cangshu';
/** Seed 004 (亮出督导真功夫) once ingest has written it. */
const SEED_DUDAO = '~督导';
/** Seed 000 (以“新智慧教育”实绩绘…). */
const SEED_ZHIHUI = '~新智慧教育';

export const QUERIES: Query[] = [
  // single words
  { q: '督学', kind: 'word', must: [DX, `${DX}#p-1:46名`] },
  { q: '军训', kind: 'word', must: [JX, `${JX}#p-1:3800名`] },
  { q: '满意度', kind: 'word', must: [MY, `${MY}#p-1:97.3%`] },
  { q: '机器人', kind: 'word', must: [R, ST] },
  { q: '足球', kind: 'word', must: [ZQ] },
  { q: '书法', kind: 'word', must: [WH], mustNot: [R] },
  { q: '营养', kind: 'word', must: [YY] },
  { q: '心理', kind: 'word', must: [XL] },
  { q: '高考', kind: 'word', must: [GK] },
  { q: '隐患', kind: 'word', must: [AQ, `${AQ}#p-1:137处`] },
  { q: '幼儿园', kind: 'word', must: [PH, DX] },
  { q: '图书馆', kind: 'word', must: [YD] },
  { q: '督导', kind: 'word', must: [DX, SEED_DUDAO] },
  // single characters
  { q: '军', kind: 'char', must: [JX] },
  { q: '足', kind: 'char', must: [ZQ] },
  // 2–6 character phrases
  { q: '世界机器人大赛', kind: 'phrase', must: [R], mustNot: [ST, WH] },
  { q: '责任督学', kind: 'phrase', must: [DX] },
  { q: '挂牌督导', kind: 'phrase', must: [DX] },
  { q: '人大代表', kind: 'phrase', must: [RD], mustNot: [R, ST] },
  { q: '人大', kind: 'phrase', must: [RD], mustNot: [ST] },
  { q: '家长满意度', kind: 'phrase', must: [MY] },
  { q: '新教师', kind: 'phrase', must: [XJ] },
  { q: '入职培训', kind: 'phrase', must: [XJ] },
  { q: '国防教育', kind: 'phrase', must: [JX] },
  { q: '智慧课堂', kind: 'phrase', must: [ZH] },
  { q: '心理健康', kind: 'phrase', must: [XL] },
  { q: '普惠性幼儿园', kind: 'phrase', must: [PH, `${PH}#p-1:92.6%`] },
  { q: '校园安全', kind: 'phrase', must: [AQ, DX] },
  { q: '阅读节', kind: 'phrase', must: [YD] },
  { q: '青少年足球', kind: 'phrase', must: [ZQ] },
  { q: '教学技能大赛', kind: 'phrase', must: [JN], mustNot: [R] },
  { q: '暑期培训', kind: 'phrase', must: [SQ], parts: ['暑期', '培训'] },
  // numbers
  { q: '271', kind: 'number', must: [XJ, `${XJ}#p-1:271名`] },
  { q: '97.3', kind: 'number', must: [MY, `${MY}#p-1:97.3%`] },
  { q: '3800', kind: 'number', must: [JX] },
  { q: '583', kind: 'number', must: [GK, `${GK}#p-1:583人`] },
  { q: '92.6%', kind: 'number', must: [PH], parts: ['92.6'] },
  { q: '137处', kind: 'number', must: [AQ, `${AQ}#p-1:137处`] },
  { q: '1.2亿元', kind: 'number', must: [YY, `${YY}#p-1:1.2亿元`] },
  // names
  { q: '王小龙', kind: 'name', must: [R], mustNot: [WH] },
  { q: '李晓梅', kind: 'name', must: [JN] },
  { q: '王小虎', kind: 'name', must: [WH], mustNot: [R] },
  // The seeds' reporters, named only in their bylines (issue 23: three of the four found nothing).
  { q: '文秀月', kind: 'byline', must: [SEED_DUDAO, SEED_ZHIHUI] },
  { q: '胡志英', kind: 'byline', must: [SEED_DUDAO] },
  { q: '江海波', kind: 'byline', must: [SEED_ZHIHUI] },
  { q: '胡忠英', kind: 'byline', must: [SEED_ZHIHUI] },
  // mixed
  { q: '机器人一等奖', kind: 'mixed', must: [R, `${R}#p-1:12项`], mustNot: [ST], parts: ['机器人', '一等奖'] },
  // 88 of the 170 bench reports hold both 教师 and 一等奖 (67 in one sentence: the fillers repeat
  // seed 000's prize paragraphs), most more often than the two-paragraph needle, so no ranking
  // can promise the needle's page a top-10 place; its fact (9名 teachers with a first prize) is
  // the answer this query must find. The needle's page is required by 教学技能大赛, 李晓梅 and
  // 技能大赛一等奖 below.
  { q: '教师一等奖', kind: 'mixed', must: [`${JN}#p-1:9名`], parts: ['教师', '一等奖'] },
  { q: '技能大赛一等奖', kind: 'mixed', must: [JN, `${JN}#p-1:9名`], parts: ['技能大赛', '一等奖'] },
  { q: '一等奖', kind: 'fact', must: [`${R}#p-1:12项`, `${JN}#p-1:9名`] },
  { q: '2024 满意度', kind: 'mixed', must: [MY], parts: ['2024', '满意度'] },
  { q: 'AI 编程', kind: 'mixed', must: [ZH] },
  { q: '检查人员', kind: 'fact', must: [AQ], mustNot: [`${AQ}#p-2:60余人次`] },
  // traditional and simplified characters find each other (both sides folded, script-fold.js)
  { q: '學校圖書館', kind: 'traditional', must: [FT], parts: ['学校', '图书馆'] },
  { q: '藏书', kind: 'traditional', must: [FT, `${FT}#p-1:2萬冊`] },
  { q: '新增藏書', kind: 'traditional', must: [FT, `${FT}#p-1:2萬冊`], parts: ['新增藏书'] },
  { q: '督學', kind: 'traditional', must: [DX, `${DX}#p-1:46名`], parts: ['督学'] },
  { q: '滿意度', kind: 'traditional', must: [MY], parts: ['满意度'] },
  { q: '軍訓', kind: 'traditional', must: [JX], parts: ['军训'] },
  // fact versus report: the search page opens on the report, its fact heads the 数据 list
  { q: '家长满意度', kind: 'ranking', must: [MY], first: { report: MY, fact: `${MY}#p-1:97.3%` } },
  { q: '责任督学', kind: 'ranking', must: [DX], first: { report: DX, fact: `${DX}#p-1:46名` } },
  { q: '世界机器人大赛', kind: 'ranking', must: [R], first: { report: R, fact: `${R}#p-1:12项` } },
  { q: '新教师入职培训', kind: 'ranking', must: [XJ], first: { report: XJ, fact: `${XJ}#p-1:271名` } },
  { q: '参加军训', kind: 'ranking', must: [JX], first: { report: JX, fact: `${JX}#p-1:3800名` }, parts: ['军训'] },
  { q: '排查整改隐患', kind: 'ranking', must: [AQ], first: { report: AQ, fact: `${AQ}#p-1:137处` } },
  // words that appear nowhere: any result is a false match
  { q: '量子计算', kind: 'none', must: [] },
  { q: '航天员', kind: 'none', must: [] },
  { q: '火锅', kind: 'none', must: [] },
  { q: '奥运冠军', kind: 'none', must: [] },
];
