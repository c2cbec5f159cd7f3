import { describe, expect, it } from 'vitest';
import { parseSet, parseShard } from '../../cli/parseOptions.ts';
import { applySet, splitPath } from '../../cli/applySet.ts';

describe('parseSet', () => {
  it('reads numbers, booleans and JSON values, and plain text as text', () => {
    expect(parseSet('a.b=1,2.5,true,null,"x",plain')[0].values).toEqual([1, 2.5, true, null, 'x', 'plain']);
  });

  it('does not split on commas inside brackets, braces or quotes', () => {
    expect(parseSet('a=[1,2],{"k":[3,4]},"p,q"')[0].values).toEqual([[1, 2], { k: [3, 4] }, 'p,q']);
  });

  it('refuses the same path twice', () => {
    expect(() => parseSet('a=2', parseSet('a=1'))).toThrow(/'a' is already swept/);
  });

  it('refuses text without a path or without values', () => {
    for (const bad of ['=1,2', 'a=', 'a', 'a=1,,2', '1a=3']) expect(() => parseSet(bad)).toThrow(/expected/);
  });
});

describe('parseShard', () => {
  it('reads i/n with 1 <= i <= n', () => {
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
  });

  it('refuses 0/n, i > n and other text', () => {
    for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/4/2']) expect(() => parseShard(bad)).toThrow(/expected i\/n/);
  });
});

describe('applySet', () => {
  it('splits dotted and bracketed paths alike', () => {
    expect(splitPath('policy.rules[2].share')).toEqual(['policy', 'rules', 2, 'share']);
    expect(splitPath('policy.rules.2.share')).toEqual(['policy', 'rules', 2, 'share']);
  });

  it('sets a nested field, including inside a list', () => {
    const data = { a: { list: [{ x: 1 }, { x: 2 }] } };
    applySet(data, 'a.list.1.x', 5, 's');
    expect(data.a.list[1].x).toBe(5);
  });

  it('names the missing part of a path', () => {
    expect(() => applySet({ a: {} }, 'a.b.c', 1, 's')).toThrow(/scenario 's' has no field 'a\.b'/);
  });

  it('refuses an index past the end of a list', () => {
    expect(() => applySet({ l: [1, 2] }, 'l.2', 1, 's')).toThrow(/a list of 2; expected an index from 0 to 1/);
  });
});
