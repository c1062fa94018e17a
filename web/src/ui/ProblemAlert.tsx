import type { ErrorLike } from '@apollo/client';
import { apiProblem, PROBLEM_TITLES } from '@/apollo/errors';
import { NotPermitted } from './NotPermitted';

/**
 * An API error as the user should see it: a title for its code and the server's own message. A refusal of what a page
 * loads (FORBIDDEN where there is something to try again: a query, not an action) is the page's "you may not use this"
 * (NotPermitted), in this one place for every page: trying again would change nothing.
 */
export function ProblemAlert({ id, error, onRetry }: { id?: string; error: ErrorLike | null | undefined; onRetry?: () => void }) {
  const problem = apiProblem(error);
  if (!problem) return null;
  if (onRetry && problem.code === 'FORBIDDEN') return <NotPermitted reason={problem.message} />;
  return (
    <div id={id} className="alert alert-error" role="alert" data-code={problem.code}>
      <strong className="alert-title">{PROBLEM_TITLES[problem.code]}</strong>
      <span>{problem.message}</span>
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
