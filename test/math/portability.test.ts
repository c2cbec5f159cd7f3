/**
 * Guard: nothing in `sim/` outside `sim/math/` may call a `Math` function whose result
 * ECMAScript leaves to the engine (exp, log, pow, sin, tan, atan2, cbrt, hypot…) or use the
 * `**` operator, since engines differ in the last bit and results must be identical in Node
 * and in browsers. Use `sim/math` (fdlibm ports) instead. Allowed: the correctly rounded or
 * exact functions and the constants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIM = join(ROOT, 'sim');

/** `Math` members whose results are exact or correctly rounded by the specification, and its constants. */
const PORTABLE = new Set([
  'abs', 'ceil', 'floor', 'round', 'trunc', 'sign', 'min', 'max', 'sqrt', 'fround', 'imul', 'clz32',
  'E', 'LN2', 'LN10', 'LOG2E', 'LOG10E', 'PI', 'SQRT1_2', 'SQRT2',
]);

/** Source without comments and quoted strings (template literals are kept: they may hold code). */
function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''")
    .replace(/\/\/.*$/gm, '');
}

/** Every non-portable use in one file's source, as "line: text". */
function nonPortableUses(source: string): string[] {
  const found: string[] = [];
  code(source)
    .split('\n')
    .forEach((line, i) => {
      const where = `${i + 1}: ${line.trim()}`;
      for (const m of line.matchAll(/\bMath\b(\s*\.\s*([A-Za-z_$][\w$]*))?/g)) {
        const member = m[2];
        if (member === undefined || !PORTABLE.has(member)) found.push(where);
      }
      // `**` is Math.pow; only 2 ** <integer literal> is exact (a power of two) everywhere.
      for (const m of line.matchAll(/\*\*=?/g)) {
        const before = line.slice(0, m.index);
        const after = line.slice(m.index + m[0].length);
        if (!(m[0] === '**' && /(^|[^\w$.])2\s*$/.test(before) && /^\s*\d+(?![\w$.])/.test(after))) found.push(where);
      }
    });
  return [...new Set(found)];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

describe('portable arithmetic in sim/', () => {
  it('uses no engine-dependent Math function or ** outside sim/math', () => {
    const files = sourceFiles(SIM).filter((file) => !relative(SIM, file).startsWith('math'));
    expect(files.length).toBeGreaterThan(20);
    const uses = files.flatMap((file) => nonPortableUses(readFileSync(file, 'utf8')).map((use) => `${relative(ROOT, file)}:${use}`));
    expect(uses).toEqual([]);
  });

  it('flags engine-dependent calls, bare Math and ** in a sample', () => {
    const sample = [
      'const a = Math.exp(x);',
      'const b = Math . log1p(x);',
      'const c = x ** 2;',
      'y **= 3;',
      'const d = Math[name](x);',
      'const { atan2 } = Math;',
      'const e = 3 ** 4;',
      'const f = 2 ** n;',
    ].join('\n');
    expect(nonPortableUses(sample).map((use) => use.split(':')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('lets exact and correctly rounded functions, constants, powers of two and comments pass', () => {
    const sample = [
      'const a = Math.floor(Math.sqrt(x) * Math.PI) + Math.max(1, Math.abs(y));',
      'const b = 2 ** 42; // Math.exp is fine in a comment',
      '/** Computes x ** y with Math.pow semantics. */',
      "const url = 'https://example.org/Math'; // not code",
    ].join('\n');
    expect(nonPortableUses(sample)).toEqual([]);
  });
});
