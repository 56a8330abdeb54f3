/** The 成果库 page script carries the server's displayNumber itself (inlined), not a copy that can drift. */
import { describe, expect, it } from 'vitest';
import { chengguoScript } from '../../src/pages/chengguo/chengguo.js.ts';
import { displayNumber } from '../../src/lib/chengguo/achievements.ts';

describe('/chengguo/chengguo.js', () => {
  const code = chengguoScript();
  it('has no import left and one displayNumber, the shared one', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code.match(/function displayNumber\(/g)).toHaveLength(1);
    const fn = new Function(`${/function displayNumber[\s\S]*?\n\}\n/.exec(code)![0]}; return displayNumber;`)() as typeof displayNumber;
    for (const [text, q] of [['两万名', '近'], ['100所', '以上'], ['5万余人次', '余'], ['12名', null]] as const) expect(fn(text, q)).toBe(displayNumber(text, q));
  });
  it('refuses a client without the import (it would ship without displayNumber)', () => {
    expect(() => chengguoScript('const x = 1;\n')).toThrow(/displayNumber import/);
  });
});
