import type { ReactNode } from 'react';
import { DashboardShell } from '@/shell/DashboardShell';
import { serverViewer } from '@/shell/serverViewer';

/** The signed-in frame; the viewer is read here, on the server, so the first render already knows who is signed in. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  return <DashboardShell initialViewer={await serverViewer()}>{children}</DashboardShell>;
}
