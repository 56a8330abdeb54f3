// @ts-check
// The project's Astro config with the output and cache folders moved into the benchmark's
// temporary folder, so a benchmark never touches dist/ or node_modules/.astro (which other
// builds of the checkout use at the same time).
import base from '../../astro.config.mjs';

export default {
  ...base,
  outDir: process.env.BENCH_OUT_DIR ?? base.outDir,
  cacheDir: process.env.BENCH_CACHE_DIR ?? base.cacheDir,
  build: {
    ...base.build,
    ...(process.env.BENCH_CONCURRENCY ? { concurrency: Number(process.env.BENCH_CONCURRENCY) } : {}),
  },
};
