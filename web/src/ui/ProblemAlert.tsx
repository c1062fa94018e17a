import type { ErrorLike } from '@apollo/client';
import { apiProblem, PROBLEM_TITLES } from '@/apollo/errors';

/** An API error as the user should see it: a title for its code and the server's own message. */
export function ProblemAlert({ id, error, onRetry }: { id?: string; error: ErrorLike | null | undefined; onRetry?: () => void }) {
  const problem = apiProblem(error);
  if (!problem) return null;
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
