/** Shared helpers for the ingest tests: repo paths, seeds, gold and fixture folders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestSource } from '../../src/ingest/ingest.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SOURCES = join(ROOT, 'content/sources');
export const FIXTURES = join(ROOT, 'tests/fixtures/ingest');

export interface Gold {
  source: string;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  page_labels?: string[];
  date_evidence: { quotes: string[]; inferred: string };
  authors: string[];
  photo_credit: string;
  sections: { heading: string; level: number; subheading?: string | null; in_box?: boolean; line: number }[];
  captions: { text: string; line: number; keep: boolean; after_paragraph: number }[];
  joins: { before: string; after: string; joined: string; lines: number[] }[];
  noise: string[];
  noise_lines?: [number, number];
  paragraph_count: number;
  notes: string[];
}

export const SEEDS = ['seed-000', 'seed-004'] as const;

export function loadGold(name: string): Gold {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold', `${name}.json`), 'utf8')) as Gold;
}

export function ingestSeed(gold: Gold) {
  return ingestSource(gold.source, readFileSync(join(SOURCES, gold.source)));
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function ingestFixture(name: string) {
  return ingestSource(`${name}.txt`, readFileSync(join(FIXTURES, name, 'source.txt')));
}
