import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="sign-in">
      <div className="sign-in-card stack">
        <h1>Page not found</h1>
        <p className="muted">There is nothing at this address.</p>
        <Link href="/my-roles" className="button button-primary">
          Go to My roles
        </Link>
      </div>
    </main>
  );
}
