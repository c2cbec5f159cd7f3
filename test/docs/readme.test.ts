import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

describe('README', () => {
  it('opens with the command that runs the app and the command that runs the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    expect(firstBlock[0]).toMatch(/^npm ci && npm start\b/);
    expect(firstBlock[1]).toMatch(/^npm ci && npm test\b/);
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toMatch(/vitest run$/);
    expect(readFileSync(`${root}.ci/run`, 'utf8')).toMatch(/\nnpm test\n/);
  });

  it('gives the production Content-Security-Policy, as built, in its hosting example', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../vite.config.ts');
    const section = readme.slice(readme.indexOf('## Hosting the browser app'));
    const nginx = /```nginx\n([\s\S]*?)```/.exec(section)![1]!;
    expect(/add_header Content-Security-Policy "([^"]+)"/.exec(nginx)?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it("runs the kernel example and prints the Erlang C wait it promises", () => {
    const section = readme.slice(readme.indexOf('## The kernel in one example'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    const file = `${root}.readme-example.ts`;
    writeFileSync(file, code);
    try {
      const out = execFileSync(process.execPath, [`${root}bin/tsnode.mjs`, file], { encoding: 'utf8' });
      // One long run: the mean wait is within a few percent of Erlang C (1.52499).
      expect(Number(out.trim())).toBeGreaterThan(1.35);
      expect(Number(out.trim())).toBeLessThan(1.7);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
