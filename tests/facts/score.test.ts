/** The same thresholds `npm run score:facts` prints, asserted on both seeds and every fixture. */
import { describe, expect, it } from 'vitest';
import { MIN_RECALL, scoreFixtures, scoreSeeds } from '../../scripts/score-facts.ts';

describe('seeds against the gold', () => {
  const seeds = scoreSeeds();
  it('scores both seeds', () => expect(seeds.map((s) => s.seed)).toEqual(['000_2164ace071901f5d.txt', '004_4d22831c33528974.txt']));
  it.each(seeds.map((s) => [s.seed, s] as const))('%s: recall of required facts ≥ 0.95, no numbered term or excluded number', (_n, s) => {
    expect(s.score.missing).toEqual([]);
    expect(s.score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(s.score.violations).toEqual([]);
    expect(s.score.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('fixtures in tests/fixtures/facts', () => {
  const fixtures = scoreFixtures();
  it('exist', () => expect(fixtures.length).toBeGreaterThanOrEqual(4));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: every expected fact with its fields, nothing else', (_n, f) => {
    expect({ missing: f.score.missing, extra: f.score.extra, fieldErrors: f.score.fieldErrors, violations: f.score.violations }).toEqual({
      missing: [],
      extra: [],
      fieldErrors: [],
      violations: [],
    });
  });
});
