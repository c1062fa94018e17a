'use client';

import type { ReactNode } from 'react';
import { HeadedPage } from '@/ui/PageProblem';
import { NotPermitted } from '@/ui/NotPermitted';
import { useViewerCapabilities, type Capability } from './capabilities';

/**
 * A page only for those a capability lets use it, where the API would answer everyone with their own part (the
 * navigation does not offer it to the others either): the others see its heading and that they may not use it. The
 * capability is the server's (viewerCapabilities, preloaded with the page), and follows the viewer's holdings live.
 */
export function OnlyFor({ capability, title, reason, children }: { capability: Capability; title: string; reason: string; children: ReactNode }) {
  const capabilities = useViewerCapabilities();
  if (capabilities && !capabilities[capability]) {
    return (
      <HeadedPage title={title}>
        <NotPermitted reason={reason} />
      </HeadedPage>
    );
  }
  return children;
}
