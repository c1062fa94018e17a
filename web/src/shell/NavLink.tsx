'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A link of the frame that prefetches its route only when the user is about to follow it (pointer over it, keyboard
 * focus, a touch), not on every hard load: Next's default prefetches every link in the viewport, which for the ten routes
 * of the sidebar means ten RSC requests, each rendering a page (and reading the viewer) on the server while the page
 * the user asked for is still loading.
 */
export function NavLink({ href, current, className, children }: { href: string; current?: boolean; className?: string; children: ReactNode }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      href={href}
      className={className}
      prefetch={false}
      aria-current={current ? 'page' : undefined}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </Link>
  );
}
