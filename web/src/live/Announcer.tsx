'use client';

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/**
 * Says `text` to assistive technology, politely, once. Messages with the same `key` (or, without one, the same text)
 * within a few seconds are said once: a toast and a table row that tell of the same change share a key.
 */
export type Announce = (text: string, key?: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/** How long a message stays in the region (long enough to be read out), and how long its key silences repeats. */
const SHOWN_MS = 7_000;
const REPEAT_MS = 10_000;

interface Message {
  id: number;
  text: string;
}

/**
 * The dashboard's one polite live region: every live announcement (toasts, new requests in a queue, a row's status, the
 * bell's count) goes through `useAnnounce`, so that a screen reader hears each once and nothing else competes with it.
 * Each message is added as a node of its own (aria-relevant additions) and removed once it has had time to be read.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<readonly Message[]>([]);
  const said = useRef(new Map<string, number>());
  const next = useRef(1);

  const announce = useCallback<Announce>((text, key = text) => {
    const now = Date.now();
    for (const [old, at] of said.current) if (now - at > REPEAT_MS) said.current.delete(old);
    if (!text || said.current.has(key)) return;
    said.current.set(key, now);
    const id = next.current++;
    setMessages((current) => [...current.slice(-4), { id, text }]);
    setTimeout(() => setMessages((current) => current.filter((message) => message.id !== id)), SHOWN_MS);
  }, []);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div id="live-announcer" className="visually-hidden" aria-live="polite" aria-relevant="additions" data-testid="live-announcer">
        {messages.map((message) => (
          <p key={message.id}>{message.text}</p>
        ))}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
