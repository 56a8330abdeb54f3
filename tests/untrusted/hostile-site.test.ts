/**
 * Issue 13 matrix, the cases that publish: reports whose every text field carries markup, a
 * built site checked with a real HTML parser (htmlparser2) for injected elements, the CSV
 * cells for formulas, the RSS description and JSON-LD, the photos in dist/ (and their pruning
 * when a report goes), and the search page in Chromium. One build (plus one incremental
 * rebuild) serves every row; each row names its field and where it must show as text.
 */
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'htmlparser2';
import { getElementsByTagName, textContent } from 'domutils';
import type { AnyNode, Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { frontMatter, filesUnder, photo, read, reportText, tempSite, write } from './site-build.ts';
import { serveStatic } from '../browser/global-setup.ts';
import { launchBrowser } from '../site/browser-helpers.ts';

/** Breaks out of text, attributes, comments and script elements if anything writes it raw. */
const payload = (name: string) => `</script>--><"'><meta http-equiv="refresh" content="0;url=/pwned/"><img id="pwn-${name}" src="x" onerror="alert(1)"><!--`;

/** Class A: one row per field that reaches pages; `shownOn` is a page whose text must hold the payload (proof it arrived, escaped). */
const FIELD_ROWS: { name: string; set: (fm: Record<string, unknown>, p: string) => void; shownOn: string | null }[] = [
  { name: 'title', set: (fm, p) => void (fm.title = `标题${p}`), shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'subtitle', set: (fm, p) => void (fm.subtitle = p), shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'kicker', set: (fm, p) => void (fm.kicker = p), shownOn: 'index.html' },
  { name: 'summary', set: (fm, p) => void (fm.summary = `摘要${p}`), shownOn: 'index.html' },
  { name: 'authors', set: (fm, p) => void (fm.authors = [p]), shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'publisher', set: (fm, p) => void (fm.publisher = p), shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'photoCredit', set: (fm, p) => void (fm.photoCredit = p), shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'editor', set: (fm, p) => void (fm.editor = p), shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'pageLabels', set: (fm, p) => void (fm.pageLabels = [p]), shownOn: 'reports/2024-03-01-hostile/index.html' },
  // Provenance (date evidence, removed lines, source file) is the review desk's (src/desk), not on public pages: see the test below.
  { name: 'dateEvidence', set: (fm, p) => void (fm.dateEvidence = [p]), shownOn: null },
  { name: 'removed', set: (fm, p) => void (fm.removed = [{ text: p, reason: p, line: 3 }]), shownOn: null },
  { name: 'caption', set: (fm, p) => void (fm.figures = [{ id: 'fig-1', caption: p, credit: payload('credit'), image: null, afterParagraph: 0 }]), shownOn: null },
  { name: 'credit', set: () => {}, shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'source-file', set: (fm, p) => void (fm.source = { file: p, sha256: 'ab'.repeat(32) }), shownOn: null },
  { name: 'warnings', set: (fm, p) => void (fm.warnings = [p]), shownOn: null },
  // Sentences are not on pages: the search page shows them (Chromium test) and the exports keep them.
  { name: 'fact-sentence', set: () => {}, shownOn: null },
  { name: 'correction-subject', set: () => {}, shownOn: 'reports/2024-03-01-hostile/index.html' },
  // The body: raw HTML, a heading, link targets, a container argument (`::: facts …`).
  { name: 'body-html', set: () => {}, shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'body-heading', set: () => {}, shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'box-title', set: () => {}, shownOn: 'reports/2024-03-01-hostile/index.html' },
  { name: 'box-label', set: () => {}, shownOn: 'reports/2024-03-01-hostile/index.html' },
];

/** Class B: fact subjects a spreadsheet would run; the CSV cell must start with `'`. */
const CSV_ROWS = ['=HYPERLINK("https://evil.example/","点击")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTAB开头', '\rCR开头'];

const body = [
  `第一段，共有120名学生参加。`,
  '',
  `<iframe id="pwn-body-html" src="https://evil.example/"></iframe>${payload('body-html')}`,
  '',
  ...CSV_ROWS.flatMap((_, i) => [`第${i + 3}段，共有${i + 3}0所学校参加。`, '']),
  `[链接](javascript:alert(1)) ![图](javascript:alert(2)) [另一个](data:text/html,<script>alert(3)</script>)`,
  '',
  `## 小标题${payload('body-heading')}`,
  '',
  `::: facts 数说${payload('box-title')}`,
  `#### 标签${payload('box-label')}`,
  '共有5所学校。',
  ':::',
  '',
  '::: figure fig-1',
  '说明文字',
  ':::',
  '',
].join('\n');
// A `::: figure` argument with markup names no figure: the build refuses it (tests/untrusted/refused-reports.test.ts).

const site = tempSite('untrusted-site-');
const SECRET = path.join(site.tmp, 'secret.jpg');
let files: string[] = [];
let server: Server | undefined;

const page = (rel: string) => read(path.join(site.dist, rel));

beforeAll(async () => {
  const fm = frontMatter({ title: '测试报道' });
  for (const row of FIELD_ROWS) row.set(fm, payload(row.name));
  fm.facts = [
    { text: '120名', value: 120, unit: '名', qualifier: null, subject: '学生', inBox: false, sentence: `共有${payload('fact-sentence')}120名学生参加。`, anchor: 'p-1' },
    ...CSV_ROWS.map((subject, i) => ({ text: `${i + 3}0所`, value: (i + 3) * 10, unit: '所', qualifier: null, subject, inBox: false, sentence: `共有${i + 3}0所学校参加。`, anchor: `p-${i + 3}` })),
  ];
  fm.factCorrections = [{ anchor: 'p-1', text: '120名', subject: payload('correction-subject') }];
  write(path.join(site.reports, '2024-03-01-hostile.md'), reportText(fm, body));
  // Photos in every published format, one through a link that stays inside the folder.
  const figs = (['jpeg', 'png', 'webp', 'avif'] as const).map((format, i) => ({ id: `fig-${i + 1}`, caption: `照片${format}`, credit: null, image: `./photos/p-${format}.${format === 'jpeg' ? 'jpg' : format}`, afterParagraph: 0 }));
  for (const [i, format] of (['jpeg', 'png', 'webp', 'avif'] as const).entries()) await photo(path.join(site.reports, figs[i]!.image.slice(2)), format, 640, 400, ['#2c5aa0', '#a02c5a', '#5aa02c', '#a0a02c'][i]);
  symlinkSync(path.join(site.reports, 'photos/p-jpeg.jpg'), path.join(site.reports, 'photos/inside-link.jpg'));
  figs.push({ id: 'fig-5', caption: '链接照片', credit: null, image: './photos/inside-link.jpg', afterParagraph: 0 });
  const photoBody = figs.map((f) => `::: figure ${f.id}\n${f.caption}\n:::\n`).join('\n') + '\n第一段，共有120名学生参加。\n';
  write(path.join(site.reports, '2024-02-01-photos.md'), reportText(frontMatter({ title: '照片报道', date: '2024-02-01', figures: figs }), photoBody));
  write(path.join(site.reports, '2024-01-01-plain.md'), reportText(frontMatter({ title: '普通报道', date: '2024-01-01' })));
  await photo(SECRET, 'jpeg', 320, 200, '#000000');
  const r = site.build();
  expect(r.status, r.out.slice(-3000)).toBe(0);
  files = filesUnder(site.dist);
}, 300_000);

afterAll(async () => {
  if (server) await new Promise((r) => server!.close(r));
  site.cleanup();
});

/** Elements and comments a page must not have: each a finding "file: what". */
function injections(rel: string, html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (n.type === 'comment' && /pwn|meta|<|>/i.test(n.data)) found.push(`${rel}: report text in a comment: ${n.data.slice(0, 60)}`);
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      const el = n as Element;
      if (/^pwn/.test(el.attribs.id ?? '')) found.push(`${rel}: <${el.name} id="${el.attribs.id}">`);
      // The one SVG a page may carry is the build-time QR code of its own address (qr-svg.ts).
      const ownQr = el.name === 'svg' && el.attribs['aria-label'] === '本文二维码' && el.children.every((c) => c.type !== 'tag' || ['rect', 'path'].includes((c as Element).name));
      if (el.name === 'iframe' || (el.name === 'svg' && !ownQr) || (el.name === 'img' && el.attribs.src === 'x')) found.push(`${rel}: <${el.name}>`);
      if (el.name === 'meta' && /refresh/i.test(el.attribs['http-equiv'] ?? '')) found.push(`${rel}: <meta http-equiv=refresh>`);
      for (const a of Object.keys(el.attribs)) if (/^on/i.test(a)) found.push(`${rel}: <${el.name} ${a}>`);
      for (const a of ['href', 'src']) if (/^\s*(javascript|data:text)/i.test(el.attribs[a] ?? '')) found.push(`${rel}: ${a}=${el.attribs[a]}`);
      if (el.name === 'script' && !(el.attribs.type === 'application/ld+json' || el.attribs.src?.startsWith('/'))) found.push(`${rel}: inline <script>`);
      walk(el.children);
    }
  };
  walk(parseDocument(html).children);
  return found;
}

describe('class A: report text reaches every page as text', () => {
  test('no HTML page has an injected element, event handler, refresh, script URL or report text in a comment', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap((f) => injections(f, page(f)))).toEqual([]);
  });

  test.each(FIELD_ROWS.filter((r) => r.shownOn))('$name is shown as text on its page', ({ name, shownOn }) => {
    const doc = parseDocument(page(shownOn!));
    const attrs = getElementsByTagName(() => true, doc.children, true).flatMap((e) => Object.values((e as Element).attribs));
    expect(`${textContent(doc)}\n${attrs.join('\n')}`).toContain(`<img id="pwn-${name}" src="x"`);
  });

  test('provenance fields are on no public page at all (the review desk shows them)', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    for (const name of ['dateEvidence', 'removed', 'source-file']) expect(pages.filter((f) => page(f).includes(`pwn-${name}`)), name).toEqual([]);
  });

  test('JSON-LD parses back to the report’s values; RSS descriptions are escaped HTML with no element', () => {
    const doc = parseDocument(page('reports/2024-03-01-hostile/index.html'));
    const ld = getElementsByTagName('script', doc.children, true).filter((s) => s.attribs.type === 'application/ld+json');
    expect(ld).toHaveLength(1);
    const json = JSON.parse(textContent(ld[0]!)) as { headline: string; description: string };
    expect(json.headline).toBe(`标题${payload('title')}`);
    expect(json.description).toBe(`摘要${payload('summary')}`);
    const rss = parseDocument(page('rss.xml'), { xmlMode: true });
    const descriptions = getElementsByTagName('description', rss.children, true).map((d) => textContent(d));
    const hostile = descriptions.find((d) => d.includes('摘要'))!;
    // The XML text is HTML: parsed as HTML it is text only, the payload in it as written.
    const inner = parseDocument(hostile);
    expect(getElementsByTagName(() => true, inner.children, true)).toEqual([]);
    expect(textContent(inner)).toBe(`摘要${payload('summary')}`);
  });

  test('JSON exports keep the text as written', () => {
    const rows = JSON.parse(page('achievements.json')) as { subject: string; sentence: string }[];
    expect(rows.map((r) => r.subject)).toEqual(expect.arrayContaining([payload('correction-subject'), ...CSV_ROWS]));
    expect(rows.map((r) => r.sentence)).toContain(`共有${payload('fact-sentence')}120名学生参加。`);
  });
});

describe('class B: CSV cells never start a formula', () => {
  const cells = () => parseCsv(page('achievements.csv').replace(/^\uFEFF/, ''), { relax_quotes: false }) as string[][];
  test.each(CSV_ROWS.map((s) => ({ subject: JSON.stringify(s), raw: s })))('subject $subject gets a leading quote', ({ raw }) => {
    // By header, not position: the export's columns are EXPORT_COLUMNS (日期说明 came in issue 23).
    const [head, ...rows] = cells();
    const subjects = rows.map((r) => r[head!.indexOf('统计对象')]);
    expect(subjects).toContain(`'${raw}`);
    expect(subjects).not.toContain(raw);
  });
  test('no cell of the file starts with = + - @ tab or CR', () => {
    const bad = cells().flat().filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(bad).toEqual([]);
  });
});

describe('class C (published): photos in dist/', () => {
  test('every format is encoded to AVIF, WebP and JPEG; nothing else of the reports folder or outside is published byte for byte', () => {
    const assets = files.filter((f) => f.startsWith('_astro/'));
    for (const ext of ['avif', 'webp', 'jpg']) expect(assets.some((a) => a.endsWith(`.${ext}`)), ext).toBe(true);
    expect(assets.filter((a) => /\.(svg|gif)$/.test(a))).toEqual([]);
    const secret = readFileSync(SECRET);
    const originals = ['p-png.png', 'p-webp.webp', 'p-avif.avif'].map((f) => readFileSync(path.join(site.reports, 'photos', f)));
    for (const f of files) {
      const bytes = readFileSync(path.join(site.dist, f));
      expect(bytes.equals(secret), f).toBe(false);
      for (const o of originals) expect(bytes.equals(o), f).toBe(false);
    }
    expect(page('reports/2024-02-01-photos/index.html')).toContain('<picture');
  });
});

describe('class A/C in Chromium: the search page with hostile metadata and facts', () => {
  test('results show the payloads as text: no navigation, no injected element', async () => {
    const served = await serveStatic(site.dist);
    server = served.server;
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const navigations: string[] = [];
      tab.on('framenavigated', (f) => f === tab.mainFrame() && navigations.push(f.url()));
      const start = `${served.url}/search/?q=${encodeURIComponent('学生')}`;
      await tab.goto(start);
      await tab.locator('#sr-results .sr-result').first().waitFor({ timeout: 30_000 });
      await tab.waitForTimeout(1500);
      // The 数据 tab too: fact results show their subject and sentence.
      await tab.locator('#sr-tab-facts').click();
      await tab.locator('#sr-results .sr-result.sr-fact').first().waitFor({ timeout: 30_000 });
      await tab.waitForTimeout(1500);
      // The page keeps its state in the address (history.replaceState): every navigation stays on /search/ of this site.
      expect(navigations[0]).toBe(start);
      expect(navigations.filter((u) => new URL(u).origin !== new URL(start).origin || new URL(u).pathname !== '/search/')).toEqual([]);
      expect(new URL(tab.url()).pathname).toBe('/search/');
      expect(await tab.locator('[id^="pwn"], meta[http-equiv="refresh" i], iframe, img[src="x"]').count()).toBe(0);
      // Both lists, and the filters (closed on a narrow window: textContent, not innerText).
      await tab.locator('#sr-tab-reports').click();
      await tab.locator('#sr-results .sr-report-result').first().waitFor({ timeout: 30_000 });
      const reports = (await tab.locator('body').textContent()) ?? '';
      await tab.locator('#sr-tab-facts').click();
      await tab.locator('#sr-results .sr-result.sr-fact').first().waitFor({ timeout: 30_000 });
      const text = `${reports}\n${(await tab.locator('body').textContent()) ?? ''}`;
      // Shown, as text: the report title and a fact's sentence carry payloads.
      expect(text).toContain('id="pwn-title"');
      expect(text).toContain('id="pwn-fact-sentence"');
      expect(text).toContain('id="pwn-correction-subject"');
      // The topic filter is there, its value as written.
      expect(text).toContain('测试专题');
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('class C (pruning): a deleted report’s photos leave dist/', () => {
  test('after the report is deleted and the site rebuilt, none of its images is in dist/_astro/', () => {
    const before = filesUnder(path.join(site.dist, '_astro'));
    const used = [...page('reports/2024-02-01-photos/index.html').matchAll(/\/_astro\/([^"'\s,?#)]+\.(?:avif|webp|jpg|png))/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(4);
    for (const u of used) expect(before).toContain(u);
    rmSync(path.join(site.reports, '2024-02-01-photos.md'));
    const r = site.build();
    expect(r.status, r.out.slice(-2000)).toBe(0);
    expect(r.out).toMatch(/removed \d+ image\(s\) no page uses any more/);
    expect(existsSync(path.join(site.dist, 'reports/2024-02-01-photos'))).toBe(false);
    const after = new Set(filesUnder(path.join(site.dist, '_astro')));
    expect(used.filter((u) => after.has(u))).toEqual([]);
  }, 300_000);
});
