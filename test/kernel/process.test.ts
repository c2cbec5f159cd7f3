import { describe, expect, it } from 'vitest';
import { Environment, Interrupt, timeout, type Event } from '../../sim/kernel/index.ts';

describe('Process', () => {
  it('resumes after each timeout with its value and returns a value', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    const p = env.process((function* () {
      const v: string = yield env.timeout(1.5, 'x');
      log.push([v, env.now]);
      yield env.timeout(2);
      log.push(['done', env.now]);
      return 42;
    })());
    env.run();
    expect(log).toEqual([['x', 1.5], ['done', 3.5]]);
    expect(p.value).toBe(42);
    expect(p.isAlive).toBe(false);
  });

  it('lets a process wait for another process', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    const child = function* () { yield env.timeout(3); return 'child'; };
    env.process((function* () {
      const v: string = yield env.process(child());
      log.push([v, env.now]);
    })());
    env.run();
    expect(log).toEqual([['child', 3]]);
  });

  it('anyOf resumes at the first event: patience running out before service', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    env.process((function* () {
      const slow = env.timeout(5, 'served');
      const patience = env.timeout(2, 'reneged');
      const r: Map<Event<any>, unknown> = yield env.anyOf([slow, patience]);
      log.push([r.has(patience) ? 'reneged' : 'served', env.now]);
    })());
    env.run();
    expect(log).toEqual([['reneged', 2]]);
  });

  it('allOf resumes when every event has happened', () => {
    const env = new Environment();
    let at = -1;
    env.process((function* () {
      yield env.allOf([env.timeout(1), env.timeout(4), env.timeout(2)]);
      at = env.now;
    })());
    env.run();
    expect(at).toBe(4);
  });

  it('interrupt throws Interrupt with its cause at the current yield', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    const worker = env.process((function* () {
      try {
        yield env.timeout(10);
        log.push(['finished', env.now]);
      } catch (e) {
        log.push([`interrupted by ${(e as Interrupt).cause}`, env.now]);
        yield env.timeout(1);
        log.push(['recovered', env.now]);
      }
    })());
    env.schedule(3, () => worker.interrupt('shift end'));
    env.run();
    expect(log).toEqual([['interrupted by shift end', 3], ['recovered', 4]]);
  });

  it('an event triggered by one process wakes another at the same time', () => {
    const env = new Environment();
    const signal = env.event<string>();
    const log: [string, number][] = [];
    env.process((function* () { const v: string = yield signal; log.push([v, env.now]); })());
    env.process((function* () { yield env.timeout(2); signal.succeed('go'); })());
    env.run();
    expect(log).toEqual([['go', 2]]);
  });

  it('never ignores a failure: an exception in an unwatched process is raised by run', () => {
    const env = new Environment();
    env.process((function* () { yield env.timeout(1); throw new Error('boom'); })());
    expect(() => env.run()).toThrow('boom');
  });

  it('delivers a failed event to the waiting process as an exception it can catch', () => {
    const env = new Environment();
    const ev = env.event();
    let caught = '';
    env.process((function* () { try { yield ev; } catch (e) { caught = (e as Error).message; } })());
    ev.fail(new Error('denied'));
    env.run();
    expect(caught).toBe('denied');
  });

  it('rejects yielding something that is not an event, inside the process', () => {
    const env = new Environment();
    let msg = '';
    env.process((function* (): Generator<any, void, any> { try { yield 'soon'; } catch (e) { msg = (e as Error).message; } })());
    env.run();
    expect(msg).toMatch(/yielded soon; expected an event/);
  });
});

describe('timeout(d)', () => {
  it('holds the process for d, with or without a value', () => {
    const env = new Environment();
    const log: [unknown, number][] = [];
    env.process((function* () {
      const a: unknown = yield timeout(1.25);
      log.push([a, env.now]);
      const b: string = yield timeout(2, 'v');
      log.push([b, env.now]);
    })());
    env.run();
    expect(log).toEqual([[undefined, 1.25], ['v', 3.25]]);
  });

  it('raises a negative delay inside the process', () => {
    const env = new Environment();
    let msg = '';
    env.process((function* () { try { yield timeout(-2); } catch (e) { msg = (e as Error).message; } })());
    env.run();
    expect(msg).toMatch(/invalid delay: -2/);
  });

  it('is cancelled by an interrupt', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    const p = env.process((function* () {
      try { yield timeout(10); log.push(['slept', env.now]); } catch { log.push(['woken', env.now]); }
    })());
    env.schedule(4, () => p.interrupt());
    env.run();
    expect(log).toEqual([['woken', 4]]);
    expect(env.now).toBe(4);
  });
});
