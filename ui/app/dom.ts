/**
 * DOM building without HTML strings: elements are created one by one, text always goes in
 * through text nodes, attributes through setAttribute. No code path in the app parses
 * markup, so nothing a user (or a link) supplies can become markup.
 */
import type { VNode } from '../charts/vnode.ts';

/** Attribute values; `true` sets an empty attribute, false/null/undefined omits it. */
export type DomAttrs = Record<string, string | number | boolean | null | undefined>;

/** A child: an element, or text (set as a text node). */
export type DomChild = Node | string | null | undefined | false;

/** Creates an HTML element with attributes and children. Event handlers are attached separately. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: DomAttrs = {}, ...children: DomChild[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates live SVG elements from a chart's virtual tree. */
export function mountVNode(node: VNode): SVGElement {
  const out = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'xmlns') continue;
    out.setAttribute(k, String(v));
  }
  for (const c of node.children) out.append(typeof c === 'string' ? document.createTextNode(c) : mountVNode(c));
  return out;
}

/** Looks up an element that index.html must contain. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id}`);
  return node as T;
}

/** Offers data as a file download. */
export function download(filename: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a free-text title: lower case, letters, digits and dashes. */
export function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'border-sim';
}
