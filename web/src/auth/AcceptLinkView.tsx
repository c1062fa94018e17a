'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useApiEndpoint } from '@/apollo/ApolloProvider';
import { apiHttpBase } from '@/apollo/endpoint';
import { apiProblem } from '@/apollo/errors';
import { graphql } from '@/gql';

import { formatDateTime } from '@/lib/format';
import { useMounted } from '@/lib/useMounted';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { AuthCard } from './AuthCard';
import { Loading } from '@/ui/States';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      kind
      email
      displayName
      expiresAt
      totpSecret
      otpauthUri
      identityProviderId
      identityProvider {
        id
        name
        signInPath
      }
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $totpCode: String!) {
    acceptInvitation(token: $token, password: $password, totpCode: $totpCode) {
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

/** The same length rule the server applies (auth/password.ts), said before the form is sent. */
const MIN_LENGTH = 12;

/** The otpauth URI as an SVG QR code, drawn in the browser (the secret never goes anywhere else). */
function QrCode({ uri, label }: { uri: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(({ toString }) =>
      toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((markup) => live && setSvg(markup)),
    );
    return () => {
      live = false;
    };
  }, [uri]);
  if (!svg) return <div className="qr-code" role="img" aria-label={label} />;
  return <div className="qr-code" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The secret in groups of four, as authenticator apps ask it typed. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * The page of a one-time link: the first administrator's setup (`/setup`) and a new user's invitation (`/invitation`).
 * It says whose link it is, asks a password (twice) and a first code from the authenticator the QR code (or the secret)
 * enrols, and signs the person in. An invitation that names an identity provider (a guest's home organisation) is
 * accepted by signing in there instead: the page offers only that.
 */
export function AcceptLinkView() {
  const params = useSearchParams();
  const token = params.get('token') ?? '';
  const router = useRouter();
  const client = useApolloClient();
  const ready = useMounted();
  const endpoint = useApiEndpoint();
  const { data, loading, error } = useQuery(InvitationQuery, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [accept, acceptance] = useMutation(AcceptInvitation);
  const [mismatch, setMismatch] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const mismatchId = useId();
  const hintId = useId();
  const invitation = data?.invitation;
  const problem = apiProblem(acceptance.error);
  const passwordRefused = problem?.field === 'password';
  const codeRefused = problem?.field === 'totpCode';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const again = String(form.get('confirm') ?? '');
    if (password !== again) {
      setMismatch(true);
      passwordRef.current?.focus();
      return;
    }
    setMismatch(false);
    const totpCode = String(form.get('code') ?? '').trim();
    const result = await accept({ variables: { token, password, totpCode } }).catch(() => null);
    if (result?.data?.acceptInvitation) {
      await client.clearStore();
      router.replace('/my-roles');
      return;
    }
    (apiProblem(result?.error)?.field === 'password' ? passwordRef : codeRef).current?.focus();
  }

  const setup = invitation?.kind === 'SETUP';
  const heading = !invitation ? 'Set up your account' : setup ? 'Set up the first administrator' : `Welcome, ${invitation.displayName}`;

  return (
    <AuthCard wide>
      <h1>{heading}</h1>
      {!token ? (
        <p role="alert">This page needs the link you were sent, with its token. Ask for a new one.</p>
      ) : loading && !data ? (
        <Loading />
      ) : !invitation ? (
        <>
          <ProblemAlert error={error} />
          <p>
            <a href="/sign-in">Go to sign-in</a>
          </p>
        </>
      ) : invitation.identityProviderId ? (
        <div className="stack">
          <p className="muted">
            Your account is {invitation.email}. This invitation works once, until {formatDateTime(invitation.expiresAt)}.
          </p>
          {invitation.identityProvider ? (
            <>
              <p>You accept it by signing in with {invitation.identityProvider.name}: no password is set here.</p>
              <a
                className="button button-primary"
                href={`${apiHttpBase(endpoint)}${invitation.identityProvider.signInPath}?invitation=${encodeURIComponent(token)}&returnTo=${encodeURIComponent('/my-roles')}`}
              >
                Sign in with {invitation.identityProvider.name}
              </a>
            </>
          ) : (
            <p role="alert" className="alert alert-error">
              The identity provider this invitation names is no longer connected. Ask whoever invited you for a new invitation.
            </p>
          )}
        </div>
      ) : (
        <form className="stack" method="post" onSubmit={submit} aria-describedby={hintId}>
          <p id={hintId} className="muted">
            {setup
              ? `${invitation.displayName} (${invitation.email}) becomes Global Administrator of this tenant.`
              : `Your account is ${invitation.email}.`}{' '}
            This link works once, until {formatDateTime(invitation.expiresAt)}.
          </p>
          <input type="email" name="username" value={invitation.email} autoComplete="username" readOnly hidden />
          <label className="field">
            <span>New password</span>
            <input
              ref={passwordRef}
              type="password"
              name="password"
              autoComplete="new-password"
              minLength={MIN_LENGTH}
              required
              aria-invalid={passwordRefused || mismatch ? true : undefined}
              aria-describedby={mismatch ? mismatchId : passwordRefused ? errorId : undefined}
            />
            <span className="muted small">At least {MIN_LENGTH} characters; a few words make a good one.</span>
          </label>
          <label className="field">
            <span>Password again</span>
            <input type="password" name="confirm" autoComplete="new-password" required aria-invalid={mismatch ? true : undefined} aria-describedby={mismatch ? mismatchId : undefined} />
          </label>
          {mismatch ? (
            <p id={mismatchId} role="alert" className="alert alert-error">
              The two passwords are not the same.
            </p>
          ) : null}
          <fieldset className="stack enrol">
            <legend>Authenticator</legend>
            <p className="muted">Scan the code with an authenticator app, or type the key into it; then enter the 6-digit code it shows.</p>
            <QrCode uri={invitation.otpauthUri} label={`QR code of the authenticator key for ${invitation.email}`} />
            <p>
              Key: <code className="totp-secret">{grouped(invitation.totpSecret)}</code>
            </p>
            <label className="field">
              <span>Code from the app</span>
              <input
                ref={codeRef}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                aria-invalid={codeRefused ? true : undefined}
                aria-describedby={codeRefused ? errorId : undefined}
              />
            </label>
          </fieldset>
          <ProblemAlert id={errorId} error={acceptance.error} />
          <button type="submit" className="button button-primary" disabled={!ready || acceptance.loading}>
            {acceptance.loading ? 'Setting up…' : 'Set password and sign in'}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
