/**
 * Conditions over several events: `anyOf` (the first to happen, e.g. service or patience
 * running out) and `allOf`. The value maps each processed event to its value.
 * A failed constituent fails the condition.
 */
import { PROCESSED, initEvent, inheritEvent, type Event, type Waiter } from './event.ts';
import type { Environment } from './environment.ts';

export interface Condition extends Event<Map<Event<any>, unknown>> {}
export class Condition implements Waiter {
  private declare done: number;
  /** The events the condition is over. */
  declare readonly events: readonly Event<any>[];
  private declare readonly needAll: boolean;

  constructor(env: Environment, events: readonly Event<any>[], needAll: boolean) {
    initEvent(this, env);
    this.done = 0;
    this.events = events;
    this.needAll = needAll;
    if (events.length === 0) { this.succeed(new Map()); return; }
    for (const ev of events) {
      if (ev.env !== env) throw new Error('condition over events of another environment');
      if (ev._state === PROCESSED) this._resume(ev);
      else ev._addWaiter(this);
      if (this._state !== 0) break;
    }
  }

  /** @internal */
  _resume(ev: Event<any>): void {
    if (this._state !== 0) return;
    if (!ev._ok) { this.fail(ev._value); return; }
    this.done++;
    if (!this.needAll || this.done === this.events.length) {
      const values = new Map<Event<any>, unknown>();
      for (const e of this.events) if (e._state === PROCESSED && e._ok) values.set(e, e._value);
      this.succeed(values);
    }
  }
}
inheritEvent(Condition);
