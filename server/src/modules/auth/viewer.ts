import { ActorType, PrincipalType, type UserType } from '../../lib/vocabulary/principals';

/** Who is making a request: resolved once per HTTP request or WebSocket connection from a session or API token. */
export interface Viewer {
  principalId: string;
  principalType: PrincipalType;
  /** Users: MEMBER or GUEST (what a guest may read of the directory is narrower); null for service principals. */
  userType: UserType | null;
  displayName: string;
  sessionId: string;
  sessionKind: 'SESSION' | 'API_TOKEN';
  sessionExpiresAt: Date;
  mfaAt: Date | null;
}

/** Where a request came from, for the audit trail. */
export interface RequestMeta {
  clientIp: string | null;
  userAgent: string | null;
}

export interface Actor extends RequestMeta {
  type: ActorType;
  id: string | null;
}

export function actorOf(viewer: Viewer | null, meta: RequestMeta): Actor {
  if (!viewer) return { type: ActorType.ANONYMOUS, id: null, ...meta };
  const type = viewer.principalType === PrincipalType.SERVICE_PRINCIPAL ? ActorType.SERVICE_PRINCIPAL : ActorType.USER;
  return { type, id: viewer.principalId, ...meta };
}

export const systemActor: Actor = { type: ActorType.SYSTEM, id: null, clientIp: null, userAgent: null };
