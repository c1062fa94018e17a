import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Rule } from '../../graphql/rules';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionShape } from '../../lib/pagination';
import type { AlertRemedy, AlertType } from '../../lib/vocabulary/alerts';
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
import type { AlertIncidentEntity } from './alert.entities';
import { AlertSettingsInput } from './alert.inputs';
import { ALERT_BY_TYPE, type AlertDefinition, remediable } from './alert-catalogue';
import { Alert, AlertIncident, AlertIncidentConnection } from './alert.type';
import type { AlertView } from './alerts.service';

const READ = 'Global, Privileged Role and Security Administrators, Security and Global Readers; resource alerts also the Owners and User Access Administrators of the incident’s scope (their incidents only)';
const MANAGE = 'Global and Privileged Role Administrators; audited';

type AlertShape = Alert & { view: AlertView };

function alertOf(view: AlertView): AlertShape {
  const { entity, definition } = view;
  return {
    id: entity.id,
    type: entity.type as AlertType,
    severity: definition.severity,
    title: definition.title,
    description: definition.description,
    mitigation: definition.mitigation,
    active: view.active,
    dismissed: entity.dismissedAt !== null,
    dismissedAt: entity.dismissedAt,
    incidentCount: view.incidentCount,
    lastScannedAt: entity.lastScannedAt,
    settings: { enabled: entity.enabled, thresholds: view.thresholds },
    resource: definition.resource,
    viewerCanManage: view.viewerCanManage,
    remediable: definition.remedy !== 'NONE',
    remedy: definition.remedy as AlertRemedy,
    view,
  };
}

@Resolver(() => Alert)
export class AlertResolver {
  @Authorized(Rule.SIGNED_IN, READ)
  @Query(() => [Alert], { description: 'The alert catalogue with what each found, in the catalogue’s order' })
  async alerts(@Ctx() { caller, services }: GraphQLContext): Promise<AlertShape[]> {
    return (await services.alerts.list(caller)).map(alertOf);
  }

  @Authorized(Rule.SIGNED_IN, READ)
  @Query(() => Alert, { description: 'One alert of the catalogue; NOT_FOUND for an id that is none, or an alert I may not read' })
  async alert(@Arg('id', () => ID) id: string, @Ctx() { caller, services }: GraphQLContext): Promise<AlertShape> {
    return alertOf(await services.alerts.get(caller, id));
  }

  @Authorized(Rule.USER, `${MANAGE}; the alert is rescanned with its new thresholds at once`)
  @Mutation(() => Alert, { description: 'Turns an alert on or off and sets its thresholds' })
  async updateAlertSettings(
    @Arg('alertId', () => ID) alertId: string,
    @Arg('input', () => AlertSettingsInput) input: AlertSettingsInput,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<AlertShape> {
    return alertOf(await services.alerts.updateSettings(caller, alertId, input));
  }

  @Authorized(Rule.USER, `${MANAGE}; a new incident raises it again`)
  @Mutation(() => Alert, { description: 'Dismisses what an alert found so far' })
  async dismissAlert(@Arg('alertId', () => ID) alertId: string, @Ctx() { caller, services }: GraphQLContext): Promise<AlertShape> {
    return alertOf(await services.alerts.dismiss(caller, alertId));
  }

  @Authorized(Rule.USER, MANAGE)
  @Mutation(() => [Alert], { description: 'Scans every alert in full now; dismissed alerts whose findings still hold are raised again' })
  async refreshAlerts(@Ctx() { caller, services }: GraphQLContext): Promise<AlertShape[]> {
    return (await services.alerts.refresh(caller)).map(alertOf);
  }

  @Authorized(Rule.USER, `${MANAGE}; for resource alerts also the managers of the incident’s scope; through the normal path (an ADMIN_REMOVE, a settings update), so the last-admin guard holds`)
  @Mutation(() => Alert, { description: 'Applies the mitigation of one incident: removes its assignment, or requires MFA on the role’s activation' })
  async remediateAlertIncident(
    @Arg('incidentId', () => ID) incidentId: string,
    @Arg('justification', () => String, { nullable: true }) justification: string | null | undefined,
    @Ctx() { caller, services }: GraphQLContext,
  ): Promise<AlertShape> {
    return alertOf(await services.alerts.remediate(caller, incidentId, justification));
  }

  @Authorized(Rule.SIGNED_IN, `${READ}; re-checked for every event`)
  @Subscription(() => Alert, {
    name: 'alerts',
    description: 'An alert raised, changed, dismissed or cleared, as I may read it',
    subscribe: async ({ context }: { context: GraphQLContext }) => {
      const viewer = context.caller.requireViewer();
      // FORBIDDEN at once for who may read no alert; events are re-checked as they come (capabilities change).
      await context.services.alerts.requireReader(context.caller);
      return abortable(async function* (signal) {
        for await (const view of context.services.alerts.live(viewer, context.caller.meta, signal)) yield alertOf(view);
      }, context);
    },
  })
  alertsChanged(@Root() alert: AlertShape): AlertShape {
    return alert;
  }

  @FieldResolver(() => [AlertIncident], { description: 'The first incidents I may read, oldest first (incidentPage pages through all of them)' })
  async incidents(
    @Root() alert: AlertShape,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}` }) first: number,
    @Ctx() { services }: GraphQLContext,
  ): Promise<AlertIncidentEntity[]> {
    return (await services.alerts.incidents(alert.view, first, null)).edges.map((edge) => edge.node);
  }

  @FieldResolver(() => AlertIncidentConnection, { description: 'The incidents I may read, oldest first, a page at a time; totalCount is incidentCount' })
  async incidentPage(
    @Root() alert: AlertShape,
    @Arg('first', () => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}` }) first: number | null | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() { services }: GraphQLContext,
  ): Promise<ConnectionShape<AlertIncidentEntity>> {
    return services.alerts.incidents(alert.view, first, after);
  }

  @FieldResolver(() => Principal, { nullable: true, description: 'Who dismissed it' })
  async dismissedBy(@Root() alert: AlertShape, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return alert.view.entity.dismissedById ? services.directory.visible(caller, alert.view.entity.dismissedById) : null;
  }
}

@Resolver(() => AlertIncident)
export class AlertIncidentFieldsResolver {
  @FieldResolver(() => Principal, { nullable: true })
  async principal(@Root() incident: AlertIncidentEntity, @Ctx() { caller, services }: GraphQLContext): Promise<PrincipalEntity | null> {
    return incident.principalId ? services.directory.visible(caller, incident.principalId) : null;
  }

  @FieldResolver(() => RoleDefinition, { nullable: true })
  async role(@Root() incident: AlertIncidentEntity, @Ctx() { caller }: GraphQLContext): Promise<RoleDefinitionEntity | null> {
    return incident.roleId ? caller.loaders.role.load(incident.roleId) : null;
  }

  @FieldResolver(() => Scope, { nullable: true })
  async scope(@Root() incident: AlertIncidentEntity, @Ctx() { caller }: GraphQLContext): Promise<ScopeEntity | null> {
    return incident.scopeId ? caller.loaders.scope.load(incident.scopeId) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether remediateAlertIncident would take it: its alert has a remedy, the incident names what it changes (an assignment to remove, a role to require MFA on), and I have the authority (alert managers; for resource alerts, the managers of its scope)',
  })
  async viewerCanRemediate(@Root() incident: AlertIncidentEntity, @Ctx() { caller, services }: GraphQLContext): Promise<boolean> {
    const definition = ALERT_BY_TYPE.get(incident.alertType as AlertType) as AlertDefinition;
    return remediable(definition, incident) && (await services.alerts.mayRemediate(caller, definition, incident));
  }

  @FieldResolver(() => RoleAssignment, { nullable: true, description: 'The assignment it is about, when the viewer may read it' })
  async assignment(@Root() incident: AlertIncidentEntity, @Ctx() { caller, services }: GraphQLContext): Promise<RoleAssignment | null> {
    if (!incident.assignmentId) return null;
    const entity = await readableAssignment(caller, incident.assignmentId);
    return entity ? assignmentView(entity, services.now()) : null;
  }
}
