import type { Metadata } from 'next';
import { preload, Preloaded } from '@/apollo/preload';
import { searchParamsOf, type PageSearchParams } from '@/lib/searchParams';
import { MyRequestsView } from '@/requests/MyRequestsView';
import { readRequestSort, requestListVariables } from '@/requests/order';
import { MyRequests } from '@/requests/queries';

export const metadata: Metadata = { title: 'My requests' };

export default async function Page({ searchParams }: { searchParams: PageSearchParams }) {
  const sort = readRequestSort(await searchParamsOf(searchParams));
  return (
    <Preloaded queries={[preload(MyRequests, requestListVariables(sort))]}>
      <MyRequestsView />
    </Preloaded>
  );
}
