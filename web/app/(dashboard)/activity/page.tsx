import type { Metadata } from 'next';
import { ActivityView } from '@/activity/ActivityView';
import { ActivityHistory } from '@/activity/queries';
import { preload, Preloaded } from '@/apollo/preload';

export const metadata: Metadata = { title: 'Activity' };

export default function Page() {
  return (
    <Preloaded queries={[preload(ActivityHistory, { after: null })]}>
      <ActivityView />
    </Preloaded>
  );
}
