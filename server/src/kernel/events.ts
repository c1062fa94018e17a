import type { ActivationEventKind, RequestStatus } from '../lib/vocabulary/requests';

/**
 * What the server announces after a change commits. Payloads are small and JSON-safe (ids, kinds, instants): each
 * subscriber loads the changed object itself, with its own authorization, so Redis can carry them between processes.
 */
export interface RequestChanged {
  topic: 'request';
  requestId: string;
  /** What the request was before this change: lets each approver tell ADDED from UPDATED from REMOVED. */
  previous: { status: RequestStatus; stage: number; at: string } | null;
  at: string;
}

export interface ActivationChanged {
  topic: 'activation';
  assignmentId: string;
  kind: ActivationEventKind;
  at: string;
}

/** A new in-app notification for one principal (its inbox and bell). */
export interface NotificationCreated {
  topic: 'notification';
  notificationId: string;
  principalId: string;
  at: string;
}

export type DomainEvent = RequestChanged | ActivationChanged | NotificationCreated;
export type Topic = DomainEvent['topic'];
export type EventOf<T extends Topic> = Extract<DomainEvent, { topic: T }>;
