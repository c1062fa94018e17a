'use client';

import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { hasCode } from '@/apollo/errors';
import { leavingSession } from '@/apollo/makeClient';
import { graphql } from '@/gql';
import { useMounted } from '@/lib/useMounted';
import { LiveNotifications } from '@/live/LiveNotifications';
import { AnnouncerProvider } from '@/live/Announcer';
import { NotificationBell } from '@/notifications/NotificationBell';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { Loading } from '@/ui/States';
import { ToastProvider } from '@/ui/Toasts';
import { landingPath, useLiveCapabilities, useViewerCapabilitiesIf } from './capabilities';
import { MfaStatus } from './MfaStatus';
import { isCurrent, visibleNavigation } from './navigation';
import { NavLink } from './NavLink';
import { ViewerContext, type Viewer } from './ViewerContext';
import { ShellViewer, type ShellViewerData } from './viewerQuery';

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Whether My reviews is for me, in one small query: something waits for my decision (or a review in progress I take
 * part in: decided items stay mine until it ends). Not a permission, so not a capability: the page is everyone's.
 */
const ReviewNavigation = graphql(`
  query ReviewNavigation {
    reviewItems(filter: { mine: true }, first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/**
 * The signed-in frame: navigation, who is signed in, sign-out. Pages render only once `me` has answered, so they can
 * rely on the viewer; UNAUTHENTICATED sends the browser to the sign-in page (see makeClient's redirect link).
 * `initialViewer` is what the dashboard's server read with the session cookie (serverViewer): written into the cache
 * once, so the first render — on the server and at hydration — already has the viewer and the page's queries start
 * when the scripts run, without waiting for a round trip of `me` first. Without it, the shell asks in the browser.
 */
export function DashboardShell({ initialViewer, children }: { initialViewer: ShellViewerData | null; children: ReactNode }) {
  const client = useApolloClient();
  useState(() => initialViewer && client.writeQuery({ query: ShellViewer, data: initialViewer }));
  const mounted = useMounted();
  const pathname = usePathname();
  const { data, error, refetch } = useQuery(ShellViewer, initialViewer ? { fetchPolicy: 'cache-first' } : mounted ? {} : skipToken);
  const [signOut, { loading: signingOut }] = useMutation(SignOut);
  const search = useSearchParams().toString();
  const signedIn = mounted && Boolean(data?.me);
  // Asked once the viewer is known, in the browser (the links they add come a moment after the rest); the capabilities
  // then follow the viewer's holdings live.
  const reviewNavigation = useQuery(ReviewNavigation, signedIn ? {} : skipToken).data;
  const capabilities = useViewerCapabilitiesIf(signedIn);
  useLiveCapabilities(signedIn);
  const groups = visibleNavigation(capabilities, (item) => isCurrent(item, pathname, search) || (reviewNavigation?.reviewItems.edges.length ?? 0) > 0);
  // On a phone the navigation folds behind a Menu button (narrow.css); on a wide screen the button is not shown.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    // Another page: the menu that led there closes.
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  const menuButton = useRef<HTMLButtonElement>(null);
  const onSidebarKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    event.stopPropagation();
    setMenuOpen(false);
    menuButton.current?.focus();
  };
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
    leavingSession();
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
      <aside className="sidebar" onKeyDown={onSidebarKey}>
        <div className="sidebar-bar">
          <NavLink href={landingPath(capabilities)} className="brand">
            <span className="brand-mark" aria-hidden="true">
              E
            </span>
            Elevate
          </NavLink>
          <button
            ref={menuButton}
            type="button"
            className="button button-small nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-navigation"
            // Like the controls in the fieldset below: enabled once the scripts can open the menu.
            disabled={!mounted}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <MenuIcon open={menuOpen} />
            Menu
          </button>
        </div>
        <nav
          id="main-navigation"
          aria-label="Main"
          className={menuOpen ? 'nav-open' : undefined}
          onClick={(event) => {
            if ((event.target as Element).closest('a')) setMenuOpen(false);
          }}
        >
          {groups.map((group) => (
            <div key={group.id} className="nav-group">
              <p id={`nav-${group.id}`} className="nav-group-label">
                {group.label}
              </p>
              <ul aria-labelledby={`nav-${group.id}`}>
                {group.items.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href} current={isCurrent(item, pathname, search)}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </aside>
      <div className="workspace">
        {/* Rendered on the server, the page's controls are on screen before its scripts have run; until they have, they
            are disabled (a fieldset disables every control in it), so a click is not lost on a button that cannot act yet
            — and a browser test's click waits for it to be enabled. Links work either way. */}
        <fieldset className="until-interactive" role="none" disabled={!mounted}>
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
        </fieldset>
      </div>
    </div>
    </ToastProvider>
    </AnnouncerProvider>
  );
}

/** Three bars, or a cross while the menu is open (an SVG: no icon font is needed). */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="nav-toggle-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={open ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
