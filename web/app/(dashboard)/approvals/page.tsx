import type { Metadata } from 'next';
import { ApprovalsView } from '@/approvals/ApprovalsView';

export const metadata: Metadata = { title: 'Approvals' };

export default function Page() {
  return <ApprovalsView />;
}
