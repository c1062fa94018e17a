'use client';

import { useQuery, skipToken } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { graphql } from '@/gql';
import { humanize } from '@/lib/format';
import { useDebounced } from '@/lib/useDebounced';

const PrincipalSearch = graphql(`
  query PrincipalSearch($search: String!) {
    principals(search: $search, first: 8) {
      edges {
        node {
          id
          displayName
          type
          ... on User {
            email
          }
        }
      }
    }
  }
`);

export interface PrincipalChoice {
  id: string;
  displayName: string;
  type: string;
}

/**
 * A combobox over principals(search): type part of a name or email, pick with the mouse or the arrow keys and Enter.
 */
export function PrincipalPicker({
  label,
  value,
  onChange,
  required = false,
}: {
  label: string;
  value: PrincipalChoice | null;
  onChange: (principal: PrincipalChoice | null) => void;
  required?: boolean;
}) {
  const [text, setText] = useState(value?.displayName ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // Chosen or cleared from outside (a form reset, the clear button): show it, but keep what the user is typing.
    if (value) setText(value.displayName);
    else if (text === shownValue?.displayName) setText('');
    setShownValue(value);
  }
  const search = useDebounced(text.trim(), 200);
  const searching = open && search.length > 0 && search !== value?.displayName;
  const { data, loading } = useQuery(PrincipalSearch, searching ? { variables: { search } } : skipToken);
  const options = searching ? (data?.principals.edges.map((edge) => edge.node) ?? []) : [];
  const inputId = useId();
  const listId = useId();

  function pick(principal: PrincipalChoice) {
    onChange({ id: principal.id, displayName: principal.displayName, type: principal.type });
    setText(principal.displayName);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="field combobox">
      <label htmlFor={inputId}>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </label>
      <div className="combobox-input">
        <input
          id={inputId}
          role="combobox"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder="Search by name or email"
          value={text}
          required={required}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
            if (value) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {value ? (
          <button type="button" className="button button-small button-quiet" onClick={() => onChange(null)} aria-label={`Clear ${label}`}>
            ×
          </button>
        ) : null}
      </div>
      {searching ? (
        <ul id={listId} role="listbox" aria-label={`${label} matches`} className="listbox">
          {options.map((principal, index) => (
            <li
              key={principal.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'listbox-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(principal)}
            >
              <strong>{principal.displayName}</strong>{' '}
              <span className="muted small">{'email' in principal && principal.email ? principal.email : humanize(principal.type)}</span>
            </li>
          ))}
          {options.length === 0 ? (
            <li role="presentation" className="muted">
              {loading ? 'Searching…' : 'No one matches.'}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

const PrincipalById = graphql(`
  query PrincipalById($id: ID!) {
    principal(id: $id) {
      id
      displayName
      type
    }
  }
`);

/** The principal behind an id (from the address bar, say) as a choice with a name. */
export function usePrincipalChoice(id: string | null): PrincipalChoice | null {
  const { data } = useQuery(PrincipalById, id ? { variables: { id } } : skipToken);
  return id && data?.principal.id === id ? data.principal : null;
}
