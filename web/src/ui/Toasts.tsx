'use client';

import { useAnnounce } from '@/live/Announcer';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type ToastTone = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  body?: string;
}

interface Toaster {
  /** Shows a toast and announces its words (once per `key`, shared with whatever else tells of the same change) */
  show: (toast: Omit<Toast, 'id'> & { key?: string }) => void;
}

const ToastContext = createContext<Toaster>({ show: () => undefined });

// Few and brief: at most three at once, each for six seconds (dismissable sooner), in the bottom-left corner, away from
// the tables' action column on the right.
const LIFETIME_MS = 6_000;
const MAX_SHOWN = 3;

/**
 * Short-lived notices for live events that concern the viewer. Their words are said through the one live region (see
 * Announcer), so the toasts themselves are not a live region: a screen reader hears each once.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const announce = useAnnounce();

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    ({ key, ...toast }: Omit<Toast, 'id'> & { key?: string }) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(1 - MAX_SHOWN), { ...toast, id }]);
      setTimeout(() => dismiss(id), LIFETIME_MS);
      announce(toast.body ? `${toast.title}: ${toast.body}` : toast.title, key);
    },
    [dismiss, announce],
  );
  const toaster = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <section className="toasts" aria-label="Notifications">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            <div>
              <strong>{toast.title}</strong>
              {toast.body ? <p className="small">{toast.body}</p> : null}
            </div>
            <button type="button" className="button button-small button-quiet" aria-label={`Dismiss: ${toast.title}`} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  );
}

export function useToasts(): Toaster {
  return useContext(ToastContext);
}
