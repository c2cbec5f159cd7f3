import { describe, expect, it } from 'vitest';
import { ModelClient } from '../../../ui/run/modelClient.ts';
import { validateInput } from '../../../ui/run/validateInput.ts';

describe('the model client', () => {
  it('validates inputs asked for in one task in one batch, and answers each', async () => {
    const batches: number[] = [];
    const client = new ModelClient((inputs) => (batches.push(inputs.length), inputs.map(validateInput)));
    const [a, b] = await Promise.all([client.validate({ base: 'baseline' }), client.validate({ base: 'baseline', detention: { beds: -1 } })]);
    expect(batches).toEqual([2]);
    expect(a.ok).toBe(true);
    expect(!b.ok && b.errors[0]!.path).toBe('detention.beds');
  });

  it('remembers a validation by canonical text, so it is known at once the next time', async () => {
    let calls = 0;
    const client = new ModelClient((inputs) => (calls++, inputs.map(validateInput)));
    expect(client.peek({ base: 'surge', name: 'x' })).toBeUndefined();
    await client.validate({ base: 'surge', name: 'x' });
    expect(client.peek({ name: 'x', base: 'surge' })?.ok).toBe(true);
    await client.validate({ name: 'x', base: 'surge' });
    expect(calls).toBe(1);
  });

  it('answers a failed check with a message and tries again next time', async () => {
    let fail = true;
    const client = new ModelClient((inputs) => {
      if (fail) throw new Error('worker gone');
      return inputs.map(validateInput);
    });
    const first = await client.validate({ base: 'baseline' });
    expect(!first.ok && first.errors[0]!.message).toMatch(/could not be checked: worker gone/);
    fail = false;
    expect((await client.validate({ base: 'baseline' })).ok).toBe(true);
  });

  it('gives the expected arrivals of a replication with the resolved scenario', () => {
    const v = validateInput({ base: 'surge' });
    const w = validateInput({ base: 'baseline' });
    expect(v.ok && w.ok && v.arrivals > w.arrivals).toBe(true);
  });
});
