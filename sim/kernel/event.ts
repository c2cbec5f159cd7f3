/**
 * Events: things that happen at a point in simulated time. An event is pending until it
 * is triggered (succeed or fail), which schedules it; when the calendar reaches it, it
 * is processed: the waiting process resumes and callbacks run, in the order they were
 * added. Failed events are never silently ignored: a failure nobody waits for is
 * raised by `Environment.step`.
 */
import type { Environment } from './environment.ts';

// The states of an event. The exported names are module cells, read with a check on
// every use, so the code here uses the plain local constants.
const PENDING_ = 0;
const TRIGGERED_ = 1;
const PROCESSED_ = 2;
/** @internal An event's state before it is triggered. */
export const PENDING = PENDING_;
/** @internal An event's state once triggered (scheduled), until processed. */
export const TRIGGERED = TRIGGERED_;
/** @internal An event's state once processed. */
export const PROCESSED = PROCESSED_;

/** Something that resumes when an event is processed (a process, a condition). */
export interface Waiter {
  _resume(ev: Event<any>): void;
}

export type EventCallback<T> = (ev: Event<T>) => void;

export class Event<T = unknown> {
  // Fields are declared here and assigned in the constructor (not class fields), so that
  // construction is plain stores whatever the compiler's class-field semantics.
  /** The environment the event belongs to. */
  declare readonly env: Environment;
  /** @internal 0 pending, 1 triggered (scheduled), 2 processed. */
  declare _state: number;
  /** @internal */
  declare _ok: boolean;
  /** @internal */
  declare _value: T | undefined;
  /** @internal The one process waiting (the common case, kept out of the callback list). */
  declare _waiter: Waiter | null;
  /** @internal */
  declare _callbacks: (EventCallback<T> | Waiter)[] | null;
  /** Set when a failure has been handled (delivered to a waiter or callback). */
  declare defused: boolean;

  constructor(env: Environment) {
    initEvent(this, env);
  }

  get triggered(): boolean { return this._state !== PENDING_; }
  get processed(): boolean { return this._state === PROCESSED_; }
  /** True unless the event failed. Only meaningful once triggered. */
  get ok(): boolean { return this._ok; }
  /** The value (or, for a failed event, the error). Throws while pending. */
  get value(): T {
    if (this._state === PENDING_) throw new Error('event value is not available: the event has not been triggered');
    return this._value as T;
  }

  /** Triggers the event with a value; it is processed at the current time. */
  succeed(value?: T, priority = 0): this {
    if (this._state !== PENDING_) throw new Error('event already triggered');
    this._value = value;
    this._state = TRIGGERED_;
    this.env._scheduleEvent(this, 0, priority);
    return this;
  }

  /** Triggers the event as failed; waiters receive the error thrown into them. */
  fail(error: unknown, priority = 0): this {
    if (this._state !== PENDING_) throw new Error('event already triggered');
    this._ok = false;
    this._value = error as T;
    this._state = TRIGGERED_;
    this.env._scheduleEvent(this, 0, priority);
    return this;
  }

  /** Runs `cb` when the event is processed (immediately, if it already was). */
  addCallback(cb: EventCallback<T>): void {
    if (this._state === PROCESSED_) { cb(this); return; }
    (this._callbacks ??= []).push(cb);
  }

  /** @internal */
  _addWaiter(w: Waiter): void {
    if (this._waiter === null && this._callbacks === null) this._waiter = w;
    else (this._callbacks ??= []).push(w);
  }

  /** @internal Removes a waiter (on interrupt); returns whether it was there. */
  _removeWaiter(w: Waiter): boolean {
    if (this._waiter === w) { this._waiter = null; return true; }
    const cbs = this._callbacks;
    if (cbs !== null) {
      const i = cbs.indexOf(w);
      if (i >= 0) { cbs.splice(i, 1); return true; }
    }
    return false;
  }

  /** @internal Called by the environment when the calendar reaches this event. */
  _fire(): void {
    this._state = PROCESSED_;
    const w = this._waiter;
    const cbs = this._callbacks;
    if (w !== null) { this._waiter = null; this.defused = true; w._resume(this); }
    if (cbs !== null) {
      this._callbacks = null;
      this.defused = true;
      for (let i = 0; i < cbs.length; i++) {
        const c = cbs[i]!;
        if (typeof c === 'function') c(this); else c._resume(this);
      }
    }
    if (this._ok === false && this.defused === false) this.env._unhandled(this);
  }
}

/**
 * @internal What a yielded object is, read by `Process` from the object's prototype:
 * `YIELD_EVENT` for events, `YIELD_HOLD` for `timeout(d, value)`. Cheaper than
 * `instanceof`, which is not optimized when the constructor is in dictionary mode
 * (see `inheritEvent`).
 */
export const YIELD_EVENT = 1;
/** @internal See `YIELD_EVENT`. */
export const YIELD_HOLD = 2;
(Event.prototype as { _yieldKind?: number })._yieldKind = YIELD_EVENT;

/**
 * @internal Sets the fields every event has, in the same order for every kind of event.
 * The constructor of each kind of event calls it first (see `inheritEvent`).
 */
export function initEvent(ev: Event<any>, env: Environment): void {
  (ev as { env: Environment }).env = env;
  ev._state = PENDING_;
  ev._ok = true;
  ev._value = undefined;
  ev._waiter = null;
  ev._callbacks = null;
  ev.defused = false;
}

/**
 * @internal Makes the instances of `cls` events (`instanceof Event`, with its methods)
 * without `class ... extends Event`; `cls` declares `interface Cls extends Event {}` for
 * the types and calls `initEvent` in its constructor.
 *
 * Why not `extends`: runners that keep function names (tsx, esbuild's `keepNames`, used
 * by the Node entry points and the benchmark) redefine every class's `name`, which turns
 * the class constructor into a dictionary-mode object. In V8 (Node 20), constructing a
 * subclass whose constructor is in dictionary mode through `super()` is never optimized
 * (each attempt is aborted on a map dependency and retried), which made every
 * `new Process` and `new Request` some 20 times slower. Base-class constructors do not
 * have that problem.
 */
export function inheritEvent(cls: abstract new (...args: any[]) => object): void {
  Object.setPrototypeOf(cls.prototype, Event.prototype);
}

/** An event processed `delay` after its creation. */
export interface Timeout<T = undefined> extends Event<T> {}
export class Timeout<T = undefined> {
  /** The delay after creation at which the event is processed. */
  declare readonly delay: number;

  constructor(env: Environment, delay: number, value?: T) {
    initEvent(this, env);
    this.delay = delay;
    if (!(delay >= 0)) throw new RangeError(`invalid delay: ${delay} (expected a number >= 0)`);
    this._value = value;
    this._state = TRIGGERED_;
    env._scheduleEvent(this, delay, 0);
  }
}
inheritEvent(Timeout);

/** Thrown into a process by `Process.interrupt`; `cause` says why. */
export class Interrupt extends Error {
  constructor(override readonly cause: unknown) {
    super(`interrupted: ${String(cause)}`);
    this.name = 'Interrupt';
  }
}
