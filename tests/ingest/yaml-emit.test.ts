/**
 * The front-matter writer round-trips: whatever it writes, the `yaml` package (YAML 1.2, what
 * the site reads with) and js-yaml via gray-matter (YAML 1.1) read back as the same data.
 */
import matter from 'gray-matter';
import YAML from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { buildFrontMatter } from '../../src/ingest/report-file.ts';
import { emitYaml } from '../../src/ingest/yaml-emit.ts';
import { fixtureNames, ingestFixture, ingestSeed, loadGold, SEEDS } from './helpers.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));

function roundTrips(data: Record<string, unknown>): void {
  const text = emitYaml(data);
  expect(YAML.parse(text)).toEqual(data);
  // gray-matter caches by content; the trailing nonce keeps each parse fresh.
  expect(matter(`---\n${text}---\n${Math.random()}`).data).toEqual(data);
}

describe('emitYaml', () => {
  it('keeps awkward strings strings', () => {
    const awkward = [
      '', ' lead', 'trail ', 'yes', 'No', 'on', 'null', '~', '2021-06-11', '2024-09', '2024', '012', '1e3', '0x1F', '1:20', '.5', '-x', '- x',
      '? q', ': c', 'a: b', 'a #b', '#x', '&a', '*a', '!t', '|', '>', "'q'", '"q"', '%p', '@a', '`b', '[a]', '{a}', 'a,b', 'line\nbreak', 'tab\there',
      '\u2028', '500余名', '97.3%', '2021年6月11日-14日 重庆国际博览中心', '重庆：高新', '“引号”', '数说>>>', 'C:\\path', '\\', '=', '<a>',
    ];
    roundTrips({ list: awkward, map: Object.fromEntries(awkward.map((s, i) => [`k${i}`, s])) });
  });

  it('writes numbers, booleans, nulls, empty and nested lists and maps', () => {
    roundTrips({ n: 97.3, z: 0, neg: -4, t: true, f: false, nil: null, empty: [], obj: {}, nested: [{ a: [1, 2], b: { c: 'd' } }, [['x']]] });
  });

  it.each([...SEEDS.map((s) => ['seed', s]), ...fixtureNames().map((f) => ['fixture', f])])('round-trips the %s %s front matter', (kind, name) => {
    const result = kind === 'seed' ? ingestSeed(loadGold(name)) : ingestFixture(name);
    roundTrips(JSON.parse(JSON.stringify(buildFrontMatter(result.state))) as Record<string, unknown>);
  });
});
