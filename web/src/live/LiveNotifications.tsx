'use client';

import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql, useFragment as readFragment } from '@/gql';
import { useToasts } from '@/ui/Toasts';
import { ActivationsFeed, MyRequestsFeed } from './feeds';

/** What a toast about my request says, and whether a decision was made on it. */
const RequestToastFragment = graphql(`
  fragment LiveNotifications_request on RoleRequest {
    id
    status
    role {
      id
      name
    }
    scope {
      id
      name
    }
    approvals {
      stage
      decisions {
        decidedAt
      }
    }
  }
`);

const ActivationToastFragment = graphql(`
  fragment LiveNotifications_activation on ActivationEvent {
    kind
    assignment {
      id
      principal {
        id
      }
      role {
        id
        name
      }
      scope {
        id
        name
      }
    }
  }
`);

/**
 * Toasts for live events about me: my request approved, denied or expired; my activation ended. Mounted once in the
 * shell, for the whole session. Not a list, so it listens to the feeds directly (sharing their server subscriptions
 * with the views that keep lists with them).
 */
export function LiveNotifications({ viewerId }: { viewerId: string }) {
  const toasts = useToasts();
  const seen = useRef(new Map<string, string>());

  useSubscription(MyRequestsFeed, {
    onData: ({ data }) => {
      const event = data.data?.myRequests;
      if (!event) return;
      const request = readFragment(RequestToastFragment, event);
      const before = seen.current.get(request.id);
      seen.current.set(request.id, request.status);
      if (before === request.status) return;
      const what = `${request.role.name} at ${request.scope.name}`;
      const decided = request.approvals.some((stage) => stage.decisions.length > 0);
      if ((request.status === 'PROVISIONED' || request.status === 'GRANTED') && (decided || before === 'PENDING_APPROVAL')) {
        toasts.show({ tone: 'success', title: 'Request approved', body: what });
      } else if (request.status === 'DENIED') {
        toasts.show({ tone: 'error', title: 'Request denied', body: what });
      } else if (request.status === 'EXPIRED') {
        toasts.show({ tone: 'error', title: 'Request expired without a decision', body: what });
      }
    },
  });

  useSubscription(ActivationsFeed, {
    variables: { scopeId: null },
    onData: ({ data }) => {
      const received = data.data?.activations;
      if (!received) return;
      const event = readFragment(ActivationToastFragment, received);
      if (event.assignment.principal.id !== viewerId || event.kind === 'ACTIVATED') return;
      const what = `${event.assignment.role.name} at ${event.assignment.scope.name}`;
      const title = { DEACTIVATED: 'Activation ended', EXPIRED: 'Activation expired', REVOKED: 'Activation revoked' }[event.kind];
      toasts.show({ tone: 'info', title, body: what });
    },
  });

  return null;
}
