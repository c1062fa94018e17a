import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload, Preloaded } from '@/apollo/preload';
import { MyRequestsView } from '@/requests/MyRequestsView';
import { MyRequests } from '@/requests/queries';

export const metadata: Metadata = { title: 'My requests' };

export default function Page() {
  return (
    <Suspense>
      <Preloaded queries={[preload(MyRequests, {})]}>
        <MyRequestsView />
      </Preloaded>
    </Suspense>
  );
}
