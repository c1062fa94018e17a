import type { Metadata } from 'next';
import { ActivityView } from '@/activity/ActivityView';
import { ActivityHistory } from '@/activity/queries';
import { preload, Preloaded } from '@/apollo/preload';
import { ViewerCapabilitiesQuery } from '@/shell/capabilities';
import { OnlyFor } from '@/shell/OnlyFor';

export const metadata: Metadata = { title: 'Activity' };

export default function Page() {
  return (
    <Preloaded queries={[preload(ViewerCapabilitiesQuery, {}), preload(ActivityHistory, { after: null })]}>
      <OnlyFor capability="readActivity" title="Activity" reason="Activity is for those who read others’ roles: administrators and readers. Your own activations are in My roles.">
        <ActivityView />
      </OnlyFor>
    </Preloaded>
  );
}
