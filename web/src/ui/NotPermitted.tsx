import Link from 'next/link';

/**
 * Under a page's heading, for someone who may not use the page (a FORBIDDEN answer, or a page only for some): one
 * sentence that says so, the server's reason when there is one, and what would give access. Nothing to try again:
 * asking once more changes nothing until the person holds something else (the navigation follows that live).
 */
export function NotPermitted({ reason }: { reason?: string | null }) {
  return (
    <div className="not-permitted" data-code="FORBIDDEN">
      <svg className="not-permitted-icon" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="5" y="10.5" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <div>
        <p className="not-permitted-title">You may not use this page.</p>
        {reason ? <p className="muted">{reason}</p> : null}
        <p className="muted">
          If you are eligible for a role that allows it, activate it in <Link href="/my-roles">My roles</Link>.
        </p>
      </div>
    </div>
  );
}
