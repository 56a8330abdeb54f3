/** Every example attached to a rule in the pattern tables, run through the real extractor. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract.ts';
import { CATEGORY_RULES, LEVEL_RULES, NOT_A_FACT_RULES, PERIOD_RULES, TEXT_RULES, UNIT_RULES, type RuleExample } from '../../src/facts/patterns.ts';
import { SUBJECT_MORE_EXPECTED, SUBJECT_RULES } from '../../src/facts/subject-patterns.ts';
import { readFileSync } from 'node:fs';

const tables: [string, { name?: string; level?: string; category?: string; examples: RuleExample[] }[]][] = [
  ['UNIT_RULES', UNIT_RULES],
  ['NOT_A_FACT_RULES', NOT_A_FACT_RULES],
  ['TEXT_RULES', TEXT_RULES],
  ['PERIOD_RULES', PERIOD_RULES],
  ['LEVEL_RULES', LEVEL_RULES],
  ['CATEGORY_RULES', CATEGORY_RULES],
  ['SUBJECT_RULES', SUBJECT_RULES],
];

for (const [table, rules] of tables) {
  describe(table, () => {
    for (const rule of rules) {
      const name = rule.name ?? rule.level ?? rule.category;
      it.each(rule.examples.map((e) => [e.text, e] as const))(`${name}: %s`, (_t, ex) => {
        const facts = extractFacts([{ anchor: 'p-1', text: ex.text, inBox: ex.inBox ?? false }]);
        if (ex.facts) expect(facts.map((f) => f.text)).toEqual(ex.facts);
        if (ex.expect) expect(facts[0]).toMatchObject(ex.expect);
      });
    }
  });
}

describe('the tables', () => {
  it('give every rule at least one example', () => {
    for (const [, rules] of tables) for (const r of rules) expect(r.examples.length).toBeGreaterThan(0);
  });
  it('list longer counting words before their prefixes (人次 before 人, 个月 before 个)', () => {
    const units = UNIT_RULES.map((u) => u.unit);
    for (const [long, short] of [['人次', '人'], ['个月', '个'], ['个百分点', '个']] as const) expect(units.indexOf(long)).toBeLessThan(units.indexOf(short));
  });
});

describe('SUBJECT_RULES', () => {
  it.each(SUBJECT_MORE_EXPECTED)('%s: fact %i is about %s', (text, i, subject) => {
    expect(extractFacts([{ anchor: 'p-1', text, inBox: false }])[i]?.subject).toBe(subject);
  });
  it('name every step that derive-subjects documents, in order', () => {
    const doc = readFileSync(new URL('../../src/facts/rules/derive-subjects.ts', import.meta.url), 'utf8');
    const steps = [...doc.matchAll(/^ \* - ([a-z-]+):/gm)].map((m) => m[1]);
    expect(SUBJECT_RULES.map((r) => r.name)).toEqual(steps);
  });
});
