'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { apiProblem } from '@/apollo/errors';
import type { PrincipalType, ReviewAssignmentType, ReviewDefaultDecision, ReviewFrequency, RoleKind } from '@/gql/graphql';
import { fromLocalInput, humanize, toLocalInput } from '@/lib/format';
import { PrincipalPicker, type PrincipalChoice } from '@/principals/PrincipalPicker';
import { describeManageable, useManageableScopes } from '@/scopes/manageable';
import { roleKindForScopeType } from '@/scopes/roleKind';
import { ScopePicker, usePickedScope } from '@/scopes/ScopePicker';
import { ProblemAlert } from '@/ui/ProblemAlert';
import { useToasts } from '@/ui/Toasts';
import { CreateAccessReview, ReviewRoleCatalogue } from './queries';
import {
  acceptsPrincipal,
  DRAFT_FIELDS,
  EMPTY_DRAFT,
  fieldOfProblem,
  readDraft,
  type ChosenPrincipal,
  type DraftErrors,
  type DraftField,
  type HolderReviewers,
  type ReviewDraft,
  type SeriesEnd,
} from './reviewDraft';
import {
  ASSIGNMENT_TYPE_LABELS,
  DEFAULT_DECISION_LABELS,
  DEFAULT_DECISIONS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  MAX_DURATION_DAYS,
  PRINCIPAL_TYPES,
} from './reviewWords';

const KINDS: RoleKind[] = ['DIRECTORY', 'RESOURCE', 'GROUP'];

/** The kinds of role held at a scope and below it: every kind under the tenant root, otherwise the scope's own. */
function kindsAt(scopeType: string | null): RoleKind[] {
  if (!scopeType || scopeType === 'TENANT') return KINDS;
  return [roleKindForScopeType(scopeType)];
}

/**
 * New access review: every option of AccessReviewInput, grouped as what is reviewed, who reviews, when, and what
 * completion does. The form checks what it can before sending; the server's refusal, when it names a field, marks it.
 */
export function NewAccessReviewView() {
  const router = useRouter();
  const toasts = useToasts();
  const [draft, setDraft] = useState<ReviewDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [create, { loading, error, reset }] = useMutation(CreateAccessReview);
  const picked = usePickedScope(draft.scopeId);
  const manageable = useManageableScopes();
  const problemField = fieldOfProblem(apiProblem(error)?.field);
  const fieldId = useId();
  const errorId = useId();

  function update(change: Partial<ReviewDraft>) {
    setDraft((current) => ({ ...current, ...change }));
    if (error) reset();
  }

  /** A field's description and invalid state: the form's own message first, else the server's refusal naming it. */
  const describe = (field: DraftField, hint?: string) => {
    const ids = [errors[field] ? `${fieldId}-${field}` : null, !errors[field] && problemField === field ? errorId : null, hint ?? null].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  };
  const invalid = (field: DraftField, hint?: string) => ({
    'aria-invalid': errors[field] || problemField === field ? true : undefined,
    'aria-describedby': describe(field, hint),
    'data-field': field,
  });
  const message = (field: DraftField) =>
    errors[field] ? (
      <span id={`${fieldId}-${field}`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { input, errors: found } = readDraft(draft, new Date());
    setErrors(found);
    const first = DRAFT_FIELDS.find((field) => found[field]);
    if (first || !input) {
      const target = form.querySelector<HTMLElement>(`[data-field="${first}"]`);
      (target?.matches('input, select, textarea, button') ? target : target?.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
      return;
    }
    const result = await create({ variables: { input } }).catch(() => null);
    const created = result?.data?.createAccessReview;
    if (!created) return;
    toasts.show({ tone: 'success', title: `Access review “${created.name}” is created` });
    router.push(`/access-reviews/${created.id}`);
  }

  const count = Object.keys(errors).length;
  const recurring = draft.frequency !== 'ONE_TIME';
  const maxDays = MAX_DURATION_DAYS[draft.frequency];
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/access-reviews">Access reviews</Link> › New access review
      </p>
      <div className="page-header">
        <div>
          <h1>New access review</h1>
          <p className="lead">Which roles at which scope, who reviews, when, and what becomes of the answers.</p>
        </div>
      </div>
      {manageable && manageable.length > 0 ? <p className="muted small">You may review {describeManageable(manageable)}.</p> : null}

      <form
        className="stack"
        onSubmit={submit}
        noValidate
        aria-label="New access review"
        onKeyDown={(event) => {
          // Enter in a search (the scope, role and people pickers) searches; it does not send the form half filled.
          const target = event.target as HTMLElement;
          if (event.key === 'Enter' && target instanceof HTMLInputElement && (target.type === 'search' || target.getAttribute('role') === 'combobox')) event.preventDefault();
        }}
      >
        {count ? (
          <p role="alert" className="alert alert-error">
            {count === 1 ? 'One field needs attention.' : `${count} fields need attention.`}
          </p>
        ) : null}

        <Section title="What is reviewed">
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${fieldId}-name-input`}>
                Name <span className="required">(required)</span>
              </label>
              <input
                id={`${fieldId}-name-input`}
                type="text"
                maxLength={200}
                autoComplete="off"
                value={draft.name}
                onChange={(e) => update({ name: e.target.value })}
                {...invalid('name')}
              />
              {message('name')}
            </div>
            <div className="field">
              <label htmlFor={`${fieldId}-description-input`}>Description (optional)</label>
              <textarea
                id={`${fieldId}-description-input`}
                rows={2}
                maxLength={2000}
                value={draft.description}
                onChange={(e) => update({ description: e.target.value })}
                {...invalid('description')}
              />
              {message('description')}
            </div>
            <div className="field field-wide" data-field="scopeId" aria-describedby={describe('scopeId', `${fieldId}-scope-hint`)}>
              <ScopePicker
                label="Scope"
                value={draft.scopeId}
                onChange={(chosen) => update({ scopeId: chosen?.id ?? null })}
                emptyLabel="No scope chosen"
                required
              />
              <span id={`${fieldId}-scope-hint`} className="muted small">
                Holdings made at this scope and at every scope below it are reviewed.
              </span>
              {message('scopeId')}
            </div>
            <RolesField
              value={draft.roleIds}
              onChange={(roleIds) => update({ roleIds })}
              kinds={kindsAt(picked?.type ?? null)}
              describedBy={describe('roleIds')}
              message={message('roleIds')}
            />
            <fieldset className="field">
              <legend>Assignments</legend>
              {(['ALL', 'ELIGIBLE', 'ACTIVE'] as ReviewAssignmentType[]).map((type) => (
                <label key={type} className="checkbox">
                  <input type="radio" name="assignmentType" checked={draft.assignmentType === type} onChange={() => update({ assignmentType: type })} />
                  <span>{ASSIGNMENT_TYPE_LABELS[type]}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="field" data-field="principalTypes" aria-describedby={describe('principalTypes')}>
              <legend>Holders</legend>
              {PRINCIPAL_TYPES.map((type) => (
                <label key={type} className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.principalTypes.includes(type)}
                    onChange={(e) =>
                      update({
                        principalTypes: e.target.checked
                          ? PRINCIPAL_TYPES.filter((t) => t === type || draft.principalTypes.includes(t))
                          : draft.principalTypes.filter((t): t is PrincipalType => t !== type),
                      })
                    }
                  />
                  <span>{humanize(type)}s</span>
                </label>
              ))}
              {message('principalTypes')}
            </fieldset>
            <div className="field">
              <label htmlFor={`${fieldId}-inactive-input`}>Only holders inactive for (days, optional)</label>
              <input
                id={`${fieldId}-inactive-input`}
                type="number"
                min={1}
                max={730}
                step={1}
                inputMode="numeric"
                value={draft.inactiveDays}
                onChange={(e) => update({ inactiveDays: e.target.value })}
                {...invalid('inactiveDays', `${fieldId}-inactive-hint`)}
              />
              <span id={`${fieldId}-inactive-hint`} className="muted small">
                Empty: every holder. Otherwise only those who have not signed in, or not activated an eligibility, for that long.
              </span>
              {message('inactiveDays')}
            </div>
          </div>
        </Section>

        <Section title="Who reviews">
          <div className="stack" data-field="reviewers" aria-describedby={describe('reviewers')}>
            {message('reviewers')}
            <label className="checkbox">
              <input type="checkbox" checked={draft.namedUsers} onChange={(e) => update({ namedUsers: e.target.checked })} />
              <span>Named users review every holding (never their own)</span>
            </label>
            {draft.namedUsers ? (
              <PrincipalListField
                label="Reviewers"
                list="users"
                value={draft.users}
                onChange={(users) => update({ users })}
                describedBy={describe('users')}
                message={message('users')}
              />
            ) : null}
            <label className="checkbox">
              <input type="checkbox" checked={draft.namedGroups} onChange={(e) => update({ namedGroups: e.target.checked })} />
              <span>The members of groups review every holding (never their own)</span>
            </label>
            {draft.namedGroups ? (
              <PrincipalListField
                label="Reviewing groups"
                list="groups"
                value={draft.groups}
                onChange={(groups) => update({ groups })}
                describedBy={describe('groups')}
                message={message('groups')}
              />
            ) : null}
            <fieldset className="field">
              <legend>Holder by holder</legend>
              {(
                [
                  ['NONE', 'Nobody: only the reviewers named above'],
                  ['SELF', 'Each holder reviews their own access'],
                  ['MANAGER', 'Each holder’s manager reviews their access'],
                ] as [HolderReviewers, string][]
              ).map(([value, text]) => (
                <label key={value} className="checkbox">
                  <input type="radio" name="holders" checked={draft.holders === value} onChange={() => update({ holders: value })} />
                  <span>{text}</span>
                </label>
              ))}
            </fieldset>
            {draft.holders !== 'NONE' ? (
              <PrincipalListField
                label={draft.holders === 'MANAGER' ? 'Fallback reviewers (required: for holders without a manager)' : 'Fallback reviewers (optional: for holders that are not users)'}
                list="fallbacks"
                value={draft.fallbacks}
                onChange={(fallbacks) => update({ fallbacks })}
                describedBy={describe('fallbacks')}
                message={message('fallbacks')}
              />
            ) : null}
          </div>
        </Section>

        <Section title="When">
          <div className="form-grid">
            <label className="field">
              <span>Frequency</span>
              <select
                value={draft.frequency}
                onChange={(e) => {
                  const frequency = e.target.value as ReviewFrequency;
                  const days = Number(draft.durationDays);
                  update({ frequency, durationDays: days > MAX_DURATION_DAYS[frequency] ? String(MAX_DURATION_DAYS[frequency]) : draft.durationDays });
                }}
              >
                {FREQUENCIES.map((frequency) => (
                  <option key={frequency} value={frequency}>
                    {FREQUENCY_LABELS[frequency]}
                  </option>
                ))}
              </select>
            </label>
            <div className="field">
              <label htmlFor={`${fieldId}-duration-input`}>Lasts (days)</label>
              <input
                id={`${fieldId}-duration-input`}
                type="number"
                min={1}
                max={maxDays}
                step={1}
                inputMode="numeric"
                value={draft.durationDays}
                onChange={(e) => update({ durationDays: e.target.value })}
                {...invalid('durationDays', `${fieldId}-duration-hint`)}
              />
              <span id={`${fieldId}-duration-hint`} className="muted small">
                {recurring ? 'Each occurrence' : 'The review'} lasts 1 to {maxDays} days.
              </span>
              {message('durationDays')}
            </div>
            <div className="field">
              <label htmlFor={`${fieldId}-start-input`}>Starts (empty: now)</label>
              <input
                id={`${fieldId}-start-input`}
                type="datetime-local"
                value={toLocalInput(draft.startAt)}
                onChange={(e) => update({ startAt: fromLocalInput(e.target.value) })}
                {...invalid('startAt')}
              />
              {message('startAt')}
            </div>
            {recurring ? (
              <fieldset className="field">
                <legend>The series ends</legend>
                {(
                  [
                    ['NEVER', 'Never: until the review is deleted'],
                    ['DATE', 'On a date'],
                    ['OCCURRENCES', 'After a number of occurrences'],
                  ] as [SeriesEnd, string][]
                ).map(([value, text]) => (
                  <label key={value} className="checkbox">
                    <input type="radio" name="seriesEnd" checked={draft.seriesEnd === value} onChange={() => update({ seriesEnd: value })} />
                    <span>{text}</span>
                  </label>
                ))}
                {draft.seriesEnd === 'DATE' ? (
                  <div className="field">
                    <label htmlFor={`${fieldId}-end-input`}>No occurrence starts on or after</label>
                    <input
                      id={`${fieldId}-end-input`}
                      type="datetime-local"
                      value={toLocalInput(draft.endAt)}
                      onChange={(e) => update({ endAt: fromLocalInput(e.target.value) })}
                      {...invalid('endAt')}
                    />
                    {message('endAt')}
                  </div>
                ) : null}
                {draft.seriesEnd === 'OCCURRENCES' ? (
                  <div className="field">
                    <label htmlFor={`${fieldId}-occurrences-input`}>Occurrences</label>
                    <input
                      id={`${fieldId}-occurrences-input`}
                      type="number"
                      min={1}
                      max={1000}
                      step={1}
                      inputMode="numeric"
                      className="input-narrow"
                      value={draft.occurrences}
                      onChange={(e) => update({ occurrences: e.target.value })}
                      {...invalid('occurrences')}
                    />
                    {message('occurrences')}
                  </div>
                ) : null}
              </fieldset>
            ) : null}
          </div>
        </Section>

        <Section title="Decisions and completion">
          <div className="form-grid">
            <label className="field">
              <span>If reviewers do not answer</span>
              <select value={draft.defaultDecision} onChange={(e) => update({ defaultDecision: e.target.value as ReviewDefaultDecision })}>
                {DEFAULT_DECISIONS.map((decision) => (
                  <option key={decision} value={decision}>
                    {DEFAULT_DECISION_LABELS[decision]}
                  </option>
                ))}
              </select>
            </label>
            <div className="stack">
              <label className="checkbox">
                <input type="checkbox" checked={draft.autoApply} onChange={(e) => update({ autoApply: e.target.checked })} />
                <span>Apply the results when it completes (denied holdings end by themselves)</span>
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={draft.requireReason} onChange={(e) => update({ requireReason: e.target.checked })} />
                <span>Reviewers give a reason with each decision</span>
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={draft.showRecommendations} onChange={(e) => update({ showRecommendations: e.target.checked })} />
                <span>Reviewers see the recommendations</span>
              </label>
            </div>
          </div>
        </Section>

        <ProblemAlert id={errorId} error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create review'}
          </button>
          <Link className="button" href="/access-reviews">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{title}</h2>
      </div>
      {children}
    </section>
  );
}

/** The roles a review covers: checkboxes grouped by kind (those held at the chosen scope), narrowed by a filter. */
function RolesField({
  value,
  onChange,
  kinds,
  describedBy,
  message,
}: {
  value: readonly string[];
  onChange: (roleIds: string[]) => void;
  kinds: readonly RoleKind[];
  describedBy: string | undefined;
  message: ReactNode;
}) {
  const { data, error } = useQuery(ReviewRoleCatalogue);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const roles = data?.roleDefinitions ?? [];
  const text = filter.trim().toLowerCase();
  // Roles chosen before the scope changed stay in sight, so they can be unchecked.
  const shown = roles.filter((role) => (kinds.includes(role.kind) || value.includes(role.id)) && (!text || role.name.toLowerCase().includes(text)));
  const chosen = roles.filter((role) => value.includes(role.id));
  return (
    <fieldset className="field field-wide" data-field="roleIds" aria-describedby={describedBy}>
      <legend>
        Roles <span className="required">(required)</span>
      </legend>
      <p className="muted small" aria-live="polite">
        {chosen.length ? `Chosen: ${chosen.map((role) => role.name).join(', ')}. Each role is reviewed on its own.` : 'None chosen yet. Each role is reviewed on its own.'}
      </p>
      <div className="field">
        <label htmlFor={filterId}>Filter roles</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Name, e.g. Contributor" />
      </div>
      {error ? <span className="field-error">The role catalogue could not be loaded.</span> : null}
      {!data && !error ? <span className="muted small">Loading roles…</span> : null}
      <div className="check-list">
        {KINDS.map((kind) => {
          const ofKind = shown.filter((role) => role.kind === kind).sort((a, b) => a.name.localeCompare(b.name));
          if (!ofKind.length) return null;
          return (
            <fieldset key={kind} className="field">
              <legend>{humanize(kind)} roles</legend>
              {ofKind.map((role) => (
                <label key={role.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={value.includes(role.id)}
                    onChange={(e) => onChange(e.target.checked ? [...value, role.id] : value.filter((id) => id !== role.id))}
                  />
                  <span>{role.name}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
        {data && !shown.length ? <span className="muted small">No role matches “{filter}”.</span> : null}
      </div>
      {message}
    </fieldset>
  );
}

const LIST_NOUN = { users: 'a user', groups: 'a group', fallbacks: 'a user or a group' } as const;

/** A list of principals, added one by one with the principal picker (of the kind the list takes) and removed by button. */
function PrincipalListField({
  label,
  list,
  value,
  onChange,
  describedBy,
  message,
}: {
  label: string;
  list: 'users' | 'groups' | 'fallbacks';
  value: readonly ChosenPrincipal[];
  onChange: (principals: ChosenPrincipal[]) => void;
  describedBy: string | undefined;
  message: ReactNode;
}) {
  // The picker shows the one just added for a moment, then clears (keeping the focus in it) for the next.
  const [justAdded, setJustAdded] = useState<PrincipalChoice | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (justAdded) setJustAdded(null);
  }, [justAdded]);
  const refusedId = useId();

  function add(principal: PrincipalChoice | null) {
    if (!principal) return;
    setJustAdded(principal);
    if (!acceptsPrincipal(list, principal.type)) {
      const kind = humanize(principal.type).toLowerCase();
      setRefused(`${principal.displayName} is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}: choose ${LIST_NOUN[list]}.`);
      return;
    }
    setRefused(null);
    if (!value.some((chosen) => chosen.id === principal.id)) onChange([...value, principal]);
  }

  return (
    <fieldset className="field" data-field={list} aria-describedby={[describedBy, refused ? refusedId : null].filter(Boolean).join(' ') || undefined}>
      <legend>{label}</legend>
      {value.length ? (
        <ul className="inline-list" aria-label={`${label}: chosen`}>
          {value.map((principal) => (
            <li key={principal.id}>
              {principal.displayName}{' '}
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Remove ${principal.displayName}`}
                onClick={() => onChange(value.filter((chosen) => chosen.id !== principal.id))}
              >
                <CrossIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted small">Nobody yet.</span>
      )}
      <PrincipalPicker label={`Add ${LIST_NOUN[list]}`} value={justAdded} onChange={add} />
      {refused ? (
        <span id={refusedId} className="field-error" role="alert">
          {refused}
        </span>
      ) : null}
      {message}
    </fieldset>
  );
}

function CrossIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
