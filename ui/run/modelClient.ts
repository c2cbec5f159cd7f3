/**
 * The page's side of the model worker: validation by canonical input text, memoized, so a
 * scenario seen before is answered at once (and synchronously, with {@link ModelClient.peek}).
 * Requests made in the same task travel together.
 */
import type { Validation } from '../state/modelInfo.ts';
import { canonicalJson } from '../state/scenarioEntry.ts';

/** Most validations remembered. */
const MEMO_LIMIT = 500;

/** Anything that validates a batch of inputs (the worker, or the model in process in tests). */
export type ValidateBatch = (inputs: readonly unknown[]) => Promise<Validation[]> | Validation[];

export class ModelClient {
  private readonly memo = new Map<string, Validation>();
  private readonly inFlight = new Map<string, Promise<Validation>>();
  private batch: { key: string; input: unknown; resolve: (v: Validation) => void }[] = [];

  /** @param validateBatch the model worker (`modelWorker().validate`), or the model in process. */
  constructor(private readonly validateBatch: ValidateBatch) {}

  /** The validation of `input` if it is known already, else undefined. */
  peek(input: unknown): Validation | undefined {
    return this.memo.get(canonicalJson(input));
  }

  /** Validates `input`. */
  validate(input: unknown): Promise<Validation> {
    const key = canonicalJson(input);
    const known = this.memo.get(key);
    if (known) return Promise.resolve(known);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const promise = new Promise<Validation>((resolve) => {
      this.batch.push({ key, input, resolve });
      if (this.batch.length === 1) queueMicrotask(() => void this.flush());
    });
    this.inFlight.set(key, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const items = this.batch;
    this.batch = [];
    let answers: Validation[] | null = null;
    let problem = '';
    try {
      answers = await this.validateBatch(items.map((i) => i.input));
    } catch (error) {
      problem = `the scenario could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    }
    items.forEach((item, i) => {
      this.inFlight.delete(item.key);
      const v = answers?.[i];
      // Only the model's answers are remembered: a failed check is tried again next time.
      if (!v) return item.resolve({ ok: false, errors: [{ path: '', message: problem || 'the scenario could not be checked' }] });
      if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(item.key, v);
      item.resolve(v);
    });
  }
}
