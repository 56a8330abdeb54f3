/**
 * Golden snapshots of the two seed reports (front matter + body). Facts are mocked out so the
 * snapshot changes only when ingest changes; `npx vitest run -u` refreshes it after review.
 */
import { expect, it, vi } from 'vitest';
import { ingestSeed, loadGold, SEEDS } from './helpers.ts';

vi.mock('../../src/facts/extract.ts', () => ({ extractFacts: () => [] }));

it.each(SEEDS)('%s report', async (name) => {
  const result = ingestSeed(loadGold(name));
  await expect(result.render()).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
});
