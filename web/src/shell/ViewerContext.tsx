'use client';

import { createContext, useContext } from 'react';

export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  /** When this tab's session last passed a TOTP step-up, if it did */
  mfaAt: string | null;
  setMfaAt: (mfaAt: string) => void;
}

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the dashboard shell, which renders its pages once `me` has answered. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is used outside the dashboard shell');
  return viewer;
}
