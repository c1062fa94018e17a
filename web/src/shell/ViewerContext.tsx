'use client';

import { createContext, useContext } from 'react';

export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  /** When this session last passed a TOTP step-up, if it did (viewerSession) */
  mfaAt: string | null;
  /** Until when that step-up counts as recent: MFA is not asked again before */
  mfaFreshUntil: string | null;
  /** Called after a step-up: reads the session again */
  setMfaAt: (mfaAt: string) => void;
  refreshSession: () => void;
}

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the dashboard shell, which renders its pages once `me` has answered. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is used outside the dashboard shell');
  return viewer;
}
