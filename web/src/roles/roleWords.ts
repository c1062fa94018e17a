import type { RoleKind } from '@/gql/graphql';
import { formatDuration } from '@/lib/duration';

/** What the one line says of a role's settings (the catalogue's query asks for these). */
export interface SettingsSummary {
  activation: {
    maxDuration: string;
    requireMfa: boolean;
    requireJustification: boolean;
    requireTicket: boolean;
    requireApproval: boolean;
    approvalStages: readonly unknown[];
  };
  assignment: { allowPermanentEligible: boolean; allowPermanentActive: boolean };
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A role's settings in one line (the catalogue): how long an activation may last, what it requires, and which
 * permanent assignments are allowed — "Activate for up to 8 h · requires MFA, justification and approval in 2 stages ·
 * permanent eligible allowed".
 */
export function settingsLine(settings: SettingsSummary): string {
  const { activation, assignment } = settings;
  const stages = activation.approvalStages.length;
  const requires = [
    activation.requireMfa ? 'MFA' : null,
    activation.requireJustification ? 'justification' : null,
    activation.requireTicket ? 'a ticket' : null,
    activation.requireApproval ? (stages > 1 ? `approval in ${stages} stages` : 'approval') : null,
  ].filter((item): item is string => item !== null);
  const permanent = [assignment.allowPermanentEligible ? 'eligible' : null, assignment.allowPermanentActive ? 'active' : null].filter(
    (item): item is string => item !== null,
  );
  return [
    `Activate for up to ${formatDuration(activation.maxDuration)}`,
    requires.length ? `requires ${listed(requires)}` : 'requires nothing more',
    permanent.length ? `permanent ${listed(permanent)} allowed` : 'no permanent assignments',
  ].join(' · ');
}

/** The Assignments page listing a role's holders in force of one type (all scopes, as I may see them). */
export function holdersLink(roleId: string, type: 'ELIGIBLE' | 'ACTIVE'): string {
  return `/assignments?${new URLSearchParams({ role: roleId, type }).toString()}`;
}

export const KINDS: readonly RoleKind[] = ['DIRECTORY', 'GROUP', 'RESOURCE'];

/** Roles whose name or description holds the text (case-insensitive), of the kind chosen (all when null). */
export function matchingRoles<T extends { name: string; description: string; kind: RoleKind }>(roles: readonly T[], text: string, kind: RoleKind | null): T[] {
  const needle = text.trim().toLowerCase();
  return roles.filter(
    (role) => (kind === null || role.kind === kind) && (!needle || role.name.toLowerCase().includes(needle) || role.description.toLowerCase().includes(needle)),
  );
}
