import { describe, expect, it } from 'vitest';
import { applyCorrections, CorrectionError, unmatchedCorrections } from '../../src/facts/corrections.ts';
import { factCorrectionSchema, factSchema, type Fact } from '../../src/schema/report.ts';

const fact = (over: Partial<Fact>): Fact => factSchema.parse({ text: '56节', value: 56, unit: '节', qualifier: null, subject: '入选部级精品课', inBox: true, anchor: 'box-1-4', ...over });
const facts = [fact({}), fact({ text: '142节', value: 142, subject: '入选市级精品课' }), fact({ text: '10名', value: 10, unit: '名', anchor: 'p-3', inBox: false })];
const corr = (c: unknown) => factCorrectionSchema.parse(c);

describe('applyCorrections', () => {
  it('relabels and reclassifies the named fact only', () => {
    const out = applyCorrections(facts, [corr({ anchor: 'box-1-4', text: '56节', subject: '部级精品课', level: '国家级', category: '荣誉与奖项' })]);
    expect(out[0]).toMatchObject({ subject: '部级精品课', level: '国家级', category: '荣誉与奖项', value: 56 });
    expect(out[1]).toEqual(facts[1]);
  });

  it('hides a false fact', () => {
    const out = applyCorrections(facts, [corr({ anchor: 'box-1-4', text: '142节', hidden: true })]);
    expect(out.map((f) => f.text)).toEqual(['56节', '10名']);
  });

  it('needs anchor and text to match: the same text elsewhere is untouched', () => {
    const out = applyCorrections(facts, [corr({ anchor: 'p-9', text: '56节', hidden: true })]);
    expect(out).toHaveLength(3);
    expect(unmatchedCorrections(facts, [corr({ anchor: 'p-9', text: '56节', hidden: true })])).toHaveLength(1);
  });

  it('adds a missed fact after the facts of its paragraph', () => {
    const out = applyCorrections(facts, [corr({ anchor: 'box-1-4', text: '3100余节', add: true, value: 3100, unit: '节', qualifier: '余', subject: '示范课例' })]);
    expect(out.map((f) => f.text)).toEqual(['56节', '142节', '3100余节', '10名']);
    expect(out[2]).toMatchObject({ inBox: true, category: '其他', period: null, level: null });
  });

  it('refuses an addition without value or unit, saying what is missing', () => {
    expect(() => applyCorrections(facts, [corr({ anchor: 'p-1', text: '3所', add: true })])).toThrow(CorrectionError);
    expect(() => applyCorrections(facts, [corr({ anchor: 'p-1', text: '3所', add: true })])).toThrow(/needs at least value .* and unit/);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(facts);
    applyCorrections(facts, [corr({ anchor: 'box-1-4', text: '56节', subject: 'x' })]);
    expect(facts).toEqual(copy);
  });
});
