/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadObserved } from '../../sim/observed/index.ts';
import ice2024 from '../../data/observed/ice-detention-fy2024.csv?raw';

describe('observed data in the browser', () => {
  it('loads a file imported as text with Vite\'s ?raw, identical to reading it from disk', () => {
    const fromDisk = readFileSync(new URL('../../data/observed/ice-detention-fy2024.csv', import.meta.url), 'utf8');
    expect(ice2024).toBe(fromDisk);
    expect(loadObserved('ice-detention-fy2024.csv', ice2024).series['adp.total']!.points).toHaveLength(12);
  });
});
