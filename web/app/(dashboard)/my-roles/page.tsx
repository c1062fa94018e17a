import type { Metadata } from 'next';
import { preload, Preloaded, type Preload } from '@/apollo/preload';
import { MyRolesView } from '@/assignments/MyRolesView';
import { MY_ROLE_STATES, MyAssignments, MyOpenRequests } from '@/assignments/queries';
import { serverViewer } from '@/shell/serverViewer';

export const metadata: Metadata = { title: 'My roles' };

export default async function MyRolesPage() {
  const viewer = await serverViewer();
  const queries: Preload[] = viewer
    ? [
        preload(MyOpenRequests, {}),
        ...MY_ROLE_STATES.map((state) => preload(MyAssignments, { principalId: viewer.me.id, state })),
      ]
    : [];
  return (
    <Preloaded queries={queries}>
      <MyRolesView />
    </Preloaded>
  );
}
