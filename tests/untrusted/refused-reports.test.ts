/**
 * Issue 13 matrix, the cases that must stop the build: one site whose reports hold every
 * refused class at once (photos from outside the folder, non-raster or broken photos, a
 * decompression bomb, impossible values, corrections that match nothing, topic slug
 * collisions, invalid UTF-8, bad file names, YAML aliases …) beside a good report. The build
 * must print every problem, one line each with file and line, before rendering any page; no
 * stack trace; a non-zero exit; warnings once.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { frontMatter, photo, read, reportText, tempSite, write } from './site-build.ts';

const site = tempSite('untrusted-refused-');
const outside = path.join(site.tmp, 'secret.jpg');

/** A PNG of `w`×`h` 1-bit pixels, all black: a few KB that decode to w×h bytes (a decompression bomb). */
function bombPng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const t = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(t));
    return Buffer.concat([len, t, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 1; // bit depth
  const raw = Buffer.alloc((Math.ceil(w / 8) + 1) * h);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const figure = (image: string) => ({ figures: [{ id: 'fig-1', caption: '图', credit: null, image, afterParagraph: 0 }] });
const figureBody = '::: figure fig-1\n图\n:::\n\n第一段，共有120名学生参加。\n';
const fact = { text: '120名', value: 120, unit: '名', qualifier: null, subject: '学生', inBox: false, sentence: '共有120名学生参加。', anchor: 'p-1' };

interface Row {
  /** The class of the issue it belongs to, and the case. */
  name: string;
  file: string;
  /** Writes the report (and what it needs) into the reports folder. */
  make(dir: string): Promise<void> | void;
  /** The one line the build must print for it. */
  line: RegExp;
}

const md = (dir: string, file: string, fm: Record<string, unknown>, body?: string) => write(path.join(dir, file), reportText(frontMatter(fm), body));

const ROWS: Row[] = [
  // Class C: photos.
  { name: 'photo: absolute path', file: 'c-absolute.md', make: (d) => md(d, 'c-absolute.md', figure(outside), figureBody), line: /^reports\/c-absolute\.md:\d+: field "figures\[0\]\.image": expected a JPEG, PNG, WebP or AVIF photo inside the reports folder, found ".*secret\.jpg": an absolute path/m },
  { name: 'photo: ../ out of the folder', file: 'c-dotdot.md', make: (d) => md(d, 'c-dotdot.md', figure('../secret.jpg'), figureBody), line: /^reports\/c-dotdot\.md:\d+: field "figures\[0\]\.image": .*"\.\.\/secret\.jpg": the path leaves the reports folder/m },
  {
    name: 'photo: symlink to a file outside',
    file: 'c-symlink.md',
    make: (d) => {
      write(path.join(d, 'photos/.keep'), '');
      symlinkSync(outside, path.join(d, 'photos/out-link.jpg'));
      md(d, 'c-symlink.md', figure('./photos/out-link.jpg'), figureBody);
    },
    line: /^reports\/c-symlink\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/out-link\.jpg": a link to a file outside the reports folder/m,
  },
  {
    name: 'photo: scriptable SVG',
    file: 'c-svg.md',
    make: (d) => {
      write(path.join(d, 'photos/x.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script></svg>');
      md(d, 'c-svg.md', figure('./photos/x.svg'), figureBody);
    },
    line: /^reports\/c-svg\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/x\.svg": a SVG file\. Save it as JPEG or PNG\./m,
  },
  {
    name: 'photo: SVG named .jpg',
    file: 'c-svg-named-jpg.md',
    make: (d) => {
      write(path.join(d, 'photos/svg.jpg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
      md(d, 'c-svg-named-jpg.md', figure('./photos/svg.jpg'), figureBody);
    },
    line: /^reports\/c-svg-named-jpg\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/svg\.jpg": a SVG file/m,
  },
  {
    name: 'photo: GIF',
    file: 'c-gif.md',
    make: async (d) => {
      await photo(path.join(d, 'photos/a.png'), 'png', 20, 20);
      const sharp = (await import('sharp')).default;
      await sharp(path.join(d, 'photos/a.png')).gif().toFile(path.join(d, 'photos/a.gif'));
      md(d, 'c-gif.md', figure('./photos/a.gif'), figureBody);
    },
    line: /^reports\/c-gif\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/a\.gif": a GIF file/m,
  },
  {
    name: 'photo: text file named .jpg',
    file: 'c-not-image.md',
    make: (d) => {
      write(path.join(d, 'photos/notes.jpg'), '这不是图片，是一段文字。\n');
      md(d, 'c-not-image.md', figure('./photos/notes.jpg'), figureBody);
    },
    line: /^reports\/c-not-image\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/notes\.jpg": not an image the site can read \(.+\)\.$/m,
  },
  {
    name: 'photo: truncated JPEG',
    file: 'c-truncated.md',
    make: async (d) => {
      const full = path.join(d, 'photos/full.jpg');
      await photo(full, 'jpeg', 800, 600);
      const bytes = (await import('node:fs')).readFileSync(full);
      write(path.join(d, 'photos/cut.jpg'), bytes.subarray(0, Math.floor(bytes.length / 2)));
      (await import('node:fs')).rmSync(full);
      md(d, 'c-truncated.md', figure('./photos/cut.jpg'), figureBody);
    },
    line: /^reports\/c-truncated\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/cut\.jpg": the file is damaged or cut short \(.+\)\.$/m,
  },
  {
    name: 'photo: decompression bomb, 20000×20000',
    file: 'c-bomb.md',
    make: (d) => {
      write(path.join(d, 'photos/bomb.png'), bombPng(20000, 20000));
      md(d, 'c-bomb.md', figure('./photos/bomb.png'), figureBody);
    },
    line: /^reports\/c-bomb\.md:\d+: field "figures\[0\]\.image": .*"\.\/photos\/bomb\.png": 20000×20000 pixels, more than 64 megapixels/m,
  },
  { name: 'photo: missing file', file: 'c-missing.md', make: (d) => md(d, 'c-missing.md', figure('./photos/none.jpg'), figureBody), line: /^reports\/c-missing\.md:\d+: field "figures\[0\]\.image": expected a photo file beside the report, found "\.\/photos\/none\.jpg" which does not exist/m },
  // Class D: validation with file and line.
  { name: 'impossible date', file: 'd-date.md', make: (d) => md(d, 'd-date.md', { date: '2024-02-30' }), line: /^reports\/d-date\.md:3: field "date": expected a date that exists on the calendar/m },
  { name: 'misspelt correction key', file: 'd-key.md', make: (d) => md(d, 'd-key.md', { facts: [fact], factCorrections: [{ anchor: 'p-1', text: '120名', hiden: true }] }), line: /^reports\/d-key\.md:\d+: field "factCorrections\[0\]": expected only the keys .*, found unknown key "hiden" \(did you mean "hidden"\?\)/m },
  { name: 'correction anchor that does not exist', file: 'd-anchor.md', make: (d) => md(d, 'd-anchor.md', { facts: [fact], factCorrections: [{ anchor: 'p-9', text: '120名', hidden: true }] }), line: /^reports\/d-anchor\.md:\d+: field "factCorrections\[0\]\.anchor": the page has no p-9 \(it has p-1 … p-1\)/m },
  { name: 'correction text that does not exist', file: 'd-text.md', make: (d) => md(d, 'd-text.md', { facts: [fact], factCorrections: [{ anchor: 'p-1', text: '12名', hidden: true }] }), line: /^reports\/d-text\.md:\d+: field "factCorrections\[0\]\.text": this correction matches no fact, so it changes nothing/m },
  { name: 'topic slug collision', file: 'd-topic.md', make: (d) => md(d, 'd-topic.md', { topics: ['质慧教育'] }), line: /^reports\/d-topic\.md:\d+: topic "质慧教育" and topic "智慧教育" \(reports\/a-good\.md:\d+\) would share one page, \/topics\/zhihuijiaoyu\//m },
  {
    name: 'invalid UTF-8',
    file: 'd-gbk.md',
    make: (d) => write(path.join(d, 'd-gbk.md'), Buffer.concat([Buffer.from(reportText(frontMatter()), 'utf8'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a])])),
    line: /^reports\/d-gbk\.md:1[0-9]: the file is not valid UTF-8 \(byte 0x[0-9a-f]{2} at column \d+\)/m,
  },
  { name: 'bidi control in the title', file: 'd-bidi.md', make: (d) => md(d, 'd-bidi.md', { title: '标题\u202E反转' }), line: /^reports\/d-bidi\.md:2: field "title": expected text without bidi-control characters, found U\+202E/m },
  { name: 'lone surrogate in the title', file: 'd-surrogate.md', make: (d) => write(path.join(d, 'd-surrogate.md'), reportText(frontMatter()).replace('title: 测试报道', 'title: "坏\\uD800字"')), line: /^reports\/d-surrogate\.md:2: field "title": expected text, found a lone surrogate/m },
  { name: 'file name with #', file: 'd-hash#1.md', make: (d) => md(d, 'd-hash#1.md', {}), line: /^reports\/d-hash#1\.md:1: the file name "d-hash#1\.md" cannot be a web address .* e\.g\. "d-hash-1\.md"/m },
  { name: 'file name with a space', file: 'd-space name.md', make: (d) => md(d, 'd-space name.md', {}), line: /^reports\/d-space name\.md:1: the file name "d-space name\.md" cannot be a web address/m },
  {
    name: 'YAML aliases (billion laughs)',
    file: 'd-alias.md',
    make: (d) => {
      const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
      write(path.join(d, 'd-alias.md'), reportText(frontMatter()).replace('---\n', `---\n${lol.join('\n')}\n`));
    },
    line: /^reports\/d-alias\.md:2: YAML anchors and aliases \(&name, \*name\) are not allowed in a report/m,
  },
  { name: 'deeply nested YAML', file: 'd-nested.md', make: (d) => write(path.join(d, 'd-nested.md'), reportText(frontMatter()).replace('---\n', `---\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`)), line: /^reports\/d-nested\.md:\d+: front matter is (nested too deeply to read|not valid YAML)/m },
  { name: 'markup in a topic', file: 'd-topic-markup.md', make: (d) => md(d, 'd-topic-markup.md', { topics: ['<meta http-equiv="refresh" content="0;url=/x">'] }), line: /^reports\/d-topic-markup\.md:\d+: field "topics\[0\]": expected a topic name of 1–40 characters without/m },
  { name: 'figure id not an id', file: 'd-figure-id.md', make: (d) => md(d, 'd-figure-id.md', { figures: [{ id: 'fig-1"><b>', caption: '图', credit: null, image: null, afterParagraph: 0 }] }), line: /^reports\/d-figure-id\.md:\d+: field "figures\[0\]\.id": expected an id of lower-case letters/m },
  // Issue 21: every entry of the folder is checked before any is read; bounded reports.
  { name: 'a folder named x.md', file: 'e-folder.md', make: (d) => write(path.join(d, 'e-folder.md/inner.txt'), 'x'), line: /^reports\/e-folder\.md: expected a report file, found a folder; rename the folder/m },
  { name: 'a dangling link named x.md', file: 'e-dangling.md', make: (d) => symlinkSync(path.join(d, 'gone.md'), path.join(d, 'e-dangling.md')), line: /^reports\/e-dangling\.md: expected a report file, found a symbolic link to nothing \(its target does not exist\)/m },
  {
    name: 'a link to a report outside the folder',
    file: 'e-outside.md',
    make: (d) => {
      write(path.join(d, '../elsewhere.md'), reportText(frontMatter()));
      symlinkSync(path.join(d, '../elsewhere.md'), path.join(d, 'e-outside.md'));
    },
    line: /^reports\/e-outside\.md: expected a report file inside the reports folder, found a link to .*elsewhere\.md, outside it/m,
  },
  { name: 'a report file over 4 MB', file: 'e-huge.md', make: (d) => md(d, 'e-huge.md', {}, `${'学生参加活动。'.repeat(220_000)}\n`), line: /^reports\/e-huge\.md: expected a report file of at most 4 MB \(REPORT_LIMITS\.maxFileBytes\), found 4\.\d MB/m },
  { name: 'a paragraph over 20,000 characters', file: 'e-paragraph.md', make: (d) => md(d, 'e-paragraph.md', {}, `第一段。\n\n${'学生参加活动。'.repeat(3000)}\n`), line: /^reports\/e-paragraph\.md:\d+: expected a paragraph of at most 20000 characters \(REPORT_LIMITS\.maxParagraphChars\), found 21000/m },
  { name: 'a figure container naming no figure', file: 'e-figure.md', make: (d) => md(d, 'e-figure.md', { figures: [{ id: 'fig-1', caption: '图', credit: null, image: null, afterParagraph: 0 }] }, `::: figure fig-1\n图\n:::\n\n第一段，共有120名学生参加。\n\n::: figure fig-99\n图\n:::\n`), line: /^reports\/e-figure\.md:\d+: "::: figure fig-99": expected the id of a figure in the front matter, one of "fig-1", found "fig-99"/m },
  {
    name: 'a figure container whose argument is markup',
    file: 'e-figure-markup.md',
    make: (d) => md(d, 'e-figure-markup.md', { figures: [{ id: 'fig-1', caption: '图', credit: null, image: null, afterParagraph: 0 }] }, `::: figure fig-1"><img src=x onerror=alert(1)>\n图\n:::\n\n第一段，共有120名学生参加。\n`),
    line: /^reports\/e-figure-markup\.md:\d+: "::: figure fig-1"><img src=x onerror=alert\(1\)>": expected the id of a figure in the front matter, one of "fig-1"/m,
  },
  { name: 'a 10,000-character title', file: 'e-title.md', make: (d) => md(d, 'e-title.md', { title: '很长的标题'.repeat(2000) }), line: /^reports\/e-title\.md:2: field "title": expected a headline of at most 200 characters \(REPORT_LIMITS\.maxTitleChars\); shorten it, found "很长的标题/m },
];

/** Reports the build reads fine but warns about, once each. */
const WARNINGS = [
  { file: 'w-unknown-field.md', make: (d: string) => md(d, 'w-unknown-field.md', { titel: '拼错的字段', topics: ['智慧教育'] }), line: 'reports/w-unknown-field.md:12: field "titel" is not a report field and is ignored (did you mean "title"?).' },
  { file: 'w-future.md', make: (d: string) => md(d, 'w-future.md', { date: '2099-01-01' }), line: 'reports/w-future.md:3: field "date": 2099-01-01 is more than a year ahead' },
];

let result: { status: number | null; out: string };

beforeAll(async () => {
  await photo(outside, 'jpeg', 64, 64);
  md(site.reports, 'a-good.md', { topics: ['智慧教育'] });
  for (const row of ROWS) await row.make(site.reports);
  for (const w of WARNINGS) w.make(site.reports);
  writeFileSync(path.join(site.tmp, 'rows.txt'), ROWS.map((r) => r.file).join('\n'));
  result = site.build();
}, 300_000);
afterAll(() => site.cleanup());

describe('refused reports: every problem of every report, one line each, before any page', () => {
  test('the build fails with a non-zero exit, no stack trace, and no page rendered', () => {
    expect(result.status, result.out.slice(-3000)).not.toBe(0);
    expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.out).toContain(`${ROWS.length} problem(s) in the reports:`);
    expect(existsSync(path.join(site.dist, 'index.html'))).toBe(false);
  });

  test.each(ROWS)('$name → $file', ({ line, file }) => {
    expect(result.out).toMatch(line);
    // One line for the report: its problem is not repeated or split.
    const lines = result.out.split('\n').filter((l) => l.startsWith(`reports/${file}:`));
    expect(lines, lines.join('\n')).toHaveLength(1);
  });

  test.each(WARNINGS)('warning printed once: $file', ({ line }) => {
    expect(result.out.split(line).length - 1, result.out.slice(-3000)).toBe(1);
  });

  test('a body problem names the line of the file it is on (the figure container, the paragraph\'s first line)', () => {
    const lineOf = (file: string, text: string) => read(path.join(site.reports, file)).split('\n').findIndex((l) => l.startsWith(text)) + 1;
    expect(result.out).toContain(`reports/e-figure.md:${lineOf('e-figure.md', '::: figure fig-99')}: "::: figure fig-99"`);
    expect(result.out).toContain(`reports/e-paragraph.md:${lineOf('e-paragraph.md', '学生参加活动。')}: expected a paragraph`);
  });

  test('the good report and the warned ones are not named as problems', () => {
    expect(result.out).not.toMatch(/^reports\/(a-good|w-unknown-field|w-future)\.md:.*(expected|cannot|not valid)/m);
  });
});
