/**
 * A process: a generator function that yields events and resumes when each is processed.
 * The process is itself an event, processed when the generator returns (its value is
 * the return value) or throws (it fails with the error).
 *
 * The generator starts running at once, up to its first `yield`, inside the call that
 * creates it. A yielded event that was already processed resumes the generator
 * immediately, without a trip through the calendar.
 */
import { Event, Interrupt, initEvent, inheritEvent, type Waiter } from './event.ts';
import type { PENDING as PENDING_STATE, PROCESSED as PROCESSED_STATE, YIELD_EVENT as YIELD_EVENT_KIND, YIELD_HOLD as YIELD_HOLD_KIND } from './event.ts';
import type { Environment } from './environment.ts';

// Local copies of event.ts's constants, for the hot paths: an imported binding is read
// through a module cell, with a check that it is initialized, on every use. The literal
// types make the compiler check that the copies equal the originals.
const PENDING: typeof PENDING_STATE = 0;
const PROCESSED: typeof PROCESSED_STATE = 2;
const YIELD_EVENT: typeof YIELD_EVENT_KIND = 1;
const YIELD_HOLD: typeof YIELD_HOLD_KIND = 2;

/**
 * What `timeout(d)` returns: a request to resume the yielding process `delay` later.
 * Cheaper than an `Event` (the process itself is scheduled), so it is the form for hot
 * paths; use `env.timeout(d)` when the timeout must be shared or combined in `anyOf`.
 */
export class Hold<T = undefined> {
  /** How long to hold. */
  declare readonly delay: number;
  /** The value the process receives when it resumes. */
  declare readonly value: T;

  constructor(delay: number, value: T) {
    this.delay = delay;
    this.value = value;
  }
}
(Hold.prototype as { _yieldKind?: number })._yieldKind = YIELD_HOLD;

/**
 * Resume the yielding process after `delay` (with `value`, if given). Without a value
 * this is the delay itself: a process that yields a number holds for that long, which
 * allocates nothing.
 */
export function timeout(delay: number): number;
export function timeout<T>(delay: number, value: T): Hold<T>;
export function timeout<T>(delay: number, value?: T): number | Hold<T> {
  return arguments.length < 2 ? delay : new Hold(delay, value as T);
}

/** What a process may yield: an event, a `timeout(d)` hold, or a delay as a number. */
export type Yieldable = Event<any> | Hold<any> | number;

export type ProcessGenerator<R = unknown> = Generator<Yieldable, R, any>;

// The `next` and `throw` methods every generator object inherits. A process calls them
// directly: looking `gen.next` up on each resume would see a different map for every
// generator function (and every closure of one), soon a megamorphic load.
const generatorPrototype = Object.getPrototypeOf(function* () {}).prototype as ProcessGenerator<any>;
const generatorNext = generatorPrototype.next;
const generatorThrow = generatorPrototype.throw;

/**
 * `gen` itself if it is a generator object; a generator delegating to it if it is
 * another iterator. Asks the prototype chain rather than reading `gen.next`, for the
 * reason above.
 */
function nativeGenerator<R>(gen: ProcessGenerator<R>): ProcessGenerator<R> {
  if (generatorPrototype.isPrototypeOf(gen)) return gen;
  if (gen === null || typeof gen !== 'object' || typeof (gen as any).next !== 'function') {
    throw new TypeError(`env.process expects a generator (call the generator function): got ${String(gen)}`);
  }
  return (function* () { return yield* gen; })();
}

/** A running generator process; an event processed when the generator ends (see `inheritEvent`). */
export interface Process<R = unknown> extends Event<R> {}
export class Process<R = unknown> implements Waiter {
  /** @internal The event the process is waiting for, if any. */
  declare _target: Event<any> | null;
  /** @internal Calendar slot while the process holds on a `timeout(d)`, else -1. */
  private declare holdSlot: number;
  private declare holdValue: unknown;
  private declare readonly gen: ProcessGenerator<R>;

  constructor(env: Environment, gen: ProcessGenerator<R>) {
    initEvent(this, env);
    this._target = null;
    this.holdSlot = -1;
    this.holdValue = undefined;
    this.gen = nativeGenerator(gen);
    this.step(undefined, true);
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean { return this._state === PENDING; }

  /** The event the process is currently waiting for. */
  get target(): Event<any> | null { return this._target; }

  /**
   * Throws an `Interrupt(cause)` into the process at its current `yield`, at the current
   * time (before other events scheduled for now). The process stops waiting for its
   * target; a pending resource request stays queued unless the process cancels it.
   */
  interrupt(cause?: unknown): void {
    if (this._state !== PENDING) throw new Error('cannot interrupt a process that has terminated');
    const ev = new Event<unknown>(this.env);
    ev._ok = false;
    ev._value = new Interrupt(cause);
    ev.defused = true;
    ev._state = 1;
    const proc = this;
    this.env._scheduleCallback(0, -1, () => {
      if (proc._state !== PENDING) return;
      if (proc._target !== null) { proc._target._removeWaiter(proc); proc._target = null; }
      if (proc.holdSlot >= 0) { proc.env._cancelSlot(proc.holdSlot); proc.holdSlot = -1; }
      proc._resume(ev);
    });
  }

  /** @internal The calendar reached the end of a `timeout(d)` hold, or the process event. */
  _fire(): void {
    if (this.holdSlot >= 0) {
      this.holdSlot = -1;
      const v = this.holdValue;
      this.holdValue = undefined;
      this.step(v, true);
    } else Event.prototype._fire.call(this);
  }

  /** @internal */
  _resume(ev: Event<any>): void {
    this._target = null;
    this.step(ev._value, ev._ok === true);
  }

  /**
   * Ends the process with its return value. With nobody waiting, the process event is
   * marked processed at once (a later `yield` on it continues immediately), which saves
   * a calendar entry per finished process; otherwise waiters resume through the calendar.
   */
  private finish(value: R): void {
    if (this._waiter === null && this._callbacks === null) {
      this._value = value;
      this._state = PROCESSED;
    } else this.succeed(value);
  }

  private step(input: unknown, ok: boolean): void {
    // Kept small (rare cases in helpers) so that V8 inlines it, and the calendar push
    // within it, into its callers: a time passed to a call that is not inlined is boxed.
    const env = this.env;
    const gen = this.gen;
    const prev = env._enter(this);
    for (;;) {
      let r: IteratorResult<Yieldable, R>;
      try {
        r = ok === true ? generatorNext.call(gen, input) : generatorThrow.call(gen, input);
      } catch (err) {
        env._leave(prev);
        this.fail(err);
        return;
      }
      if (r.done === true) {
        env._leave(prev);
        this.finish(r.value);
        return;
      }
      const next = r.value;
      if (typeof next === 'number') {
        if (next >= 0 && next !== Infinity) {
          env._leave(prev);
          this.holdSlot = env._scheduleTarget(next, this);
          return;
        }
      } else if (typeof next === 'object' && next !== null) {
        const kind = (next as { _yieldKind?: number })._yieldKind;
        if (kind === YIELD_EVENT) {
          const ev = next as Event<any>;
          if (ev._state !== PROCESSED) {
            env._leave(prev);
            this._target = ev;
            ev._addWaiter(this);
            return;
          }
          if (!ev._ok) ev.defused = true;
          input = ev._value;
          ok = ev._ok;
          continue;
        }
        if (kind === YIELD_HOLD && this.holdWithValue(next as Hold<unknown>)) {
          env._leave(prev);
          return;
        }
      }
      input = badYield(next);
      ok = false;
    }
  }

  /** Schedules a `timeout(d, value)` hold; false if its delay is invalid. */
  private holdWithValue(hold: Hold<unknown>): boolean {
    const d = hold.delay;
    if (!(d >= 0 && d !== Infinity)) return false;
    this.holdValue = hold.value;
    this.holdSlot = this.env._scheduleTarget(d, this);
    return true;
  }
}

/** The error thrown into a process that yielded `value`, which is not a valid yield. */
function badYield(value: unknown): Error {
  if (typeof value === 'number') return new RangeError(`invalid delay: ${value} (expected a finite number >= 0)`);
  if (value instanceof Hold) return new RangeError(`invalid delay: ${value.delay} (expected a finite number >= 0)`);
  return new TypeError(`a process yielded ${String(value)}; expected an event or timeout(d)`);
}
inheritEvent(Process);

/**
 * @internal `new Process(env, gen)`, for the environment. Constructing a class imported
 * from another module (a module cell, not a constant to V8) goes through the generic
 * construct stub; a call to an imported function is inlined from its call feedback.
 */
export function newProcess<R>(env: Environment, gen: ProcessGenerator<R>): Process<R> {
  return new Process(env, gen);
}
