// @ts-check
// The project's Astro config with the output and cache folders moved into the benchmark's
// temporary folder, so a benchmark never touches dist/ or node_modules/.astro (which other
// builds of the checkout use at the same time). A few settings can be overridden from the
// environment to measure them without editing the project's config:
//   BENCH_CONCURRENCY=N            build.concurrency
//   BENCH_COLLECTION_STORAGE=chunked   experimental.collectionStorage
//   BENCH_NO_INDEX=1               leave out the search-index integration (Astro alone)
import base from '../../astro.config.mjs';

const env = process.env;

export default {
  ...base,
  outDir: env.BENCH_OUT_DIR ?? base.outDir,
  cacheDir: env.BENCH_CACHE_DIR ?? base.cacheDir,
  integrations: (base.integrations ?? []).filter(
    (i) => !(env.BENCH_NO_INDEX && i && !Array.isArray(i) && typeof i === 'object' && /pagefind/.test(i.name)),
  ),
  build: {
    ...base.build,
    ...(env.BENCH_CONCURRENCY ? { concurrency: Number(env.BENCH_CONCURRENCY) } : {}),
  },
  experimental: {
    ...base.experimental,
    ...(env.BENCH_COLLECTION_STORAGE ? { collectionStorage: env.BENCH_COLLECTION_STORAGE } : {}),
  },
};
