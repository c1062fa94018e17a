import type { Metadata } from 'next';
import { preload, Preloaded } from '@/apollo/preload';
import { ApprovalsView } from '@/approvals/ApprovalsView';
import { ApprovalQueue } from '@/approvals/queries';
import { searchParamsOf, type PageSearchParams } from '@/lib/searchParams';
import { readRequestSort, requestListVariables } from '@/requests/order';

export const metadata: Metadata = { title: 'Approvals' };

export default async function Page({ searchParams }: { searchParams: PageSearchParams }) {
  const sort = readRequestSort(await searchParamsOf(searchParams));
  return (
    <Preloaded queries={[preload(ApprovalQueue, requestListVariables(sort))]}>
      <ApprovalsView />
    </Preloaded>
  );
}
