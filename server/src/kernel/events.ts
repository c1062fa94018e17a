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

/**
 * Sessions that stopped working: one signed out, or all of a principal's (disabled). Every replica ends the live feeds
 * opened with them at once, rather than when their next event comes.
 */
export interface SessionsEnded {
  topic: 'sessions';
  principalId: string;
  /** One session; null: all of the principal's sessions and API tokens. */
  sessionId: string | null;
  at: string;
}

/** An access review instance changed: started, decided, completed, applied, reset or deleted (its reviewers' lists and its progress). */
export interface ReviewChanged {
  topic: 'review';
  instanceId: string;
  reviewId: string;
  at: string;
}

/** A security alert's findings changed: raised, changed, cleared, dismissed or its settings updated. */
export interface AlertChanged {
  topic: 'alert';
  alertType: string;
  at: string;
}

export type DomainEvent = RequestChanged | ActivationChanged | NotificationCreated | SessionsEnded | ReviewChanged | AlertChanged;
export type Topic = DomainEvent['topic'];
export type EventOf<T extends Topic> = Extract<DomainEvent, { topic: T }>;
