/** Splits each paragraph into sentences (。！？； with any closing quotes kept). */
import type { ExtractRule } from '../state.ts';

const SENTENCE = /[^。！？；!?;]+[。！？；!?;]*[”’」』]?/g;

export const splitSentences: ExtractRule = (state) => ({
  ...state,
  sentences: state.texts.map((t) => [...t.matchAll(SENTENCE)].map((m): [number, number] => [m.index, m.index + m[0].length])),
});
