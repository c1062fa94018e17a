import type { ReactNode } from 'react';

type Tone = 'neutral' | 'eligible' | 'active' | 'scheduled' | 'ended' | 'info' | 'warning';

export function Badge({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
