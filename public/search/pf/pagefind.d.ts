/** Types for pagefind.js (plain JavaScript loaded by the browser). */
export const options: (o: object) => Promise<void>;
export const init: () => Promise<void>;
/** Filter values with their counts in the shards merged so far. */
export const filters: () => Promise<Record<string, Record<string, number>>>;
/** Filter values with their counts in the whole archive (every shard merged). */
export const allFilters: () => Promise<Record<string, Record<string, number>>>;
export const preload: (term: string, o?: object) => Promise<void>;
export const destroy: () => Promise<void>;
export const mergeIndex: (url: string, o?: object) => Promise<void>;
export function search(term: string | null, opts?: object): Promise<any>;
export function debouncedSearch(term: string | null, opts?: object, ms?: number): Promise<any>;
export function setTyped(typed: string): void;
