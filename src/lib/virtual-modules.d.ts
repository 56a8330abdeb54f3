/** Provided by src/lib/data-store-file.ts: the folder of the reports' parts files (in cacheDir). */
declare module 'virtual:report-parts-dir' {
  const dir: string;
  export default dir;
}
