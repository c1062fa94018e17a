import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Preloaded } from '@/apollo/preload';
import { ApprovalsView } from '@/approvals/ApprovalsView';
import { ApprovalQueue } from '@/approvals/queries';

export const metadata: Metadata = { title: 'Approvals' };

export default function Page() {
  return (
    <Suspense>
      <Preloaded query={ApprovalQueue} variables={{}}>
        <ApprovalsView />
      </Preloaded>
    </Suspense>
  );
}
