'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { apiHttpBase } from '@/apollo/endpoint';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';
import { useMounted } from '@/lib/useMounted';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { AuthCard } from './AuthCard';
import { StepUpForm } from './StepUpForm';

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

const SignInProviders = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
      guest
      signInPath
    }
  }
`);

/** Why a sign-in through an identity provider came back without a session (the API's `?sso=` reasons), in words. */
const SSO_FAILURES: Record<string, string> = {
  provider_unavailable: 'That identity provider cannot be reached just now, or is no longer connected. Try again later.',
  provider_error: 'The identity provider did not sign you in. Try again.',
  invalid_response: 'The identity provider’s answer could not be trusted, or the sign-in was used already. Start again.',
  expired: 'The sign-in took too long. Start again.',
  unknown_person: 'You signed in at your identity provider, but nobody here is you yet. Ask an administrator to invite you.',
  not_invited: 'Guests sign in through their home organisation once invited: open the link in your invitation.',
  guest_elsewhere: 'This account is a guest’s: sign in through your home organisation.',
  disabled: 'This account is disabled.',
  invitation_invalid: 'This invitation link has expired or was used already. Ask for a new one.',
};

/**
 * Only paths inside the dashboard: never an absolute or protocol-relative URL from the query string. Without one, `/`,
 * which sends each person to their landing (the Overview or My roles, app/page.tsx).
 */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export function SignInView() {
  const router = useRouter();
  const params = useSearchParams();
  const client = useApolloClient();
  const [signedInAs, setSignedInAs] = useState<string | null>(null);
  const [signIn, { loading, error }] = useMutation(SignIn);
  // Until React runs, a click would submit the form natively: keep it disabled (and never a GET with the password).
  const ready = useMounted();
  const next = safeNext(params.get('next'));
  const errorId = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const endpoint = useApiEndpoint();
  const providers = useQuery(SignInProviders).data?.signInProviders ?? [];
  const ssoFailure = params.get('sso');
  // A refused email or password: both fields are marked invalid and described by the error, focus on the password.
  const refused = apiProblem(error)?.code === 'UNAUTHENTICATED';
  const invalid = refused ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};

  async function enter() {
    await client.clearStore();
    router.replace(next);
  }

  // Uncontrolled fields: what is typed before React has hydrated the page is kept, and read from the form on submit.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const verifyNow = form.get('verifyNow') === 'on';
    const result = await signIn({ variables: { email, password } }).catch(() => null);
    const session = result?.data?.signIn;
    if (!session) {
      passwordRef.current?.focus();
      passwordRef.current?.select();
      return;
    }
    if (verifyNow) setSignedInAs(session.user.displayName);
    else await enter();
  }

  return (
    <AuthCard>
      {signedInAs ? (
        <>
          <p className="muted">Signed in as {signedInAs}.</p>
          <StepUpForm onVerified={() => void enter()} onCancel={() => void enter()} cancelLabel="Skip for now" />
        </>
      ) : (
        <form className="stack" method="post" onSubmit={submit}>
          <h1>Sign in</h1>
          <label className="field">
            <span>Email</span>
            <input type="email" name="email" autoComplete="username" required {...invalid} />
          </label>
          <label className="field">
            <span>Password</span>
            <input ref={passwordRef} type="password" name="password" autoComplete="current-password" required {...invalid} />
          </label>
          <label className="checkbox">
            <input type="checkbox" name="verifyNow" />
            <span>Also verify with my authenticator app now</span>
          </label>
          <ProblemAlert id={errorId} error={error} />
          {ssoFailure ? (
            <p role="alert" className="alert alert-error">
              {SSO_FAILURES[ssoFailure] ?? SSO_FAILURES.provider_error}
            </p>
          ) : null}
          <button type="submit" className="button button-primary" disabled={!ready || loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
          {providers.length ? (
            <nav aria-label="Sign in with your organisation" className="stack">
              <p className="muted">Or sign in with your organisation</p>
              {providers.map((provider) => (
                <a key={provider.id} className="button" href={`${apiHttpBase(endpoint)}${provider.signInPath}?returnTo=${encodeURIComponent(next)}`}>
                  Sign in with {provider.name}
                </a>
              ))}
            </nav>
          ) : null}
        </form>
      )}
    </AuthCard>
  );
}
