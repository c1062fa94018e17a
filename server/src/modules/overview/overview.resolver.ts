import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { Overview } from './overview.type';

@Authorized()
@Resolver(() => Overview)
export class OverviewResolver {
  @Authorized(
    Rule.SIGNED_IN,
    'those who may read role assignments at the tenant root (Capabilities.canRead of a DIRECTORY role at /); each number counts only what the viewer may list; openAlerts null for who may not read alerts',
  )
  @Query(() => Overview, { description: 'The Overview page: privileged holdings, activations per day, requests waiting, open alerts, reviews in progress' })
  async overview(@Ctx() { caller, services }: GraphQLContext): Promise<Overview> {
    return services.overview.get(caller);
  }
}
