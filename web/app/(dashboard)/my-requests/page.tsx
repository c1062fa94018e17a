import type { Metadata } from 'next';
import { MyRequestsView } from '@/requests/MyRequestsView';

export const metadata: Metadata = { title: 'My requests' };

export default function Page() {
  return <MyRequestsView />;
}
