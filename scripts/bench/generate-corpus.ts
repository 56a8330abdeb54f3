/**
 * Synthetic corpus for `npm run bench`: N raw source articles that read like the seeds.
 * Each article is first built as a structured `Article` (pure, from a seeded random stream and
 * the seed pool), then rendered either as a raw source text (what ingest reads) or, as a
 * fallback when ingest is not available, directly as a report Markdown file.
 *
 * Variety that matters for the benchmark: unique titles (so file names never collide), dates
 * spread over 2015–2026, new names and numbers in every article (so the search index grows
 * like a real archive's), figures, 数说 boxes and ~5,000 characters per article.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildPool, type BoxItem, type SeedPool } from './seed-pool.ts';

/** Ranges and shares the generator draws from (tune here, not in the code below). */
export const CORPUS_RULES = {
  firstYear: 2015,
  lastYear: 2026,
  /** Body length target per article, in characters: uniform in [min, max]. */
  chars: [4000, 6000] as const,
  sections: [2, 5] as const,
  figures: [1, 4] as const,
  boxItems: [3, 6] as const,
  /** Share of articles with a 数说 box. */
  boxShare: 0.5,
  /** Share of articles with the byline at the start ("记者 X 通讯员 Y") rather than names at the end. */
  bylineAtStartShare: 0.5,
  /** Share of articles whose 发布日期/来源 metadata is run together on one line. */
  metaOneLineShare: 0.5,
};

const PLACES = ['金凤', '含谷', '白市驿', '巴福', '曾家', '西永', '虎溪', '香炉山', '石板', '走马', '缙云', '科学城', '康居西城', '人和', '铜罐驿', '陶家'];
const SCHOOL_KINDS = ['小学', '中学', '实验学校', '幼儿园', '第一中学', '外国语学校'];
const EVENTS = ['科技节', '艺术节', '体育节', '读书节', '中小学生运动会', '劳动教育周', '心理健康月', '教师基本功大赛', '智慧课堂展示活动', '科学教育论坛', '机器人竞赛', '校园足球联赛', '研学旅行成果展', '书香校园活动', '数字教育大会', '督导工作交流会', '名师工作室研修', '青年教师赛课', '课后服务成果展', '家校共育论坛', '人工智能课程展示', '田径锦标赛', '合唱比赛', '美术作品展'];
const VERBS = ['举办', '举行', '开展', '启动', '承办'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '文', '江'];
const GIVEN = ['小龙', '秀月', '志英', '海波', '忠英', '思远', '雨萱', '子涵', '浩然', '梓轩', '欣怡', '俊杰', '婷', '磊', '静', '敏', '伟', '芳', '强', '丽', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平'];
const PUBLISHERS = ['重庆高新区公共服务局', '重庆日报', '重庆高新区融媒体中心', '西部科学城重庆高新区官网', '重庆市教育委员会'];
const UNITS = '人次|名|人|所|个|项|节|场|支|次|篇|元|万元|%';
const NUMBER_WITH_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)(?=(?:余|多)?(?:${UNITS}))`, 'g');

export type Block = { kind: 'p'; text: string } | { kind: 'figure'; caption: string };

export interface Section {
  heading: string | null;
  subheading: string | null;
  blocks: Block[];
}

export interface Article {
  index: number;
  title: string;
  /** Stated publication date, YYYY-MM-DD. */
  date: string;
  publisher: string;
  authors: string[];
  photographer: string;
  bylineAtStart: boolean;
  metaOneLine: boolean;
  sections: Section[];
  box: { subtitle: string | null; items: BoxItem[] } | null;
}

/** mulberry32: a tiny seeded PRNG, so a corpus is reproducible from its seed. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, [min, max]: readonly [number, number]) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function sample<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
}
const pad2 = (n: number) => String(n).padStart(2, '0');

const SCHOOLS = PLACES.flatMap((p) => SCHOOL_KINDS.map((k) => `重庆高新区${p}${k}`));
const EDITIONS = 40;
/** How many distinct titles exist; a corpus larger than this would repeat titles. */
export const MAX_REPORTS = SCHOOLS.length * EVENTS.length * EDITIONS;
/** A prime that does not divide MAX_REPORTS: index → title slot is then a bijection. */
const TITLE_STRIDE = 7919;

/** The i-th title: distinct for every i < MAX_REPORTS, scattered so neighbours differ. */
export function titleParts(index: number): { school: string; event: string; edition: number } {
  const slot = (index * TITLE_STRIDE + 17) % MAX_REPORTS;
  const school = SCHOOLS[slot % SCHOOLS.length]!;
  const rest = Math.floor(slot / SCHOOLS.length);
  return { school, event: EVENTS[rest % EVENTS.length]!, edition: 1 + Math.floor(rest / EVENTS.length) };
}

export function personName(rng: Rng): string {
  return pick(rng, SURNAMES) + pick(rng, GIVEN);
}

function randomDate(rng: Rng): string {
  const start = Date.UTC(CORPUS_RULES.firstYear, 0, 1);
  const end = Date.UTC(CORPUS_RULES.lastYear, 9, 31);
  const d = new Date(start + Math.floor(rng() * ((end - start) / 86_400_000 + 1)) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Gives every counted number a new value of a similar size, so facts differ between reports. */
export function varyNumbers(text: string, rng: Rng): string {
  return text.replace(NUMBER_WITH_UNIT, (n, _g, offset: number, whole: string) => {
    if (whole.slice(offset + n.length).startsWith('%')) return (60 + rng() * 40).toFixed(1);
    const magnitude = 10 ** Math.max(0, n.replace(/\..*/, '').length - 1);
    return String(magnitude + Math.floor(rng() * 9 * magnitude));
  });
}

function leadParagraph(rng: Rng, date: string, school: string, event: string, edition: number): string {
  const [, m, d] = date.split('-').map(Number);
  const people = [personName(rng), personName(rng)];
  return pick(rng, [
    `${m}月${d}日，${school}第${edition}届${event}开幕，${int(rng, [120, 2400])}名师生参加。活动邀请${people[0]}、${people[1]}等${int(rng, [3, 12])}位专家到场指导，全区${int(rng, [5, 40])}所学校的代表观摩交流。`,
    `近日，${school}在第${edition}届${event}中表现突出，${int(rng, [20, 300])}名学生参与，获奖${int(rng, [10, 120])}人次。校长${people[0]}表示，学校将以此为契机，持续深化“科创高新·智慧教育”实践。`,
    `${m}月${d}日，记者从${school}获悉，该校第${edition}届${event}圆满落幕。本届活动历时${int(rng, [2, 30])}天，开设${int(rng, [6, 60])}个项目，吸引家长${int(rng, [200, 5000])}人次走进校园。`,
  ]);
}

function quoteParagraph(rng: Rng, school: string, pool: SeedPool): string {
  const sentence = pick(rng, pool.paragraphs).split(/(?<=。)/)[0]!.replace(/。$/, '');
  return `“${sentence}。”${school}教师${personName(rng)}说。`;
}

function synthCaption(rng: Rng, school: string, event: string, edition: number): string {
  return pick(rng, [
    `${school}第${edition}届${event}现场`,
    `${school}学生在${event}上展示作品`,
    `${personName(rng)}老师在${event}上为学生讲解`,
  ]);
}

/** Builds the index-th article. Pure: same (index, seed, pool) → same article. */
export function buildArticle(index: number, seed: number, pool: SeedPool): Article {
  if (index >= MAX_REPORTS) throw new Error(`The generator makes at most ${MAX_REPORTS} distinct reports; asked for report ${index + 1}.`);
  const rng = createRng(seed * 1_000_003 + index);
  const { school, event, edition } = titleParts(index);
  const date = randomDate(rng);
  const target = int(rng, CORPUS_RULES.chars);
  const headings = sample(rng, pool.headings, int(rng, CORPUS_RULES.sections));
  const sections: Section[] = [{ heading: null, subheading: null, blocks: [{ kind: 'p', text: leadParagraph(rng, date, school, event, edition) }] }];
  for (const heading of headings) {
    sections.push({ heading, subheading: rng() < 0.5 && pool.subheadings.length ? pick(rng, pool.subheadings) : null, blocks: [] });
  }
  // Draw seed paragraphs without repeats (reshuffling when the pool runs out) until the
  // article reaches its length, then cut them into consecutive runs, one per section.
  const texts: string[] = [];
  let deck: string[] = [];
  let chars = 0;
  while (chars < target) {
    if (deck.length === 0) deck = sample(rng, pool.paragraphs, pool.paragraphs.length);
    const text = rng() < 0.08 ? quoteParagraph(rng, school, pool) : varyNumbers(deck.pop()!, rng);
    texts.push(text);
    chars += text.length;
  }
  const perSection = Math.ceil(texts.length / sections.length);
  sections.forEach((section, k) => {
    for (const text of texts.slice(k * perSection, (k + 1) * perSection)) section.blocks.push({ kind: 'p', text });
  });
  const figures = int(rng, CORPUS_RULES.figures);
  for (let f = 0; f < figures; f++) {
    const section = pick(rng, sections);
    const caption = rng() < 0.3 && pool.captions.length ? pick(rng, pool.captions) : synthCaption(rng, school, event, edition);
    section.blocks.splice(1 + Math.floor(rng() * section.blocks.length), 0, { kind: 'figure', caption });
  }
  const box =
    rng() < CORPUS_RULES.boxShare && pool.boxItems.length
      ? {
          subtitle: rng() < 0.5 && pool.boxSubtitles.length ? pick(rng, pool.boxSubtitles) : null,
          items: sample(rng, pool.boxItems, int(rng, CORPUS_RULES.boxItems)).map((it) => ({ label: it.label, text: varyNumbers(it.text, rng) })),
        }
      : null;
  return {
    index,
    title: `${school}${pick(rng, VERBS)}第${edition}届${event}`,
    date,
    publisher: pick(rng, PUBLISHERS),
    authors: Array.from({ length: int(rng, [1, 3]) }, () => personName(rng)),
    photographer: personName(rng),
    bylineAtStart: rng() < CORPUS_RULES.bylineAtStartShare,
    metaOneLine: rng() < CORPUS_RULES.metaOneLineShare,
    sections,
    box,
  };
}

/** The article as a raw source text, in the seeds' layout plus a portal-style date line. */
export function renderSource(a: Article): string {
  const out: string[] = [`# ${a.title}`];
  if (a.metaOneLine) out.push(`发布日期：${a.date}　来源：${a.publisher}`);
  else out.push(`发布日期：${a.date}`, `来源：${a.publisher}`);
  if (a.bylineAtStart) out.push(`记者 ${a.authors[0]}${a.authors.length > 1 ? ` 通讯员 ${a.authors.slice(1).join(' ')}` : ''}`);
  for (const section of a.sections) {
    if (section.heading) out.push(`## ${section.heading}`);
    if (section.subheading) out.push(`### ${section.subheading}`);
    for (const b of section.blocks) out.push(b.kind === 'p' ? b.text : b.caption);
  }
  if (a.bylineAtStart) out.push(`（${a.photographer} 摄）`);
  else out.push(a.authors.join(' '), `图片由${a.publisher}提供`);
  if (a.box) {
    out.push('## 数说>>>');
    if (a.box.subtitle) out.push(`### ${a.box.subtitle}`);
    for (const it of a.box.items) out.push(`#### ${it.label}`, it.text);
  }
  return `${out.join('\n\n')}\n`;
}

export function sourceFileName(index: number): string {
  return `bench-${String(index + 1).padStart(5, '0')}.txt`;
}

const TOPIC_WORDS: Record<string, RegExp> = { 教育督导: /督导|督学/, 教师发展: /教师|名师/, 智慧教育: /智慧|数字/, 体育: /足球|田径|运动会/, 科技创新: /机器人|人工智能|科技/ };

/**
 * The article as a report Markdown file (front matter per src/schema/report.ts, body per the
 * brief's contract). Only used when ingest is not available, so the site can still be measured.
 */
export function renderReport(a: Article, sourceText: string): { fileName: string; text: string } {
  const body: string[] = [];
  const figures: { id: string; caption: string; credit: null; image: null; afterParagraph: number }[] = [];
  let paragraphs = 0;
  for (const section of a.sections) {
    if (section.heading) body.push(`## ${section.heading}`);
    if (section.subheading) body.push(`### ${section.subheading}`);
    for (const b of section.blocks) {
      if (b.kind === 'p') {
        paragraphs++;
        body.push(b.text);
      } else {
        const id = `fig-${figures.length + 1}`;
        figures.push({ id, caption: b.caption, credit: null, image: null, afterParagraph: paragraphs });
        body.push(`::: figure ${id}\n${b.caption}\n:::`);
      }
    }
  }
  if (a.box) {
    const inner = [...(a.box.subtitle ? [`### ${a.box.subtitle}`] : []), ...a.box.items.flatMap((it) => [`#### ${it.label}`, it.text])];
    body.push(`::: facts 数说\n${inner.join('\n\n')}\n:::`);
  }
  const all = a.sections.flatMap((s) => s.blocks.map((b) => (b.kind === 'p' ? b.text : ''))).join('');
  const lead = (a.sections[0]?.blocks[0] as { text?: string } | undefined)?.text ?? '';
  const front = {
    title: a.title,
    subtitle: null,
    kicker: null,
    pageLabels: [],
    date: a.date,
    datePrecision: 'day',
    dateStated: true,
    dateEvidence: [`发布日期：${a.date}`],
    publisher: a.publisher,
    authors: a.authors,
    photoCredit: a.bylineAtStart ? `${a.photographer} 摄` : `图片由${a.publisher}提供`,
    topics: Object.entries(TOPIC_WORDS).filter(([, re]) => re.test(all)).map(([t]) => t),
    summary: lead.split(/(?<=。)/)[0] ?? '',
    source: { file: sourceFileName(a.index), sha256: createHash('sha256').update(sourceText).digest('hex'), encoding: 'utf-8' },
    generatedSha256: '',
    figures,
    factBoxes: a.box ? [{ title: '数说', subtitle: a.box.subtitle, items: a.box.items }] : [],
    facts: [],
    factCorrections: [],
    removed: [],
    warnings: [],
  };
  const fileName = `${a.date}-bench-${String(a.index + 1).padStart(5, '0')}.md`;
  return { fileName, text: `---\n${stringify(front, { lineWidth: 0, version: '1.1' })}---\n\n${body.join('\n\n')}\n` };
}

export async function loadSeedPool(sourcesDir: string): Promise<SeedPool> {
  const files = (await readdir(sourcesDir)).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${sourcesDir}: no seed *.txt files found; the benchmark corpus is built from them.`);
  return buildPool(await Promise.all(files.map((f) => readFile(join(sourcesDir, f), 'utf8'))));
}

export interface CorpusResult {
  files: number;
  bytes: number;
}

/** Writes N sources into `dir` (and, with `reportsDir`, the fallback reports too). */
export async function writeCorpus(opts: { dir: string; n: number; seed: number; pool: SeedPool; reportsDir?: string }): Promise<CorpusResult> {
  await mkdir(opts.dir, { recursive: true });
  if (opts.reportsDir) await mkdir(opts.reportsDir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < opts.n; i++) {
    const article = buildArticle(i, opts.seed, opts.pool);
    const text = renderSource(article);
    bytes += Buffer.byteLength(text);
    await writeFile(join(opts.dir, sourceFileName(i)), text);
    if (opts.reportsDir) {
      const report = renderReport(article, text);
      await writeFile(join(opts.reportsDir, report.fileName), report.text);
    }
  }
  return { files: opts.n, bytes };
}
