import { describe, expect, it } from 'vitest';
import { clip, DEFAULT_JSON_LIMITS, parseUntrustedJson } from '../../../ui/state/safeJson.ts';

describe('parseUntrustedJson', () => {
  it('returns plain data for ordinary JSON', () => {
    expect(parseUntrustedJson('{"a":[1,2,{"b":"c"}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: 'c' }] } });
  });

  it('refuses a __proto__ key anywhere, naming it', () => {
    const r = parseUntrustedJson('{"detention":{"__proto__":{"polluted":true}}}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys', () => {
    expect(parseUntrustedJson('{"constructor":{"prototype":{}}}').ok).toBe(false);
    expect(parseUntrustedJson('[{"prototype":1}]').ok).toBe(false);
  });

  it('refuses a megabyte-long value with a short message that does not repeat it', () => {
    const long = 'x'.repeat(1_000_000);
    const r = parseUntrustedJson(JSON.stringify({ name: long }), { ...DEFAULT_JSON_LIMITS, maxChars: 2_000_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(200);
  });

  it('refuses text longer than the limit before parsing it', () => {
    const r = parseUntrustedJson(`"${'a'.repeat(300_000)}"`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('too large');
  });

  it('refuses nesting deeper than the limit', () => {
    expect(parseUntrustedJson('['.repeat(50) + ']'.repeat(50)).ok).toBe(false);
  });

  it('reports invalid JSON as such', () => {
    const r = parseUntrustedJson('<script>alert(1)</script>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not valid JSON/);
  });
});

describe('clip', () => {
  it('shortens long text to the given length with an ellipsis', () => {
    const out = clip('a'.repeat(100), 20);
    expect(out).toHaveLength(20);
    expect(out.endsWith('…')).toBe(true);
  });
});
