import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvParseRows } from 'd3';
import { csvField, csvLine, csvNumber } from '../../sim/report/csvFormat.ts';

describe('csvField', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('baseline')).toBe('baseline');
  });

  it('quotes text with a comma, a quote or a line break and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('quotes text with leading or trailing white space so readers keep it', () => {
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('writes null and undefined as an empty cell', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('reads back every string exactly through a standard CSV parser', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        fc.pre(!(cells.length === 1 && cells[0] === ''));
        expect(csvParseRows(csvLine(cells).slice(0, -1))).toEqual([cells]);
      }),
    );
  });
});

describe('csvNumber', () => {
  it('writes NaN as NA and infinities as Inf and -Inf', () => {
    expect([csvNumber(NaN), csvNumber(Infinity), csvNumber(-Infinity)]).toEqual(['NA', 'Inf', '-Inf']);
  });

  it('round-trips every finite double exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(csvNumber(x))).toBe(x);
      }),
    );
  });
});
