'use client';

import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusPlacesOf, returnFocus } from './focusReturn';

/**
 * A modal built on the native <dialog> (showModal: the page behind is inert, focus stays inside, Escape asks to close;
 * no library needed for that). The content brings its own heading; `label` names the dialog for assistive technology.
 *
 * It is closed while it is still in the document (a layout effect's cleanup runs before React removes the element:
 * closing a removed <dialog> returns focus nowhere), and focus goes back to the control that opened it, or, when that
 * control is gone, to its row, table or heading (./focusReturn.ts).
 */
export function Dialog({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    const places = focusPlacesOf(document.activeElement);
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      returnFocus(places);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
