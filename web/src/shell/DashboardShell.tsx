'use client';

import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useMemo, type ReactNode } from 'react';
import { hasCode } from '@/apollo/errors';
import { graphql } from '@/gql';
import { useMounted } from '@/lib/useMounted';
import { LiveNotifications } from '@/live/LiveNotifications';
import { AnnouncerProvider } from '@/live/Announcer';
import { NotificationBell } from '@/notifications/NotificationBell';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { ToastProvider } from '@/ui/Toasts';
import { MfaStatus } from './MfaStatus';
import { ViewerContext, type Viewer } from './ViewerContext';

const ShellViewer = graphql(`
  query ShellViewer {
    me {
      id
      displayName
      email
    }
    viewerSession {
      expiresAt
      mfaAt
      mfaFreshUntil
      kind
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

const NAVIGATION = [
  { href: '/my-roles', label: 'My roles' },
  { href: '/my-requests', label: 'My requests' },
  { href: '/approvals', label: 'Approvals' },
  { href: '/activity', label: 'Activity' },
  { href: '/assignments', label: 'Assignments' },
  { href: '/scopes', label: 'Scopes' },
  { href: '/people', label: 'People' },
  { href: '/role-settings', label: 'Role settings' },
  { href: '/audit', label: 'Audit' },
  { href: '/webhooks', label: 'Webhooks' },
];

/**
 * The signed-in frame: navigation, who is signed in, sign-out. Pages render only once `me` has answered, so they can
 * rely on the viewer; UNAUTHENTICATED sends the browser to the sign-in page (see makeClient's redirect link).
 */
export function DashboardShell({ children }: { children: ReactNode }) {
  const mounted = useMounted();
  const pathname = usePathname();
  const { data, error, refetch } = useQuery(ShellViewer, mounted ? {} : skipToken);
  const [signOut, { loading: signingOut }] = useMutation(SignOut);
  const me = data?.me;
  const session = data?.viewerSession;
  const mfaAt = session?.mfaAt ?? null;
  const mfaFreshUntil = session?.mfaFreshUntil ?? null;
  // The session itself says when it last passed MFA; after a step-up it is asked again.
  const refreshSession = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  const viewer = useMemo<Viewer | null>(
    () =>
      me
        ? { id: me.id, displayName: me.displayName, email: me.email, mfaAt, mfaFreshUntil, setMfaAt: refreshSession, refreshSession }
        : null,
    [me, mfaAt, mfaFreshUntil, refreshSession],
  );

  async function leave() {
    await signOut().catch(() => undefined);
    // A full navigation drops everything cached for this session.
    window.location.assign('/sign-in');
  }

  let content: ReactNode;
  if (viewer)
    content = (
      <ViewerContext.Provider value={viewer}>
        <LiveNotifications viewerId={viewer.id} />
        {children}
      </ViewerContext.Provider>
    );
  else if (hasCode(error, 'UNAUTHENTICATED')) content = <Loading label="Your session has ended. Taking you to sign in…" />;
  else if (error) content = <ProblemAlert error={error} onRetry={() => void refetch()} />;
  else content = <Loading />;

  return (
    <AnnouncerProvider>
    <ToastProvider>
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <Link href="/my-roles" className="brand">
          <span className="brand-mark" aria-hidden="true">
            E
          </span>
          Elevate
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION.map((item) => {
              const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <Link href={item.href} aria-current={current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </aside>
      <div className="workspace">
        <header className="topbar">
          {viewer ? (
            <>
              <NotificationBell />
              <MfaStatus viewer={viewer} />
              <p className="signed-in" aria-label="Signed in user">
                <span className="avatar" aria-hidden="true">
                  {viewer.displayName.slice(0, 1)}
                </span>
                <span>
                  <strong>{viewer.displayName}</strong>
                  <span className="muted small">{viewer.email}</span>
                </span>
              </p>
              <button type="button" className="button button-small" onClick={() => void leave()} disabled={signingOut}>
                Sign out
              </button>
            </>
          ) : null}
        </header>
        <main id="main" className="content">
          {content}
        </main>
      </div>
    </div>
    </ToastProvider>
    </AnnouncerProvider>
  );
}
