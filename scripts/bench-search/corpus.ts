/**
 * The benchmark corpus: the hand-written needle reports, generated filler reports (paragraphs
 * sampled from the seed sources, so the noise is real Chinese news text about the same
 * district), and the real reports in content/reports/ when there are any. Written as report
 * Markdown files (front matter per src/schema/report.ts) into a temporary folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { NEEDLES, type Needle } from './needles.ts';
import { createRng } from '../bench/generate-corpus.ts';

export const TOPICS = ['教育督导', '教师发展', '智慧教育', '科技教育', '德育', '体育', '学校建设', '学前教育', '艺术教育', '教学质量'];
const KICKERS = ['科创高新·智慧教育', '强师计划', '教育督导', null, null];

/** Paragraph-like lines of the seed sources (≥ 25 characters, headlines and captions left out). */
export function seedParagraphs(sourcesDir = 'content/sources'): string[] {
  const out: string[] = [];
  for (const f of readdirSync(sourcesDir).filter((x) => x.endsWith('.txt'))) {
    for (const line of readFileSync(join(sourcesDir, f), 'utf8').split(/\r?\n/)) {
      const t = line.trim();
      if (t.length >= 25 && /[。！？]$/.test(t) && !t.startsWith('#')) out.push(t);
    }
  }
  return out;
}

/**
 * Sentences of words drawn from jieba's dictionary by their corpus frequency: not grammar, but
 * the vocabulary spread of real text (a few very common words, a long tail of rare ones), so a
 * 10,000-report index has realistic posting lists instead of every page holding every seed word.
 */
export function vocabularySampler(rand: () => number): () => string {
  const words: string[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const line of readFileSync('node_modules/@node-rs/jieba/dict.txt', 'utf8').split('\n')) {
    const [w, f] = line.split(' ');
    if (!w || !/^\p{Script=Han}{1,4}$/u.test(w)) continue;
    total += Number(f) || 1;
    words.push(w);
    cumulative.push(total);
  }
  const word = (): string => {
    const x = rand() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? '';
  };
  return () => {
    const sentences: string[] = [];
    for (let s = 0, n = 2 + Math.floor(rand() * 3); s < n; s++) {
      let sentence = '';
      for (let i = 0, m = 8 + Math.floor(rand() * 10); i < m; i++) sentence += word() + (i % 5 === 4 ? '，' : '');
      sentences.push(`${sentence.replace(/，$/, '')}。`);
    }
    return sentences.join('');
  };
}

interface ReportFile { slug: string; frontMatter: Record<string, unknown>; body: string }

const SHA = '0'.repeat(64);

function needleFile(n: Needle): ReportFile {
  const hidden = n.hidden ?? [];
  return {
    slug: n.slug,
    frontMatter: {
      title: n.title, subtitle: null, kicker: n.kicker, date: n.date, datePrecision: 'day', dateStated: true,
      topics: n.topics, summary: n.paragraphs[0], source: { file: `${n.slug}.txt`, sha256: SHA },
      facts: [...n.facts, ...hidden].map((f) => ({ ...f, qualifier: null, inBox: false })),
      factCorrections: hidden.map((f) => ({ anchor: f.anchor, text: f.text, hidden: true })),
    },
    body: n.paragraphs.join('\n\n'),
  };
}

function fillerFile(i: number, paras: string[], rand: () => number, paragraphsPerReport: number, vocab?: () => string): ReportFile {
  const seedPick = (): string => paras[Math.floor(rand() * paras.length)] ?? '';
  // With a vocabulary sampler, one paragraph in four comes from the seeds, the rest from it.
  const pick = (): string => (vocab && rand() < 0.75 ? vocab() : seedPick());
  const body: string[] = [];
  for (let p = 0; p < paragraphsPerReport; p++) {
    if (p > 0 && p % 6 === 0) body.push(`## ${pick().slice(0, 10).replace(/[，。、“”]/g, '')}`);
    body.push(pick());
  }
  const year = 2015 + Math.floor(rand() * 12);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const title = pick().slice(0, 8 + Math.floor(rand() * 10)).replace(/[，。、；：]$/, '');
  const topics = [TOPICS[Math.floor(rand() * TOPICS.length)] ?? '教育督导'];
  const slug = `${year}-${month}-${day}-gaoxin-jiaoyu-${String(i).padStart(5, '0')}`;
  return {
    slug,
    frontMatter: {
      title, subtitle: null, kicker: KICKERS[i % KICKERS.length] ?? null, date: `${year}-${month}-${day}`, datePrecision: 'day',
      dateStated: true, topics, summary: body[0] ?? '', source: { file: `${slug}.txt`, sha256: SHA }, facts: [], factCorrections: [],
    },
    body: body.join('\n\n'),
  };
}

export interface CorpusOptions {
  dir: string;
  fillers: number;
  paragraphsPerReport?: number;
  includeSeeds?: boolean;
  seed?: number;
  /** Fill most paragraphs with dictionary-sampled text (the scale corpus) instead of only seed paragraphs. */
  vocabulary?: boolean;
}

/** Writes the corpus into `dir` (created) and returns the slugs written. */
export function writeCorpus(opts: CorpusOptions): string[] {
  mkdirSync(opts.dir, { recursive: true });
  const files: ReportFile[] = NEEDLES.map(needleFile);
  const paras = seedParagraphs();
  // A seeded PRNG (the bench generator's): every run generates the same corpus.
  const rand = createRng(opts.seed ?? 20241);
  const vocab = opts.vocabulary ? vocabularySampler(rand) : undefined;
  for (let i = 0; i < opts.fillers; i++) files.push(fillerFile(i, paras, rand, opts.paragraphsPerReport ?? 12, vocab));
  const slugs: string[] = [];
  for (const f of files) {
    writeFileSync(join(opts.dir, `${f.slug}.md`), `---\n${stringify(f.frontMatter)}---\n\n${f.body}\n`);
    slugs.push(f.slug);
  }
  if (opts.includeSeeds !== false && existsSync('content/reports')) {
    for (const f of readdirSync('content/reports').filter((x) => x.endsWith('.md'))) {
      copyFileSync(join('content/reports', f), join(opts.dir, f));
      slugs.push(f.replace(/\.md$/, ''));
    }
  }
  return slugs;
}
