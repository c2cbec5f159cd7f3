/**
 * Updates live SVG elements in place from a chart's new virtual tree: attributes and text
 * that did not change are left alone, so a chart that moves a line by a few pixels costs the
 * browser a repaint of that line, not a new layout of every label. Elements are matched by
 * position and tag; anything else is replaced. Text still goes in only as text nodes.
 */
import type { VNode } from '../charts/vnode.ts';
import { mountVNode } from './dom.ts';

function patchAttributes(dom: Element, node: VNode): void {
  for (const a of Array.from(dom.attributes)) if (!Object.hasOwn(node.attrs, a.name)) dom.removeAttribute(a.name);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'xmlns') continue;
    const text = String(v);
    if (dom.getAttribute(k) !== text) dom.setAttribute(k, text);
  }
}

/** Makes `dom`'s children match `node`'s children. */
export function patchChildren(dom: Element, node: VNode): void {
  const kids = dom.childNodes;
  node.children.forEach((child, i) => {
    const existing = kids[i] as Node | undefined;
    if (typeof child === 'string') {
      if (existing?.nodeType === Node.TEXT_NODE) {
        if (existing.nodeValue !== child) existing.nodeValue = child;
      } else if (existing) dom.replaceChild(document.createTextNode(child), existing);
      else dom.append(document.createTextNode(child));
      return;
    }
    if (existing?.nodeType === Node.ELEMENT_NODE && (existing as Element).localName === child.tag) {
      patchAttributes(existing as Element, child);
      patchChildren(existing as Element, child);
    } else if (existing) dom.replaceChild(mountVNode(child), existing);
    else dom.append(mountVNode(child));
  });
  while (dom.childNodes.length > node.children.length) dom.lastChild!.remove();
}
