import type { ReactNode } from 'react';

/** The card of the pages for people without a session: sign-in, and the setup and invitation links. */
export function AuthCard({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <main className="sign-in">
      <div className={wide ? 'sign-in-card sign-in-card-wide' : 'sign-in-card'}>
        <p className="brand brand-large" aria-hidden="true">
          <span className="brand-mark">E</span> Elevate
        </p>
        {children}
      </div>
    </main>
  );
}
