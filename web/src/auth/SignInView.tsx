'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
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

/** Only paths inside the dashboard: never an absolute or protocol-relative URL from the query string. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/my-roles';
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
          <button type="submit" className="button button-primary" disabled={!ready || loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
