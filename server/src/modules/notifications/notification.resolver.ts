import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ConnectionShape } from '../../lib/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { abortable } from '../live/live.resolver';
import type { WebhookDeliveryRow } from './notification.service';
import {
  CreatedWebhook,
  CreateWebhookInput,
  Notification,
  NotificationConnection,
  notificationView,
  UpdateWebhookInput,
  Webhook,
  WebhookDelivery,
  webhookView,
} from './notification.type';

@Authorized()
@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(Rule.SIGNED_IN, 'only the caller’s own inbox')
  @Query(() => NotificationConnection, { description: 'My in-app notifications, newest first' })
  async notifications(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<ConnectionShape<Notification>> {
    const page = await services.notifications.list(caller, first, after, Boolean(unreadOnly));
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: notificationView(edge.node) })) };
  }

  @Authorized(Rule.SIGNED_IN, 'only the caller’s own inbox')
  @Query(() => Int)
  async unreadNotificationCount(@Ctx() { caller, services }: GraphQLContext): Promise<number> {
    return services.notifications.unreadCount(caller);
  }

  @Authorized(Rule.SIGNED_IN, 'only the caller’s own notifications; others’ are NOT_FOUND')
  @Mutation(() => [Notification], { description: 'Marks my notifications read (at most 100 at once)' })
  async markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() { caller, services }: GraphQLContext): Promise<Notification[]> {
    return (await services.notifications.markRead(caller, ids)).map(notificationView);
  }

  @Authorized(Rule.SIGNED_IN, 'only the caller’s own notifications')
  @Mutation(() => Int, { description: 'Marks all my notifications read; answers how many were unread' })
  async markAllNotificationsRead(@Ctx() { caller, services }: GraphQLContext): Promise<number> {
    return services.notifications.markAllRead(caller);
  }

  @Authorized(Rule.SIGNED_IN, 'only notifications addressed to the subscriber')
  @Subscription(() => Notification, {
    name: 'notifications',
    description: 'My new in-app notifications as they are written',
    subscribe: ({ context }: { context: GraphQLContext }) => {
      const viewer = context.caller.requireViewer();
      return abortable((signal) => context.services.notifications.live(viewer, context.caller.meta, signal), context);
    },
  })
  notificationAdded(@Root() row: Parameters<typeof notificationView>[0]): Notification {
    return notificationView(row);
  }
}

@Authorized()
@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators')
  @Query(() => [Webhook])
  async webhooks(@Ctx() { caller, services }: GraphQLContext): Promise<Webhook[]> {
    return (await services.notifications.webhooks(caller)).map(webhookView);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators')
  @Query(() => [WebhookDelivery], { description: 'A webhook’s latest deliveries, newest first' })
  async webhookDeliveries(
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<WebhookDeliveryRow[]> {
    return services.notifications.deliveries(caller, webhookId, first);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators; the secret is in this answer only')
  @Mutation(() => CreatedWebhook)
  async createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() { caller, services }: GraphQLContext): Promise<CreatedWebhook> {
    const { webhook, secret } = await services.notifications.createWebhook(caller, input);
    return { webhook: webhookView(webhook), secret };
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators')
  @Mutation(() => Webhook)
  async updateWebhook(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<Webhook> {
    return webhookView(await services.notifications.updateWebhook(caller, id, input));
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators')
  @Mutation(() => ID, { description: 'Deletes a webhook and its delivery history; answers its id' })
  async deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<string> {
    return services.notifications.deleteWebhook(caller, id);
  }

  @Authorized(Rule.SIGNED_IN, 'Global and Privileged Role Administrators (the webhook was readable)')
  @FieldResolver(() => WebhookDelivery, { nullable: true, description: 'The latest delivery and its result' })
  async lastDelivery(@Root() webhook: Webhook, @Ctx() { services }: GraphQLContext): Promise<WebhookDeliveryRow | null> {
    const [latest] = await services.notifications.deliveriesOf([webhook.id], 1);
    return latest ?? null;
  }
}
