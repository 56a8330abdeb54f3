/** Every removal reason the ingest records on the seeds and the fixtures has a Chinese label for the page. */
import { expect, it } from 'vitest';
import { REMOVAL_REASON_LABELS } from '../../src/lib/removal-reasons.ts';
import { fixtureNames, ingestFixture, ingestSeed, loadGold, SEEDS } from './helpers.ts';

it('labels every reason ingest records', () => {
  const results = [...SEEDS.map((n) => ingestSeed(loadGold(n))), ...fixtureNames().map((n) => ingestFixture(n))];
  const codes = new Set(results.flatMap((r) => r.state.removed.map((x) => x.reason)));
  expect(codes.size).toBeGreaterThan(20);
  for (const code of codes) expect(REMOVAL_REASON_LABELS[code], code).toMatch(/[\u4e00-\u9fa5]/);
});
