import type { EntityManager } from 'typeorm';
import { unauthenticated } from '../../lib/errors';
import { PrincipalType } from '../../lib/vocabulary/principals';
import { actorOf, type Actor, type RequestMeta, type Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from './loaders';
import { findHoldings } from './access.repository';
import { Capabilities } from './capabilities';
import type { Kernel } from '../../kernel/kernel';

/**
 * The party a service acts for: the viewer (or nobody), where the request came from, its per-request loaders and —
 * computed on first use and kept for this request only — what the viewer may do.
 */
export class Caller {
  private capabilitiesPromise: Promise<Capabilities> | null = null;
  private ownLoaders: Loaders | undefined;

  constructor(
    readonly viewer: Viewer | null,
    readonly meta: RequestMeta,
    private readonly db: EntityManager,
    private readonly now: () => Date,
    // Subscribers of one live event share its loaders: rows are the same for all, authorization is per caller.
    loaders?: Loaders,
  ) {
    this.ownLoaders = loaders;
  }

  /**
   * Batching caches for this request only (a subscription builds a new Caller per event), made on first use: the
   * caller of a subscription's operation lives as long as its socket and never loads anything (B8: every loader of every
   * socket was held for nothing).
   */
  get loaders(): Loaders {
    return (this.ownLoaders ??= createLoaders(this.db, this.now));
  }

  get actor(): Actor {
    return actorOf(this.viewer, this.meta);
  }

  requireViewer(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  get isServicePrincipal(): boolean {
    return this.viewer?.principalType === PrincipalType.SERVICE_PRINCIPAL;
  }

  capabilities(): Promise<Capabilities> {
    const viewer = this.requireViewer();
    this.capabilitiesPromise ??= findHoldings(this.db, viewer.principalId, this.now()).then(
      (holdings) => new Capabilities(viewer.principalId, holdings),
    );
    return this.capabilitiesPromise;
  }
}

const NO_META: RequestMeta = { clientIp: null, userAgent: null };

/** A caller reading through the kernel's database at its clock (resolvers get theirs from the GraphQL context). */
export function callerOf(kernel: Pick<Kernel, 'db' | 'clock'>, viewer: Viewer | null, meta: RequestMeta = NO_META, loaders?: Loaders): Caller {
  return new Caller(viewer, meta, kernel.db.manager, () => kernel.clock.now(), loaders);
}
