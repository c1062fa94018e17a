/** Who did it, as the audit shows it: the actor's name, or the system (jobs), or nobody signed in. */
export function actorName(event: { actor: { displayName: string } | null; actorType: string }): string {
  if (event.actor) return event.actor.displayName;
  return event.actorType === 'SYSTEM' ? 'System' : 'Anonymous';
}
