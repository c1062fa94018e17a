import { Arg, Authorized, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ConnectionShape } from '../../lib/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { requireId, unauthenticated } from '../../lib/errors';
import type { Caller } from '../access/caller';
import { RoleRequest } from '../requests/role-request.type';
import { ViewerCapabilities } from '../access/viewer-capabilities';
import { ActivationEvent, ActivationEventConnection, ApprovalQueueEvent } from './live.type';

/**
 * An async iterator whose `return()` (the client unsubscribed or went away) aborts the feed at once, even while it waits
 * for the next event, so an idle subscription leaves nothing behind. With `context`, the feed also ends the moment the
 * subscriber's session does (signed out, or the principal disabled): the subscriber gets UNAUTHENTICATED, which sends a
 * dashboard to the sign-in page, instead of a feed that silently stays open.
 */
export function abortable<T>(feed: (signal: AbortSignal) => AsyncGenerator<T>, context?: GraphQLContext): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const generator = feed(controller.signal);
  let ended: Promise<never> | null = null;
  let end: () => void = () => undefined;
  const sessionEnded = new Promise<never>((_, reject) => {
    end = () => reject(unauthenticated('Your session has ended (signed out, or your account was disabled): sign in again.'));
  });
  sessionEnded.catch(() => undefined);
  const viewer = context?.caller.viewer;
  const unwatch = viewer
    ? context.services.sessionEnds.watch(viewer, () => {
        ended = sessionEnded;
        end();
        // The rejection settles first; the feed's own resources go right after.
        setImmediate(() => controller.abort());
      })
    : () => undefined;
  const stop = () => {
    unwatch();
    controller.abort();
  };
  return {
    next: () => (ended ?? Promise.race([generator.next(), sessionEnded])),
    return: async () => {
      stop();
      return generator.return(undefined);
    },
    throw: async (error?: unknown) => {
      stop();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Each event runs with its own caller (fresh authorization, loaders shared by that event's subscribers). */
const useCaller = (context: GraphQLContext) => (caller: Caller) => {
  context.caller = caller;
};

@Resolver()
export class LiveResolver {
  @Authorized(Rule.SIGNED_IN, 'own activations, plus those at scopes the caller may read (as the activations feed)')
  @Query(() => ActivationEventConnection, {
    description: 'Past activations, deactivations, expiries and revocations visible to me (at a scope and below), newest first',
  })
  async activationEvents(
    @Arg('scopeId', () => ID, { nullable: true }) scopeId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<ActivationEvent>> {
    return services.live.history(caller, scopeId, first, after);
  }

  @Authorized(Rule.USER, 'only requests the subscriber may decide at that moment, re-checked for every event')
  @Subscription(() => ApprovalQueueEvent, {
    description: 'Requests entering, changing in and leaving my approval queue',
    subscribe: ({ context }: { context: GraphQLContext }) => {
      const viewer = context.caller.requireViewer();
      return abortable((signal) => context.services.live.approvalQueue(viewer, context.caller.meta, useCaller(context), signal), context);
    },
  })
  approvalQueue(@Root() event: ApprovalQueueEvent): ApprovalQueueEvent {
    return event;
  }

  @Authorized(Rule.SIGNED_IN, 'only requests the subscriber made or that are about them')
  @Subscription(() => RoleRequest, {
    description: 'My own requests as their status changes',
    subscribe: ({ context }: { context: GraphQLContext }) => {
      const viewer = context.caller.requireViewer();
      return abortable((signal) => context.services.live.myRequests(viewer, context.caller.meta, useCaller(context), signal), context);
    },
  })
  myRequests(@Root() request: RoleRequest): RoleRequest {
    return request;
  }

  @Authorized(Rule.SIGNED_IN, 'own activations, plus those at scopes the subscriber may read at that moment')
  @Subscription(() => ActivationEvent, {
    description: 'Activations, deactivations, expiries and revocations visible to me (at a scope and below)',
    subscribe: ({ context, args }: { context: GraphQLContext; args: { scopeId?: string | null } }) => {
      const viewer = context.caller.requireViewer();
      const scopeId = args.scopeId ? requireId(args.scopeId, 'scope') : null;
      return abortable((signal) => context.services.live.activations(viewer, context.caller.meta, scopeId, useCaller(context), signal), context);
    },
  })
  activations(@Root() event: ActivationEvent, @Arg('scopeId', () => ID, { nullable: true }) _scopeId: string | null): ActivationEvent {
    return event;
  }

  @Authorized(Rule.SIGNED_IN, 'only the subscriber’s own capabilities, read again when a change touches what they or their groups hold')
  @Subscription(() => ViewerCapabilities, {
    description: 'What I may use (viewerCapabilities): the answer now, then each time it changes (a role activated, deactivated, expired, assigned or removed; a group membership)',
    subscribe: ({ context }: { context: GraphQLContext }) => {
      const viewer = context.caller.requireViewer();
      return abortable((signal) => context.services.live.viewerCapabilities(viewer, context.caller.meta, signal), context);
    },
  })
  viewerCapabilitiesChanged(@Root() capabilities: ViewerCapabilities): ViewerCapabilities {
    return capabilities;
  }
}
