/**
 * Reading scenario JSON text, the same way for the command line and the browser's import:
 * a UTF-8 byte-order mark at the start is dropped (editors on Windows write one; it is not
 * part of the JSON), and a field given twice in one object is refused with its path
 * (`JSON.parse` would keep the last and silently drop the first).
 */

/** The text without one leading byte-order mark (U+FEFF). */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A field given twice: its dotted path (`detention`, `policy.rules.0.when`) and its name. */
export interface DuplicateField {
  readonly path: string;
  readonly key: string;
}

interface Frame {
  readonly parent: Frame | null;
  readonly object: boolean;
  readonly keys: Set<string> | null;
  /** In an object: the key of the value being read; in an array: its index. */
  at: string | number;
}

const plainKey = /^[A-Za-z_$][\w$-]*$/;

/** The dotted path of `key` in the object `frame`: each enclosing container's current key or index, then `key`. */
function pathOf(frame: Frame, key: string): string {
  const parts: (string | number)[] = [key];
  for (let f = frame.parent; f; f = f.parent) parts.push(f.at);
  return parts.reverse().map((p) => (typeof p === 'number' || plainKey.test(p) ? String(p) : JSON.stringify(p))).join('.');
}

/**
 * The first field given twice in one object of `text`, or null. `text` must be valid JSON
 * (parse it first); a single pass over it, with no recursion, so any depth is fine.
 */
export function firstDuplicateField(text: string): DuplicateField | null {
  let top = null as Frame | null;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      if (expectKey && top) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys!.has(key)) return { path: pathOf(top, key), key };
        top.keys!.add(key);
        top.at = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const object = c === 0x7b;
      top = { parent: top, object, keys: object ? new Set() : null, at: object ? '' : 0 };
      expectKey = object;
    } else if (c === 0x7d || c === 0x5d) {
      top = top?.parent ?? null;
      expectKey = false;
    } else if (c === 0x2c && top) {
      if (top.object) expectKey = true;
      else (top.at as number)++;
    }
  }
  return null;
}

/** The outcome of {@link parseScenarioJson}. */
export type ScenarioJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** The message for a field given twice. */
export function duplicateFieldMessage(d: DuplicateField): string {
  return `${d.path}: the field is given twice in one object (JSON would keep only the last and drop the first); expected each field once`;
}

/** Parses scenario JSON text: drops a leading byte-order mark, refuses invalid JSON and fields given twice. */
export function parseScenarioJson(text: string): ScenarioJson {
  const json = stripByteOrderMark(text);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `invalid JSON (${(error as Error).message})` };
  }
  const duplicate = firstDuplicateField(json);
  return duplicate ? { ok: false, message: duplicateFieldMessage(duplicate) } : { ok: true, value };
}
