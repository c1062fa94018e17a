import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import type { ConnectionShape } from '../../lib/pagination';
import { ReviewDecision, ReviewFrequency, ReviewRecommendation } from '../../lib/vocabulary/reviews';
import { assignmentView } from '../assignments/assignment.view';
import { readableAssignment } from '../assignments/assignment.visibility';
import { RoleAssignment } from '../assignments/role-assignment.type';
import type { PrincipalEntity } from '../directory/principal.entity';
import { Principal } from '../directory/principal.type';
import { abortable } from '../live/live.resolver';
import type { RoleDefinitionEntity } from '../roles/role-definition.entity';
import { RoleDefinition } from '../roles/role-definition.type';
import type { ScopeEntity } from '../scopes/scope.entity';
import { Scope } from '../scopes/scope.type';
import type { AccessReviewEntity, AccessReviewInstanceEntity, AccessReviewItemEntity } from './review.entities';
import { AccessReviewInput, ReviewItemFilterInput } from './review.inputs';
import {
  AccessReview,
  AccessReviewConnection,
  AccessReviewInstance,
  AccessReviewItem,
  AccessReviewItemConnection,
  Reviewer,
  ReviewProgress,
  ReviewRecurrence,
} from './review.type';

const MANAGE = 'those who may manage the role’s assignments at the review’s scope (Privileged Role Administrators for directory roles, Owners and User Access Administrators for resource roles there, group owners for groups); audited';

@Resolver()
export class AccessReviewOperationsResolver {
  @Authorized(Rule.USER, `${MANAGE}; every role of the review`)
  @Mutation(() => AccessReview, { description: 'Creates an access review; one whose start has come starts at once (its items are snapshotted now)' })
  async createAccessReview(@Arg('input', () => AccessReviewInput) input: AccessReviewInput, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewEntity> {
    return services.reviews.create(caller, input);
  }

  @Authorized(Rule.USER, 'the items’ reviewers (named users, members of named groups, the holder for SELF, the manager for MANAGER, fallbacks for items without one); never one’s own holding unless the review is SELF; audited')
  @Mutation(() => [AccessReviewItem], { description: 'Decides items (all or none); the last decision submitted wins' })
  async decideReviewItems(
    @Arg('itemIds', () => [ID]) itemIds: string[],
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('reason', () => String, { nullable: true }) reason: string | null | undefined,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<AccessReviewItemEntity[]> {
    return services.reviews.decide(caller, itemIds, decision, reason);
  }

  @Authorized(Rule.USER, 'a reviewer (their undecided items), or those who manage the review (every undecided item but their own); audited')
  @Mutation(() => Int, { description: 'Decides the undecided items as recommended; returns how many' })
  async acceptReviewRecommendations(@Arg('instanceId', () => ID) instanceId: string, @Ctx() { caller, services }: GraphQLContext): Promise<number> {
    return services.reviews.acceptRecommendations(caller, instanceId);
  }

  @Authorized(Rule.USER, MANAGE)
  @Mutation(() => AccessReviewInstance, { description: 'Completes an instance in progress now (and applies it when the review auto-applies)' })
  async stopAccessReview(@Arg('instanceId', () => ID) instanceId: string, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewInstanceEntity> {
    return services.reviews.stop(caller, instanceId);
  }

  @Authorized(Rule.USER, `${MANAGE}; each denial is an ADMIN_REMOVE through the lifecycle (the last-admin guard holds)`)
  @Mutation(() => AccessReviewInstance, { description: 'Ends the denied holdings of a completed instance' })
  async applyAccessReview(@Arg('instanceId', () => ID) instanceId: string, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewInstanceEntity> {
    return services.reviews.apply(caller, instanceId);
  }

  @Authorized(Rule.USER, MANAGE)
  @Mutation(() => AccessReviewInstance, { description: 'Clears every decision of an instance in progress' })
  async resetAccessReview(@Arg('instanceId', () => ID) instanceId: string, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewInstanceEntity> {
    return services.reviews.reset(caller, instanceId);
  }

  @Authorized(Rule.USER, `${MANAGE}; every role of the review; refused while it applies`)
  @Mutation(() => Boolean, { description: 'Deletes a review, its instances and items (the audit log keeps what happened)' })
  async deleteAccessReview(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.reviews.delete(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'its creator, those who read or manage its roles at its scope, and its reviewers')
  @Query(() => AccessReviewConnection, { description: 'Access reviews, newest first' })
  async accessReviews(
    @Arg('first', () => Int, { nullable: true }) first: number | null | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<AccessReviewEntity>> {
    return services.reviews.list(caller, first, after);
  }

  @Authorized(Rule.SIGNED_IN, 'its creator, those who read or manage its roles at its scope, and its reviewers; others: NOT_FOUND')
  @Query(() => AccessReview)
  async accessReview(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewEntity> {
    return services.reviews.get(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'as accessReview')
  @Query(() => AccessReviewInstance)
  async accessReviewInstance(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewInstanceEntity> {
    return services.reviews.instance(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'an instance’s items: all for its readers, managers and named reviewers, their own for the others; mine: what the caller may decide now')
  @Query(() => AccessReviewItemConnection)
  async reviewItems(
    @Arg('filter', () => ReviewItemFilterInput, { nullable: true }) filter: ReviewItemFilterInput | null | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | null | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<AccessReviewItemEntity>> {
    return services.reviews.items(caller, filter, first, after);
  }

  @Authorized(Rule.SIGNED_IN, 'instances the subscriber may see at that moment (as accessReviewInstance), re-checked for every event')
  @Subscription(() => AccessReviewInstance, {
    description: 'Access review instances changing (started, decided, completed, applied, reset) that I may see: my review lists and progress',
    subscribe: ({ context }: { context: GraphQLContext }) => {
      const viewer = context.caller.requireViewer();
      return abortable((signal) => context.services.reviews.live(viewer, context.caller.meta, signal), context);
    },
  })
  accessReviewChanged(@Root() instance: AccessReviewInstanceEntity): AccessReviewInstanceEntity {
    return instance;
  }
}

@Resolver(() => AccessReview)
export class AccessReviewFieldsResolver {
  @FieldResolver(() => Scope)
  async scope(@Root() review: AccessReviewEntity, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return caller.loaders.scope.load(review.scopeId);
  }

  @FieldResolver(() => [RoleDefinition])
  async roles(@Root() review: AccessReviewEntity, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity[]> {
    const roles = await Promise.all(review.roleIds.map((id) => caller.loaders.role.load(id)));
    return roles.filter((role): role is RoleDefinitionEntity => role !== null);
  }

  @FieldResolver(() => [Reviewer])
  reviewers(@Root() review: AccessReviewEntity): Reviewer[] {
    return review.reviewers.map((reviewer) => ({ ...reviewer }));
  }

  @FieldResolver(() => ReviewRecurrence)
  recurrence(@Root() review: AccessReviewEntity): ReviewRecurrence {
    return { frequency: review.frequency as ReviewFrequency, durationDays: review.durationDays, endAt: review.recurrenceEndAt, occurrences: review.occurrences };
  }

  @FieldResolver(() => Principal, { nullable: true })
  async createdBy(@Root() review: AccessReviewEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return review.createdById ? services.directory.visible(caller, review.createdById) : null;
  }

  @FieldResolver(() => [AccessReviewInstance], { description: 'Newest occurrence first; one instance per role' })
  async instances(@Root() review: AccessReviewEntity, @Ctx() { services }: GraphQLContext): Promise<AccessReviewInstanceEntity[]> {
    return services.reviews.instancesOf(review.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may stop, reset, apply and delete it (every role of it)' })
  async viewerCanManage(@Root() review: AccessReviewEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.reviews.viewerManages(caller, review);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may download its results (its creator, and those who read or manage its roles at its scope)' })
  async viewerCanExport(@Root() review: AccessReviewEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.reviews.viewerReads(caller, review);
  }
}

@Resolver(() => Reviewer)
export class ReviewerFieldsResolver {
  @FieldResolver(() => [Principal], { description: 'USERS and GROUPS: who reviews' })
  async principals(@Root() reviewer: Reviewer, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    return services.directory.visibleMany(caller, reviewer.principalIds);
  }

  @FieldResolver(() => [Principal], { description: 'SELF and MANAGER: who reviews items without a reviewer of their own' })
  async fallbackPrincipals(@Root() reviewer: Reviewer, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity[]> {
    return services.directory.visibleMany(caller, reviewer.fallbackPrincipalIds);
  }
}

@Resolver(() => AccessReviewInstance)
export class AccessReviewInstanceFieldsResolver {
  @FieldResolver(() => AccessReview)
  async review(@Root() instance: AccessReviewInstanceEntity, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewEntity> {
    return services.reviews.reviewOf(caller, instance);
  }

  @FieldResolver(() => RoleDefinition)
  async role(@Root() instance: AccessReviewInstanceEntity, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return caller.loaders.role.load(instance.roleId);
  }

  @FieldResolver(() => ReviewProgress)
  async progress(@Root() instance: AccessReviewInstanceEntity, @Ctx() { services }: GraphQLContext): Promise<ReviewProgress> {
    return services.reviews.progress(instance);
  }

  @FieldResolver(() => Principal, { nullable: true, description: 'Who stopped it early' })
  async stoppedBy(@Root() instance: AccessReviewInstanceEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return instance.stoppedById ? services.directory.visible(caller, instance.stoppedById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may stop, reset and apply it' })
  async viewerCanManage(@Root() instance: AccessReviewInstanceEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.reviews.viewerManages(caller, await services.reviews.reviewOf(caller, instance), instance.roleId);
  }
}

@Resolver(() => AccessReviewItem)
export class AccessReviewItemFieldsResolver {
  @FieldResolver(() => AccessReviewInstance)
  async instance(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<AccessReviewInstanceEntity> {
    return services.reviews.instanceOf(caller, item);
  }

  @FieldResolver(() => Principal, { description: 'The holder under review' })
  async principal(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity> {
    return services.directory.requireVisible(caller, item.principalId);
  }

  @FieldResolver(() => RoleDefinition)
  async role(@Root() item: AccessReviewItemEntity, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return caller.loaders.role.load(item.roleId);
  }

  @FieldResolver(() => Scope)
  async scope(@Root() item: AccessReviewItemEntity, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return caller.loaders.scope.load(item.scopeId);
  }

  @FieldResolver(() => RoleAssignment, { nullable: true, description: 'The schedule under review; null for a reviewer who may not read it' })
  async assignment(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment | null> {
    const entity = await readableAssignment(caller, item.assignmentId);
    return entity ? assignmentView(entity, services.now()) : null;
  }

  @FieldResolver(() => ReviewRecommendation, { nullable: true, description: 'Null for reviewers when the review hides recommendations' })
  async recommendation(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<ReviewRecommendation | null> {
    return (await services.reviews.showsRecommendation(caller, item)) ? (item.recommendation as ReviewRecommendation) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why: no sign-in in 30 days, no activation in 30 days, disabled…' })
  async recommendationReason(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<string | null> {
    return (await services.reviews.showsRecommendation(caller, item)) ? item.recommendationReason : null;
  }

  @FieldResolver(() => Principal, { nullable: true })
  async reviewedBy(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return item.reviewedById ? services.directory.visible(caller, item.reviewedById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may decide it now' })
  async viewerCanDecide(@Root() item: AccessReviewItemEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    return services.reviews.mayDecide(caller, item);
  }
}
