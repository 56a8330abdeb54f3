/** Test helper: a report record's facts metadata (public/search/facts.js encodeFacts), fields not given left empty. */
import { encodeFacts, type SearchFact } from '../../public/search/facts.js';

export const storedFacts = (facts: Partial<SearchFact>[]): string =>
  encodeFacts(facts.map((f) => ({ at: '', text: '', subject: '', clause: '', sentence: '', level: '', category: '其他', unit: '', ...f })));
