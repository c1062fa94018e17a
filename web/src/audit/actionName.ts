/** What each audit action code means, in words; the code itself stays available (as a tooltip) for those who search. */
const NAMES: Record<string, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_in_unlocked': 'Sign-in unlocked',
  'auth.sign_out': 'Signed out',
  'auth.mfa_enrolled': 'MFA enrolled',
  'auth.mfa_failed': 'MFA failed',
  'auth.mfa_step_up': 'MFA step-up',
  'auth.api_token_created': 'API token created',
  'auth.api_token_revoked': 'API token revoked',
  'assignment.created': 'Assignment created',
  'assignment.updated': 'Assignment updated',
  'assignment.removed': 'Assignment removed',
  'assignment.activated': 'Role activated',
  'assignment.deactivated': 'Role deactivated',
  'assignment.expired': 'Assignment expired',
  'assignment.extended': 'Assignment extended',
  'assignment.renewed': 'Assignment renewed',
  'request.submitted': 'Request submitted',
  'request.approved': 'Request approved',
  'request.denied': 'Request denied',
  'request.canceled': 'Request canceled',
  'request.expired': 'Request expired',
  'request.failed': 'Request failed',
  'request.started': 'Request started',
  'role.created': 'Role created',
  'settings.updated': 'Role settings updated',
  'tenant.demo_seeded': 'Demo tenant seeded',
  'webhook.created': 'Webhook created',
  'webhook.updated': 'Webhook updated',
  'webhook.deleted': 'Webhook deleted',
};

/** "auth.sign_in" → "Signed in"; a code not listed reads as its words ("request.escalated" → "Request escalated"). */
export function actionName(code: string): string {
  const known = NAMES[code];
  if (known) return known;
  const words = code.replace(/[._]/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
