// @ts-check
// The project's Astro config with the output and cache folders moved into the benchmark's
// temporary folder, so a benchmark never touches dist/ or node_modules/.astro (which other
// builds of the checkout use at the same time). A few settings can be overridden from the
// environment to measure them without editing the project's config:
//   BENCH_CONCURRENCY=N            build.concurrency
//   BENCH_COLLECTION_STORAGE=chunked   experimental.collectionStorage
//   BENCH_NO_INDEX=1               leave out the search-index integration (Astro alone)
// BENCH_ASTRO_ROOT moves Astro's root (and with it `.astro/`, where the build writes its
// prerender bundle) into the benchmark's folder, keeping the project's src/ and public/: a
// benchmark and another build of the checkout then no longer delete each other's chunks.
import base from '../../astro.config.mjs';

const env = process.env;

export default {
  ...base,
  // The root holds links to the project's src/, public/ and node_modules; Vite keeps the linked
  // paths (preserveSymlinks) so every module sits under the root, as Astro expects.
  ...(env.BENCH_ASTRO_ROOT ? { root: env.BENCH_ASTRO_ROOT, vite: { ...base.vite, resolve: { ...base.vite?.resolve, preserveSymlinks: true } } } : {}),
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
