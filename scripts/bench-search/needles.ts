/**
 * Hand-written fixture reports that the benchmark queries are about. Each is a small report
 * (front matter per src/schema/report.ts); `facts` anchors follow the body's paragraph order.
 * Some are near misses on purpose (机器人社团 vs 世界机器人大赛, 王小虎 vs 王小龙, 人大代表 vs 机器人大赛).
 */
import { paragraphAnchor } from '../../src/facts/anchors.ts';
export interface NeedleFact { anchor: string; text: string; value: number; unit: string; subject: string; sentence: string }
export interface Needle {
  slug: string;
  title: string;
  kicker: string | null;
  date: string;
  topics: string[];
  paragraphs: string[];
  facts: NeedleFact[];
  /** Facts staff hid (factCorrections hidden: true): must not be searchable. */
  hidden?: NeedleFact[];
}

function fact(paragraphs: string[], p: number, text: string, value: number, unit: string, subject: string): NeedleFact {
  const para = paragraphs[p - 1] ?? '';
  const sentence = para.split(/(?<=[。！？])/).find((s) => s.includes(text)) ?? para;
  return { anchor: paragraphAnchor(p), text, value, unit, subject, sentence };
}

function needle(n: Omit<Needle, 'facts' | 'hidden'>, facts: (ps: string[]) => NeedleFact[], hidden?: (ps: string[]) => NeedleFact[]): Needle {
  return { ...n, facts: facts(n.paragraphs), hidden: hidden?.(n.paragraphs) };
}

export const NEEDLES: Needle[] = [
  needle({ slug: '2024-08-20-shijie-jiqiren-dasai', title: '我区学子在世界机器人大赛中斩获佳绩', kicker: '科创高新·智慧教育', date: '2024-08-20', topics: ['科技教育'],
    paragraphs: [
      '8月中旬，2024世界机器人大赛在北京落下帷幕。重庆高新区代表队共获一等奖12项、二等奖8项，获奖数量创历史新高。',
      '指导教师王小龙介绍，参赛学生利用课后服务时间开展了为期半年的集训，在编程、结构搭建和现场调试上下足了功夫。',
      '近年来，高新区把人工智能教育纳入中小学课程体系，建成创客空间36个，为学生参加各级科创竞赛打下了基础。',
    ] }, (ps) => [fact(ps, 1, '12项', 12, '项', '世界机器人大赛一等奖'), fact(ps, 1, '8项', 8, '项', '世界机器人大赛二等奖'), fact(ps, 3, '36个', 36, '个', '创客空间')]),
  needle({ slug: '2023-05-10-renda-daibiao-shicha', title: '区人大代表视察新建学校', kicker: null, date: '2023-05-10', topics: ['学校建设'],
    paragraphs: [
      '5月10日，区人大代表一行15人视察了高新区新建中小学校的建设进度，详细了解学位供给和配套设施情况。',
      '代表们指出，要坚持高标准建设、高质量办学，确保新学校按期投用，让群众在家门口上好学。',
    ] }, (ps) => [fact(ps, 1, '15人', 15, '人', '视察的人大代表')]),
  needle({ slug: '2022-11-03-zeren-duxue', title: '责任督学挂牌督导实现全覆盖', kicker: '教育督导', date: '2022-11-03', topics: ['教育督导'],
    paragraphs: [
      '高新区全面推行中小学校责任督学挂牌督导制度，聘任专兼职责任督学46名，实现中小学校和幼儿园挂牌督导全覆盖。',
      '责任督学每月到校开展经常性督导，重点关注校园安全、课后服务和作业管理，发现问题及时反馈、跟踪整改。',
    ] }, (ps) => [fact(ps, 1, '46名', 46, '名', '责任督学')]),
  needle({ slug: '2024-01-15-jiazhang-manyidu', title: '家长满意度调查结果发布', kicker: null, date: '2024-01-15', topics: ['教育督导'],
    paragraphs: [
      '第三方机构近日发布全区教育满意度调查结果，家长对学校教育教学的总体满意度达97.3%，较上年提高1.8个百分点。',
      '调查覆盖全区中小学校和幼儿园，共回收有效问卷2.6万份。',
    ] }, (ps) => [fact(ps, 1, '97.3%', 97.3, '%', '家长总体满意度'), fact(ps, 2, '2.6万份', 26000, '份', '有效问卷')]),
  needle({ slug: '2024-08-28-xinjiaoshi-ruzhi-peixun', title: '新教师入职培训开班', kicker: '强师计划', date: '2024-08-28', topics: ['教师发展'],
    paragraphs: [
      '8月28日，高新区2024年新教师入职培训开班，271名新教师参加为期五天的集中培训。',
      '培训围绕师德师风、课堂教学和班级管理展开，由区内名师工作室主持人担任导师。',
    ] }, (ps) => [fact(ps, 1, '271名', 271, '名', '参加入职培训的新教师')]),
  needle({ slug: '2023-09-01-zhongxiaoxuesheng-junxun', title: '中小学生军训暨国防教育活动启动', kicker: null, date: '2023-09-01', topics: ['德育'],
    paragraphs: [
      '9月1日，全区中小学生军训暨国防教育活动启动，12所学校3800名学生参加。',
      '军训期间，学生们接受队列训练，聆听国防知识讲座，磨炼意志品质。',
    ] }, (ps) => [fact(ps, 1, '3800名', 3800, '名', '参加军训的学生')]),
  needle({ slug: '2025-06-12-jiaoshi-jineng-dasai', title: '教师教学技能大赛获奖名单公布', kicker: '强师计划', date: '2025-06-12', topics: ['教师发展'],
    paragraphs: [
      '高新区第三届教师教学技能大赛日前落幕，李晓梅等9名教师获一等奖，另有21名教师获二等奖。',
      '大赛设说课、上课和教学反思三个环节，全区共有156名教师报名参赛。',
    ] }, (ps) => [fact(ps, 1, '9名', 9, '名', '教学技能大赛一等奖教师'), fact(ps, 1, '21名', 21, '名', '教学技能大赛二等奖教师'), fact(ps, 2, '156名', 156, '名', '报名参赛教师')]),
  needle({ slug: '2021-11-20-qingshaonian-zuqiu', title: '青少年足球锦标赛落幕', kicker: null, date: '2021-11-20', topics: ['体育'],
    paragraphs: [
      '2021年青少年足球锦标赛在高新区落幕，共有32支队伍、640名运动员参加比赛。',
      '赛事分小学组和初中组进行，同时评选出体育道德风尚奖。',
    ] }, (ps) => [fact(ps, 1, '32支', 32, '支', '参赛队伍'), fact(ps, 1, '640名', 640, '名', '参赛运动员')]),
  needle({ slug: '2025-03-05-zhihui-ketang', title: '智慧课堂让学习更有温度', kicker: '科创高新·智慧教育', date: '2025-03-05', topics: ['智慧教育'],
    paragraphs: [
      '走进高新区的智慧课堂，交互大屏、学习平板和 AI 学伴随处可见，教师借助学情数据精准施教。',
      '目前，AI 编程课程已覆盖全区全部初中学校。',
    ] }, () => []),
  needle({ slug: '2020-09-10-yingyang-wucan', title: '营养午餐改善计划惠及万名学生', kicker: null, date: '2020-09-10', topics: ['民生'],
    paragraphs: [
      '高新区投入经费1.2亿元实施营养午餐改善计划，惠及1.1万名学生。',
      '各校食堂推行明厨亮灶，家长可通过手机实时查看后厨情况。',
    ] }, (ps) => [fact(ps, 1, '1.2亿元', 120000000, '元', '营养午餐改善计划经费'), fact(ps, 1, '1.1万名', 11000, '名', '受益学生')]),
  needle({ slug: '2022-05-25-xinli-jiankang', title: '心理健康教育月活动走进校园', kicker: null, date: '2022-05-25', topics: ['德育'],
    paragraphs: [
      '5月是心理健康教育月，全区各校开展心理剧展演、团体辅导等活动。',
      '目前全区中小学心理咨询室建成率达100%，配备专兼职心理教师88名。',
    ] }, (ps) => [fact(ps, 2, '88名', 88, '名', '心理教师')]),
  needle({ slug: '2024-06-30-gaokao-chengji', title: '科学城中学高考再创佳绩', kicker: null, date: '2024-06-30', topics: ['教学质量'],
    paragraphs: [
      '2024年高考成绩揭晓，科学城中学本科上线人数583人，上线率再创新高。',
    ] }, (ps) => [fact(ps, 1, '583人', 583, '人', '本科上线人数')]),
  needle({ slug: '2024-07-20-shuqi-quanyuan-peixun', title: '暑期教师全员培训圆满结束', kicker: '强师计划', date: '2024-07-20', topics: ['教师发展'],
    paragraphs: [
      '今年暑期，高新区组织教师全员通识培训，累计培训5万余人次，覆盖全区所有在编在岗教师。',
    ] }, (ps) => [fact(ps, 1, '5万余人次', 50000, '人次', '暑期教师培训参训人次')]),
  needle({ slug: '2023-04-18-jiqiren-shetuan', title: '实验小学机器人社团成立', kicker: null, date: '2023-04-18', topics: ['科技教育'],
    paragraphs: [
      '实验小学机器人社团正式成立，首批招收社团成员40名，每周开展两次活动。',
    ] }, (ps) => [fact(ps, 1, '40名', 40, '名', '机器人社团成员')]),
  needle({ slug: '2025-09-15-puhui-youeryuan', title: '学前教育普惠发展迈上新台阶', kicker: null, date: '2025-09-15', topics: ['学前教育'],
    paragraphs: [
      '截至目前，高新区普惠性幼儿园覆盖率达92.6%，新增公办学位2400个。',
    ] }, (ps) => [fact(ps, 1, '92.6%', 92.6, '%', '普惠性幼儿园覆盖率'), fact(ps, 1, '2400个', 2400, '个', '新增公办学位')]),
  needle({ slug: '2022-12-01-wang-xiaohu-shufa', title: '王小虎同学获书法比赛金奖', kicker: null, date: '2022-12-01', topics: ['艺术教育'],
    paragraphs: [
      '在市中小学生书法比赛中，高新区第一实验小学学生王小虎获得金奖，指导教师张红获优秀指导教师奖。',
    ] }, () => []),
  needle({ slug: '2023-03-08-xiaoyuan-anquan', title: '校园安全大检查全面开展', kicker: null, date: '2023-03-08', topics: ['校园安全'],
    paragraphs: [
      '开学之际，高新区开展校园安全大检查，排查整改隐患137处，确保师生平安。',
      '此次检查共出动检查人员60余人次，检查结果将纳入学校年度考核。',
    ] }, (ps) => [fact(ps, 1, '137处', 137, '处', '整改隐患')], (ps) => [fact(ps, 2, '60余人次', 60, '人次', '出动检查人员')]),
  needle({ slug: '2024-04-23-yuedujie', title: '书香校园阅读节开幕', kicker: null, date: '2024-04-23', topics: ['艺术教育'],
    paragraphs: [
      '世界读书日当天，全区中小学阅读节开幕，各校图书馆延长开放时间，举办好书分享会。',
    ] }, () => []),
  // Written in traditional characters (a Hong Kong or Taiwan outlet's copy): found by simplified queries too.
  needle({ slug: '2023-10-12-fanti-xuexiao-cangshu', title: '高新區學校圖書館新增藏書', kicker: null, date: '2023-10-12', topics: ['閱讀'],
    paragraphs: [
      '高新區15所學校的圖書館今年新增藏書2萬冊，學生借閱量同比增長三成。',
      '各校還設立了班級圖書角，方便學生課間閱讀。',
    ] }, (ps) => [fact(ps, 1, '2萬冊', 20000, '册', '新增藏書')]),
];
