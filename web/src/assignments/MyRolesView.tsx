'use client';

import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { MyRequestsFeed } from '@/live/feeds';
import { liveFeed, useLiveList } from '@/live/useLiveList';
import { useViewer } from '@/shell/ViewerContext';
import { ActivateDialog, type Activatable } from './ActivateDialog';
import { DeactivateDialog, ExtendDialog } from './MyRoleDialogs';
import { MyRoleSections } from './MyRoleSections';
import { mergeOpenRequest } from './myRolesLive';
import type { MyRole, MyRoleActions } from './MyRoleTable';
import { MY_ROLE_STATES, MyAssignments, MyOpenRequests } from './queries';

/** My eligible, active, scheduled and recently ended roles, live (each list follows the feeds on its own). */
export function MyRolesView() {
  const viewer = useViewer();
  const client = useApolloClient();
  const [activating, setActivating] = useState<Activatable | null>(null);
  const [deactivating, setDeactivating] = useState<MyRole | null>(null);
  const [extending, setExtending] = useState<{ row: MyRole; kind: 'extend' | 'renew' } | null>(null);
  const open = useLiveList(MyOpenRequests, {}, [liveFeed({ query: MyRequestsFeed }, mergeOpenRequest)]);

  // After a change of my own: its answer is in hand now, the feeds' events may come a moment later.
  const refresh = useCallback(() => {
    void client.refetchQueries({ include: [MyAssignments, MyOpenRequests] }).catch(() => undefined);
  }, [client]);

  const pending = new Map(
    (open.data?.roleRequests.edges ?? [])
      .filter(({ node }) => node.action === 'SELF_ACTIVATE')
      .map(({ node }) => [`${node.role.id}:${node.scope.id}`, node.status] as const),
  );
  const actions: MyRoleActions = {
    pending,
    onActivate: setActivating,
    onDeactivate: setDeactivating,
    onExtend: (row) => setExtending({ row, kind: 'extend' }),
    onRenew: (row) => setExtending({ row, kind: 'renew' }),
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>My roles</h1>
          <p className="lead">Activate your eligible roles when you need them; see what you hold now, what is scheduled and what ended.</p>
        </div>
      </div>
      {MY_ROLE_STATES.map((state) => (
        <MyRoleSections key={state} principalId={viewer.id} state={state} actions={actions} />
      ))}

      {activating ? <ActivateDialog target={activating} onClose={() => setActivating(null)} onDone={refresh} /> : null}
      {deactivating ? <DeactivateDialog row={deactivating} onClose={() => setDeactivating(null)} onDone={refresh} /> : null}
      {extending ? <ExtendDialog row={extending.row} kind={extending.kind} onClose={() => setExtending(null)} onDone={refresh} /> : null}
    </div>
  );
}
