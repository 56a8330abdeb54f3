/**
 * The reports committed in content/reports are valid (shared schema), unedited-or-knowingly
 * edited (checksum), and belong to a source in content/sources with the recorded checksum.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { generatedChecksum, statedChecksum } from '../../src/ingest/report-file.ts';
import { reportSchema } from '../../src/schema/report.ts';
import { ROOT, SOURCES } from './helpers.ts';

const dir = join(ROOT, 'content/reports');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  it('validates, carries its generated checksum and matches its source', () => {
    const data = reportSchema.parse(matter(text).data);
    expect(statedChecksum(text)).toBe(generatedChecksum(text));
    const source = readFileSync(join(SOURCES, data.source.file));
    expect(createHash('sha256').update(source).digest('hex')).toBe(data.source.sha256);
    expect(file.startsWith(`${data.date}-`)).toBe(true);
  });
});

it('has a report for every seed', () => {
  expect(files.length).toBeGreaterThanOrEqual(2);
});
