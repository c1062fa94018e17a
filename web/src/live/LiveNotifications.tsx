'use client';

import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql, useFragment as readFragment } from '@/gql';
import { useToasts } from '@/ui/Toasts';
import { ActivationsFeed, ApprovalQueueFeed, MyRequestsFeed } from './feeds';
import { leftQueueMessage, requestStatusKey } from './requestStatus';

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

/** Who asks for what, where: a request arriving in my approval queue; and what became of one that left it. */
const QueuedToastFragment = graphql(`
  fragment LiveNotifications_queued on RoleRequest {
    id
    principal {
      id
      displayName
    }
    role {
      id
      name
    }
    scope {
      id
      name
    }
    status
    approvals {
      stage
      decisions {
        decision
        decidedAt
        approver {
          id
          displayName
        }
      }
    }
  }
`);

/** What a request arriving in my queue is called, in the toast and to a screen reader. */
export function askedFor(request: { principal: { displayName: string }; role: { name: string }; scope: { name: string } }): string {
  return `${request.principal.displayName} asks for ${request.role.name} at ${request.scope.name}`;
}

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
 * Toasts for live events about me: my request approved, denied or expired; my activation ended; a request arriving in my
 * approval queue, and one leaving it through somebody else. Each toast's words are announced once (through the Announcer, keyed by the change). Mounted once in the
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
      const key = requestStatusKey(request.id, request.status);
      if ((request.status === 'PROVISIONED' || request.status === 'GRANTED') && (decided || before === 'PENDING_APPROVAL')) {
        toasts.show({ tone: 'success', title: 'Request approved', body: what, key });
      } else if (request.status === 'DENIED') {
        toasts.show({ tone: 'error', title: 'Request denied', body: what, key });
      } else if (request.status === 'EXPIRED') {
        toasts.show({ tone: 'error', title: 'Request expired without a decision', body: what, key });
      }
    },
  });

  useSubscription(ApprovalQueueFeed, {
    onData: ({ data }) => {
      const event = data.data?.approvalQueue;
      if (!event) return;
      const request = readFragment(QueuedToastFragment, event.request);
      if (event.kind === 'ADDED') {
        toasts.show({ tone: 'info', title: 'Approval needed', body: askedFor(request), key: `queued:${request.id}` });
        return;
      }
      const left = leftQueueMessage(request, viewerId);
      if (left) toasts.show({ tone: 'info', title: 'No longer waiting for you', body: left, key: `left:${request.id}:${request.status}` });
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
