/** Messages shown above the results: problems with a link or a file, run failures, notices. */
import { el } from './dom.ts';

/** How long an information notice stays, in ms. */
const INFO_MS = 12_000;

/** How a message is shown. */
export type MessageKind = 'error' | 'warning' | 'info';

/** A button in a message ("Undo", "Run anyway"); pressing it also removes the message. */
export interface MessageAction {
  readonly label: string;
  run(): void;
}

/** The message area (index.html's `#messages`). */
export class Messages {
  constructor(private readonly root: HTMLElement) {}

  /**
   * Shows a message with optional detail lines (each clipped by the caller); returns a
   * function that removes it. Text only: nothing is interpreted as markup.
   */
  show(kind: MessageKind, text: string, details: readonly string[] = [], id?: string, actions: readonly MessageAction[] = []): () => void {
    if (id) this.clear(id);
    const close = el('button', { type: 'button', class: 'message-close', 'aria-label': 'Dismiss message' }, '×');
    const buttons = actions.map((a) => {
      const b = el('button', { type: 'button', class: 'message-action' }, a.label);
      b.addEventListener('click', () => {
        remove();
        a.run();
      });
      return b;
    });
    const box = el(
      'div',
      { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-message-id': id },
      el('p', {}, text),
      details.length ? el('ul', {}, ...details.slice(0, 12).map((d) => el('li', {}, d))) : null,
      details.length > 12 ? el('p', { class: 'more' }, `…and ${details.length - 12} more.`) : null,
      buttons.length ? el('p', { class: 'message-actions' }, ...buttons) : null,
      close,
    );
    const remove = () => box.remove();
    close.addEventListener('click', remove);
    this.root.append(box);
    // Notices go away by themselves (later when they offer an action); problems stay until dismissed or replaced.
    if (kind === 'info') setTimeout(remove, actions.length ? INFO_MS * 2 : INFO_MS);
    return remove;
  }

  /** Removes the message with this id, if shown. */
  clear(id: string): void {
    for (const node of this.root.querySelectorAll<HTMLElement>('[data-message-id]')) if (node.dataset.messageId === id) node.remove();
  }
}
