import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

/** A page with only its heading (and lead) and something under it: a refusal or a problem. */
export function HeadedPage({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{title}</h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
      </div>
      {children}
    </div>
  );
}

/**
 * A page whose first answer was an error: its heading stays, the problem under it (a refusal as NotPermitted, without
 * "Try again"; anything else with it). For views that have nothing else to show without their data.
 */
export function PageProblem({ title, lead, error, onRetry }: { title: string; lead?: ReactNode; error: ErrorLike; onRetry: () => void }) {
  return (
    <HeadedPage title={title} lead={lead}>
      <ProblemAlert error={error} onRetry={onRetry} />
    </HeadedPage>
  );
}
