import { describe, expect, it } from 'vitest';
import { h, toSvgString } from '../../../ui/charts/vnode.ts';

describe('virtual SVG', () => {
  it('escapes text so a label can never become markup', () => {
    expect(toSvgString(h('text', {}, '<script>alert("x")</script> & co'))).toBe('<text>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</text>');
  });

  it('escapes attribute values', () => {
    expect(toSvgString(h('g', { 'data-x': '"><script>' }))).toBe('<g data-x="&quot;&gt;&lt;script&gt;"/>');
  });

  it('refuses attribute names that are not plain names', () => {
    expect(() => h('g', { 'onload="x"': 1 })).toThrow(/invalid attribute/);
  });

  it('skips null, false and undefined attributes and children', () => {
    expect(toSvgString(h('g', { a: null, b: false, c: 1 }, null, false, undefined, 'x'))).toBe('<g c="1">x</g>');
  });
});
