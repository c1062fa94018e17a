import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload, Preloaded } from '@/apollo/preload';
import { ApprovalsView } from '@/approvals/ApprovalsView';
import { ApprovalQueue } from '@/approvals/queries';

export const metadata: Metadata = { title: 'Approvals' };

export default function Page() {
  return (
    <Suspense>
      <Preloaded queries={[preload(ApprovalQueue, {})]}>
        <ApprovalsView />
      </Preloaded>
    </Suspense>
  );
}
