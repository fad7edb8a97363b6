import { FieldChange } from '@sidos/audit';
import { CreateOrganisationInput, Language, OrganisationType } from '@sidos/register';
import { type PreferencesChange, type PreferencesState } from '../preferences/preference-columns.js';
import { type OrganisationColumn } from './organisation-rows.js';

/** The audited fields of an organisation (ORGANISATION_AUDIT_FIELDS), as an import compares and writes them. */
export interface OrganisationState {
  name: string;
  nameSv: string | null;
  nameEn: string | null;
  businessId: string | null;
  type: OrganisationType;
  languages: Language[];
  municipality: string | null;
  website: string | null;
  email: string | null;
  notes: string | null;
  policyAreaIds: string[];
  archived: boolean;
}

export interface StoredOrganisation {
  id: string;
  version: number;
  state: OrganisationState;
  preferences: PreferencesState | null;
}

export interface OrganisationCreate {
  id: string;
  state: OrganisationState;
}

export interface OrganisationUpdate {
  id: string;
  /** The version the plan was made from: the update fails as a conflict if someone changed the record since. */
  version: number;
  state: OrganisationState;
  policyAreasChanged: boolean;
  changes: FieldChange[];
}

export interface OrganisationImportPlan {
  creates: OrganisationCreate[];
  updates: OrganisationUpdate[];
  /** Changes of the organisations' engagement preferences (created ones' included). */
  preferences: PreferencesChange[];
}

const EDITABLE_FIELDS = ['name', 'nameSv', 'nameEn', 'businessId', 'type', 'municipality', 'website', 'email', 'notes'] as const;

/**
 * A record after a row: the columns the file has replace what is stored (an empty cell clears), the
 * columns it lacks keep it; languages and policy areas are replaced as sets. As OrganisationService stores them.
 */
export function applyOrganisationRow(before: OrganisationState, input: CreateOrganisationInput, columns: ReadonlySet<OrganisationColumn>): OrganisationState {
  const after: OrganisationState = { ...before };
  const target = after as unknown as Record<string, unknown>;
  for (const field of EDITABLE_FIELDS) if (columns.has(field)) target[field] = input[field] ?? null;
  if (columns.has('languages')) after.languages = [...new Set(input.languages ?? [])];
  if (columns.has('policyAreaCodes')) after.policyAreaIds = [...new Set((input.policyAreaIds ?? []).map((id) => id.toLowerCase()))];
  return after;
}

/** What a new organisation starts from, before its row applies. */
export function newOrganisationState(input: CreateOrganisationInput): OrganisationState {
  return {
    name: input.name,
    nameSv: null,
    nameEn: null,
    businessId: null,
    type: input.type,
    languages: [],
    municipality: null,
    website: null,
    email: null,
    notes: null,
    policyAreaIds: [],
    archived: false,
  };
}
