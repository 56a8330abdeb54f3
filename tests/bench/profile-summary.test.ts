import { describe, expect, it } from 'vitest';
import { bucketOf, summarizeProfile, type CpuProfile } from '../../scripts/bench/profile-summary.ts';

describe('bucketOf', () => {
  it('groups scripts by package, project folder, node internals and V8 entries', () => {
    expect(bucketOf('file:///work/main/node_modules/markdown-it/lib/parser_block.mjs', 'parse')).toBe('markdown-it');
    expect(bucketOf('file:///work/main/node_modules/@astrojs/sitemap/dist/index.js', 'x')).toBe('@astrojs/sitemap');
    expect(bucketOf('file:///work/main/node_modules/.pnpm/x/node_modules/devalue/index.js', 'x')).toBe('devalue');
    expect(bucketOf('file:///work/main/src/lib/reports.ts', 'buildIndex')).toBe('src/lib');
    expect(bucketOf('node:internal/fs/promises', 'readFile')).toBe('node: internals');
    expect(bucketOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(bucketOf('', 'JSON.stringify')).toBe('(native)');
  });
});

describe('summarizeProfile', () => {
  // root → render (markdown-it) and gc; samples: render 3×10 ms, gc 1×20 ms, root 1×5 ms.
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 55_000,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
      { id: 2, callFrame: { functionName: 'render', url: 'file:///p/node_modules/markdown-it/index.mjs', lineNumber: 9 } },
      { id: 3, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    ],
    samples: [2, 2, 3, 2, 1],
    timeDeltas: [10_000, 10_000, 20_000, 10_000, 5_000],
  };
  it('adds self time per package and per function, largest first, with shares', () => {
    const s = summarizeProfile(profile);
    expect(s.total).toBe(55);
    expect(s.byBucket.map((r) => [r.name, r.ms])).toEqual([
      ['markdown-it', 30],
      ['(garbage collector)', 20],
      ['(root)', 5],
    ]);
    expect(s.byFunction[0]).toEqual({ name: 'render markdown-it:10', ms: 30, share: 30 / 55 });
  });
  it('falls back to hit counts when the profile has no samples', () => {
    const s = summarizeProfile({ ...profile, samples: undefined, timeDeltas: undefined, nodes: profile.nodes.map((n) => ({ ...n, hitCount: n.id === 2 ? 3 : 1 })) });
    expect(s.byBucket[0]).toEqual({ name: 'markdown-it', ms: 33, share: 0.6 });
  });
});
