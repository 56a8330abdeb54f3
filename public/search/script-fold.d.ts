/** Types for script-fold.js (generated plain JavaScript loaded by the browser and the indexer). */
export function foldScript(text: string): string;
