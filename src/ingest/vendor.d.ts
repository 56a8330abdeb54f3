// pinyin-pro's table of Chinese family names (百家姓), the name test's surname evidence; the package ships no declaration for it.
declare module 'pinyin-pro/dist/esm/data/surname.mjs' {
  const surnames: Record<string, string>;
  export default surnames;
}
