/**
 * The loader reads front matter with js-yaml (fast) and falls back to the `yaml` Document only
 * for line numbers: both must give the same data, and the errors must still carry lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseReportFile } from '../../src/lib/front-matter.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const reportFiles = ['tests/fixtures/site-reports', 'content/reports'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(ROOT, dir, f)),
);

/** What the `yaml` Document API (the reader before the fast path) gives. */
function documentData(raw: string): unknown {
  const yamlText = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)![1]!;
  return parseDocument(yamlText, { lineCounter: new LineCounter() }).toJS();
}

describe('parseReportFile', () => {
  test.each(reportFiles.map((f) => [path.relative(ROOT, f), f]))('%s: same data as the yaml Document API', (_name, file) => {
    const raw = readFileSync(file, 'utf8');
    expect(parseReportFile('x.md', raw).data).toEqual(documentData(raw));
  });

  test('YAML 1.2 core scalars resolve as the yaml package resolves them (no 1.1 dates or yes/no booleans)', () => {
    const raw = '---\ndate: 2024-09-01\nflag: yes\nn: 0o17\nx: ~\ny: null\nz: true\nq: "1.50"\nf: 1.5\n---\nbody\n';
    const parsed = parseReportFile('x.md', raw);
    expect(parsed.data).toEqual(documentData(raw));
    expect(parsed.data).toMatchObject({ date: '2024-09-01', flag: 'yes', x: null, z: true, q: '1.50' });
    expect(parsed.body).toBe('body\n');
  });

  test('lineOf finds a nested field after a fast parse', () => {
    const raw = '---\ntitle: 标题\nsource:\n  file: a.txt\n  sha256: abc\nfigures:\n  - id: fig-1\n    image: x.jpg\n---\n';
    const parsed = parseReportFile('x.md', raw);
    expect(parsed.lineOf(['source', 'sha256'])).toBe(5);
    expect(parsed.lineOf(['figures', 0, 'image'])).toBe(8);
    expect(parsed.lineOf(['missing'])).toBe(2);
  });

  test('invalid YAML is one error naming the file and the line', () => {
    expect(() => parseReportFile('r.md', '---\ntitle: a\nlist: [1, 2\nother: b\n---\n')).toThrow(/^r\.md:\d+: front matter is not valid YAML: /);
    expect(() => parseReportFile('r.md', '---\ntitle: a\ntitle: b\n---\n')).toThrow('r.md:3: front matter is not valid YAML: Map keys must be unique');
  });
});
