import { describe, expect, it } from 'vitest';
import { holdersLink, matchingRoles, settingsLine, type SettingsSummary } from './roleWords';

const settings = (activation: Partial<SettingsSummary['activation']>, assignment: Partial<SettingsSummary['assignment']> = {}): SettingsSummary => ({
  activation: { maxDuration: 'PT8H', requireMfa: false, requireJustification: false, requireTicket: false, requireApproval: false, approvalStages: [], ...activation },
  assignment: { allowPermanentEligible: false, allowPermanentActive: false, ...assignment },
});

describe('role words', () => {
  it('says a role’s settings in one line', () => {
    expect(settingsLine(settings({ requireMfa: true, requireJustification: true, requireApproval: true, approvalStages: [{ quorum: 1 }, { quorum: 2 }] }, { allowPermanentEligible: true }))).toBe(
      'Activate for up to 8 h · requires MFA, justification and approval in 2 stages · permanent eligible allowed',
    );
    expect(settingsLine(settings({ maxDuration: 'PT30M' }, { allowPermanentEligible: true, allowPermanentActive: true }))).toBe(
      'Activate for up to 30 min · requires nothing more · permanent eligible and active allowed',
    );
    expect(settingsLine(settings({ requireTicket: true, requireApproval: true, approvalStages: [{ quorum: 1 }] }))).toBe(
      'Activate for up to 8 h · requires a ticket and approval · no permanent assignments',
    );
  });

  it('links to the Assignments page filtered by role and type', () => {
    expect(holdersLink('r-1', 'ELIGIBLE')).toBe('/assignments?role=r-1&type=ELIGIBLE');
  });

  it('finds roles by name or description, of a kind', () => {
    const roles = [
      { name: 'Reader', description: 'View all resources', kind: 'RESOURCE' as const },
      { name: 'Security Reader', description: 'Reads security information', kind: 'DIRECTORY' as const },
      { name: 'Owner', description: 'Manages everything', kind: 'GROUP' as const },
    ];
    expect(matchingRoles(roles, 'read', null).map((role) => role.name)).toEqual(['Reader', 'Security Reader']);
    expect(matchingRoles(roles, ' READ ', 'DIRECTORY').map((role) => role.name)).toEqual(['Security Reader']);
    expect(matchingRoles(roles, 'everything', null).map((role) => role.name)).toEqual(['Owner']);
    expect(matchingRoles(roles, '', 'GROUP').map((role) => role.name)).toEqual(['Owner']);
  });
});
