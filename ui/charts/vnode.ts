/**
 * A tiny virtual SVG tree: charts are pure functions from data to a {@link VNode}, so the
 * same tree is mounted in the page (see `ui/app/mountVNode.ts`), serialized for SVG/PNG
 * export, and snapshot-tested in Node without a DOM. Text and attribute values are always
 * escaped; there is no way to inject markup through a VNode.
 */

/** Attribute values; numbers are written as they are (round them first with {@link px}). */
export type AttrValue = string | number;

/** One SVG element: tag, attributes, children (elements or plain text). */
export interface VNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly Child[];
}

/** A child of an element: another element or a text run. */
export type Child = VNode | string;

/** Attribute and tag names a VNode accepts: SVG names only, nothing that could close a tag. */
const NAME = /^[a-zA-Z_][a-zA-Z0-9_:.-]*$/;

/** What `h` accepts as children: nested arrays and null/false (skipped) make conditional parts easy. */
export type ChildInput = Child | null | undefined | false | readonly ChildInput[];

function flatten(input: readonly ChildInput[], out: Child[]): Child[] {
  for (const c of input) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flatten(c as readonly ChildInput[], out);
    else out.push(c as Child);
  }
  return out;
}

/**
 * Creates an element.
 *
 * @throws Error on a tag or attribute name that is not a plain SVG name.
 */
export function h(tag: string, attrs: Record<string, AttrValue | null | undefined | false> = {}, ...children: ChildInput[]): VNode {
  if (!NAME.test(tag)) throw new Error(`invalid tag: ${tag.slice(0, 40)}`);
  const clean: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (!NAME.test(k)) throw new Error(`invalid attribute: ${k.slice(0, 40)}`);
    if (v === null || v === undefined || v === false) continue;
    clean[k] = v;
  }
  return { tag, attrs: clean, children: flatten(children, []) };
}

/** Rounds a pixel coordinate to 0.1 px, so output is compact and stable across platforms. */
export function px(x: number): number {
  return Math.round(x * 10) / 10;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in XML text or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => TEXT_ESCAPES[ch]);
}

/**
 * Serializes a tree as SVG/XML text, one element per line with two-space indentation
 * (readable diffs in snapshot review). Elements whose children are all text stay on one line.
 */
export function toSvgString(node: VNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `${pad}<${node.tag}${attrs}/>`;
  if (node.children.every((c) => typeof c === 'string')) {
    return `${pad}<${node.tag}${attrs}>${node.children.map((c) => escapeXml(c as string)).join('')}</${node.tag}>`;
  }
  const inner = node.children
    .map((c) => (typeof c === 'string' ? `${pad}  ${escapeXml(c)}` : toSvgString(c, depth + 1)))
    .join('\n');
  return `${pad}<${node.tag}${attrs}>\n${inner}\n${pad}</${node.tag}>`;
}

/** A 32-bit FNV-1a hash of a text, to tell two drawings apart without keeping them. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
