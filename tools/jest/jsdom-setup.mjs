// The few browser APIs the dashboard's rendering tests need and jsdom lacks (specs that opt into jsdom with a
// `@jest-environment jsdom` docblock). Set up for every dashboard spec, it does nothing where there is no DOM.
// Each stub does the least the components rely on: jsdom has no layout, so nothing here measures or moves.
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.document !== 'undefined') {
  // React Router creates a TextEncoder when it is imported; jsdom's window has none.
  globalThis.TextEncoder ??= TextEncoder;
  globalThis.TextDecoder ??= TextDecoder;

  // ui/Dialog.tsx opens a native modal <dialog>; jsdom has the element and its `open` attribute only.
  const dialog = globalThis.HTMLDialogElement.prototype;
  dialog.showModal ??= function showModal() {
    this.open = true;
  };
  dialog.close ??= function close() {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new globalThis.Event('close'));
  };

  // The queue keeps its active row in view; the live feed scrolls to the top on "N new".
  const element = globalThis.Element.prototype;
  element.scrollIntoView ??= function scrollIntoView() {};
  element.scrollTo ??= function scrollTo(options) {
    if (typeof options === 'object' && options !== null && options.top !== undefined)
      this.scrollTop = options.top;
  };

  // The queue finds its active row with `CSS.escape(id)` in a selector.
  globalThis.CSS ??= { escape: (value) => String(value).replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char}`) };
}
