import { FieldChange, snapshotOf } from '@sidos/audit';
import { Language, LawfulBasis } from '@sidos/register';
import { type ContactColumn, type ContactRow } from './contact-rows.js';
import { type PreferencesChange, type PreferencesState } from '../preferences/preference-columns.js';

/** An affiliation as the audit trail records it (as ContactService does). */
export interface AffiliationRecord {
  organisationId: string;
  role: string | null;
  primary: boolean;
  since: string | null;
  until: string | null;
}

/** The audited fields of a contact (CONTACT_AUDIT_FIELDS), as an import compares and writes them. */
export interface ContactState {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  lawfulBasis: LawfulBasis;
  consentAt: Date | null;
  languages: Language[];
  /** In stored order (created, id); an import appends. */
  affiliations: AffiliationRecord[];
}

export interface StoredContact {
  id: string;
  version: number;
  state: ContactState;
  /** The ids of `state.affiliations`, in the same order. */
  affiliationIds: string[];
  preferences: PreferencesState | null;
}

export interface ContactCreate {
  id: string;
  state: ContactState;
}

export interface ContactUpdate {
  id: string;
  version: number;
  state: ContactState;
  /** Stored affiliations whose role the row changes. */
  roleChanges: { id: string; role: string | null }[];
  /** An affiliation the row adds (appended to `state.affiliations`). */
  newAffiliation: AffiliationRecord | null;
  changes: FieldChange[];
}

export interface ContactImportPlan {
  creates: ContactCreate[];
  updates: ContactUpdate[];
  /** Changes of the contacts' engagement preferences (created ones' included). */
  preferences: PreferencesChange[];
}

const EDITABLE_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'title', 'lawfulBasis', 'consentAt'] as const;

/** The audit snapshot ContactService takes: editable fields, languages sorted, affiliations in stored order. */
export function contactSnapshot(state: ContactState): Record<string, unknown> {
  return { ...snapshotOf(state, EDITABLE_FIELDS), languages: [...state.languages].sort(), affiliations: state.affiliations };
}

export function newContactState(row: ContactRow, organisationId: string | null): ContactState {
  const empty: ContactState = {
    firstName: '',
    lastName: '',
    email: null,
    phone: null,
    title: null,
    lawfulBasis: row.input.lawfulBasis,
    consentAt: null,
    languages: [],
    affiliations: [],
  };
  const columns = new Set<ContactColumn>(['firstName', 'lastName', 'email', 'phone', 'title', 'lawfulBasis', 'consentAt', 'languages', 'role']);
  return applyContactRow(empty, [], row, columns, organisationId, '').state;
}

/**
 * A contact after a row: the columns the file has replace what is stored (an empty cell clears), the
 * columns it lacks keep it; languages are replaced as a set. The organisation the row names gets an
 * affiliation: its current one (until unset or not past) takes the row's role when the file has a role
 * column; without a current one, a new affiliation is added. No affiliation is ever removed.
 */
export function applyContactRow(
  before: ContactState,
  affiliationIds: readonly string[],
  row: ContactRow,
  columns: ReadonlySet<ContactColumn>,
  organisationId: string | null,
  today: string,
): { state: ContactState; roleChanges: { id: string; role: string | null }[]; newAffiliation: AffiliationRecord | null } {
  const after: ContactState = { ...before, affiliations: [...before.affiliations] };
  const target = after as unknown as Record<string, unknown>;
  for (const field of EDITABLE_FIELDS) if (columns.has(field)) target[field] = row.input[field] ?? null;
  if (columns.has('languages')) after.languages = [...new Set(row.input.languages ?? [])];
  const roleChanges: { id: string; role: string | null }[] = [];
  let newAffiliation: AffiliationRecord | null = null;
  if (organisationId !== null) {
    const index = currentAffiliationIndex(before.affiliations, organisationId, today);
    if (index === -1) {
      newAffiliation = { organisationId, role: row.role, primary: false, since: null, until: null };
      after.affiliations.push(newAffiliation);
    } else if (columns.has('role') && before.affiliations[index].role !== row.role) {
      after.affiliations[index] = { ...before.affiliations[index], role: row.role };
      roleChanges.push({ id: affiliationIds[index], role: row.role });
    }
  }
  return { state: after, roleChanges, newAffiliation };
}

/** The contact's current affiliation with an organisation: the primary one first, then the oldest. -1 when none. */
function currentAffiliationIndex(affiliations: readonly AffiliationRecord[], organisationId: string, today: string): number {
  const current = affiliations
    .map((affiliation, index) => ({ affiliation, index }))
    .filter(({ affiliation }) => affiliation.organisationId === organisationId && (affiliation.until === null || affiliation.until >= today));
  return (current.find(({ affiliation }) => affiliation.primary) ?? current[0])?.index ?? -1;
}
