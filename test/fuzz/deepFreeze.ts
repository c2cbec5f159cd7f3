/**
 * Freezes a value and everything it holds, without recursion (fuzz inputs nest thousands of
 * levels deep), so that code checking it cannot change it unnoticed: in strict-mode code a
 * write to a frozen object throws.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    // Typed arrays with elements cannot be frozen; they are never scenario data.
    if (ArrayBuffer.isView(v)) continue;
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
