import { type FieldChange, diffFields, snapshotOf } from '@sidos/audit';
import { EngagementMethod, EngagementMode } from '@sidos/engagement';
import { EngagementPreferencesInput, inEnumOrder } from '@sidos/practice';
import { Language } from '@sidos/register';
import { enumCell, listCell } from '../import/cell-values.js';
import { type ColumnDefinition } from '../import/csv-table.js';
import { type ImportReport } from '../import/import-report.js';
import { validateAsInput } from '../import/row-validation.js';

/**
 * The engagement-preference columns of the organisations and contacts files (in export order, after the
 * record's own columns), with their Finnish and other header names. Lists as elsewhere: `WORKSHOP|DIALOGUE`.
 */
export const PREFERENCE_COLUMNS = [
  { column: 'preferredMethods', aliases: ['toivotut menetelmät', 'toivotut työtavat', 'preferred methods'] },
  { column: 'preferredModes', aliases: ['toivotut osallistumistavat', 'toivotut tavat', 'preferred modes'] },
  { column: 'preferredLanguages', aliases: ['toivotut kielet', 'asiointikielet', 'preferred languages'] },
  { column: 'preferredPolicyAreaCodes', aliases: ['toivotut politiikka-alueet', 'kiinnostavat politiikka-alueet', 'preferred policy areas'] },
  { column: 'accessibilityNeeds', aliases: ['saavutettavuustarpeet', 'esteettömyystarpeet', 'accessibility needs'] },
  { column: 'maxInvitationsPerQuarter', aliases: ['kutsuja enintään neljänneksessä', 'kutsuja enintään vuosineljänneksessä', 'max invitations per quarter'] },
  { column: 'preferenceNotes', aliases: ['toiveiden lisätiedot', 'yhteistyötoiveet', 'preference notes'] },
] as const satisfies readonly ColumnDefinition[];

export type PreferenceColumn = (typeof PREFERENCE_COLUMNS)[number]['column'];

/** The audited fields of preferences, as PreferencesService writes them (its audit events are "EngagementPreferences" with the party's id). */
export const PREFERENCE_AUDIT_FIELDS = ['methods', 'modes', 'languages', 'policyAreaIds', 'accessibilityNeeds', 'maxInvitationsPerQuarter', 'notes'] as const;

/** Stored preferences (lists in enum order, policy area ids sorted); null: none stated. */
export interface PreferencesState {
  methods: EngagementMethod[];
  modes: EngagementMode[];
  languages: Language[];
  policyAreaIds: string[];
  accessibilityNeeds: string | null;
  maxInvitationsPerQuarter: number | null;
  notes: string | null;
}

/** A row's preference cells, validated: only the columns the file has. */
export type PreferenceCells = Partial<PreferencesState>;

/** The columns of `input` paths, for error messages. */
const COLUMN_OF_FIELD: Record<string, PreferenceColumn> = {
  methods: 'preferredMethods',
  modes: 'preferredModes',
  languages: 'preferredLanguages',
  policyAreaIds: 'preferredPolicyAreaCodes',
  accessibilityNeeds: 'accessibilityNeeds',
  maxInvitationsPerQuarter: 'maxInvitationsPerQuarter',
  notes: 'preferenceNotes',
};

/** Validates a row's preference cells as an EngagementPreferencesInput, reporting each invalid one at its line and column. */
export async function readPreferenceCells(
  cells: Partial<Record<PreferenceColumn, string>>,
  line: number,
  report: ImportReport,
  labels: Record<PreferenceColumn, string>,
  policyAreaIdsByCode: ReadonlyMap<string, string>,
): Promise<PreferenceCells> {
  const plain: Record<string, unknown> = {};
  const enumList = (value: string) => listCell(value).map(enumCell);
  if (cells.preferredMethods !== undefined) plain.methods = enumList(cells.preferredMethods);
  if (cells.preferredModes !== undefined) plain.modes = enumList(cells.preferredModes);
  if (cells.preferredLanguages !== undefined) plain.languages = enumList(cells.preferredLanguages);
  if (cells.accessibilityNeeds !== undefined) plain.accessibilityNeeds = cells.accessibilityNeeds;
  if (cells.preferenceNotes !== undefined) plain.notes = cells.preferenceNotes;
  if (cells.maxInvitationsPerQuarter !== undefined) {
    const text = cells.maxInvitationsPerQuarter.trim();
    plain.maxInvitationsPerQuarter = text === '' ? null : /^-?\d+$/.test(text) ? Number(text) : text;
  }
  if (cells.preferredPolicyAreaCodes !== undefined) {
    const codes = listCell(cells.preferredPolicyAreaCodes);
    const unknown = codes.filter((code) => !policyAreaIdsByCode.has(code.toLowerCase()));
    if (unknown.length > 0)
      report.error(line, labels.preferredPolicyAreaCodes, `names no policy area (unknown code ${unknown.map((code) => JSON.stringify(code)).join(', ')})`);
    else plain.policyAreaIds = codes.map((code) => policyAreaIdsByCode.get(code.toLowerCase()));
  }
  const { input, errors } = await validateAsInput(EngagementPreferencesInput, plain);
  for (const error of errors) report.error(line, labels[COLUMN_OF_FIELD[error.path.split('.')[0]]], error.message);
  const result: PreferenceCells = {};
  if (cells.preferredMethods !== undefined) result.methods = inEnumOrder(input.methods, EngagementMethod);
  if (cells.preferredModes !== undefined) result.modes = inEnumOrder(input.modes, EngagementMode);
  if (cells.preferredLanguages !== undefined) result.languages = inEnumOrder(input.languages, Language);
  if (cells.preferredPolicyAreaCodes !== undefined) result.policyAreaIds = [...new Set((input.policyAreaIds ?? []).map((id) => id.toLowerCase()))].sort();
  if (cells.accessibilityNeeds !== undefined) result.accessibilityNeeds = input.accessibilityNeeds ?? null;
  if (cells.maxInvitationsPerQuarter !== undefined) result.maxInvitationsPerQuarter = input.maxInvitationsPerQuarter ?? null;
  if (cells.preferenceNotes !== undefined) result.notes = input.notes ?? null;
  return result;
}

const EMPTY: PreferencesState = {
  methods: [],
  modes: [],
  languages: [],
  policyAreaIds: [],
  accessibilityNeeds: null,
  maxInvitationsPerQuarter: null,
  notes: null,
};

/**
 * Preferences after a row: the preference columns the file has replace what is stored (an empty cell
 * clears), those it lacks keep it; preferences left with nothing stated are none (null).
 */
export function applyPreferenceCells(before: PreferencesState | null, cells: PreferenceCells): PreferencesState | null {
  if (Object.keys(cells).length === 0) return before;
  const after: PreferencesState = { ...(before ?? EMPTY), ...cells };
  const empty =
    after.methods.length + after.modes.length + after.languages.length + after.policyAreaIds.length === 0 &&
    after.accessibilityNeeds === null &&
    after.maxInvitationsPerQuarter === null &&
    after.notes === null;
  return empty ? null : after;
}

/** Stored preferences as the import reads them (a json column of the stored-records query). */
export function storedPreferences(value: unknown): PreferencesState | null {
  if (value === null || value === undefined) return null;
  const stored = value as PreferencesState;
  return { ...stored, policyAreaIds: [...stored.policyAreaIds].sort() };
}

/** One party's change of preferences, for the writer. */
export interface PreferencesChange {
  partyId: string;
  before: PreferencesState | null;
  after: PreferencesState | null;
  changes: FieldChange[];
}

/** The change from `before` to `after`, or null when nothing changes. */
export function preferencesChange(partyId: string, before: PreferencesState | null, after: PreferencesState | null): PreferencesChange | null {
  const changes = diffFields(
    before ? snapshotOf(before, PREFERENCE_AUDIT_FIELDS) : {},
    after ? snapshotOf(after, PREFERENCE_AUDIT_FIELDS) : {},
    PREFERENCE_AUDIT_FIELDS,
  );
  return changes.length === 0 ? null : { partyId, before, after, changes };
}

export interface ExportedPreferences {
  preferred_methods: string | null;
  preferred_modes: string | null;
  preferred_languages: string | null;
  preferred_policy_area_codes: string | null;
  accessibility_needs: string | null;
  max_invitations_per_quarter: string | null;
  preference_notes: string | null;
}

/** The preference cells of an exported row, in PREFERENCE_COLUMNS order. */
export function exportedPreferenceFields(row: ExportedPreferences): (string | null)[] {
  return [
    row.preferred_methods || null,
    row.preferred_modes || null,
    row.preferred_languages || null,
    row.preferred_policy_area_codes,
    row.accessibility_needs,
    row.max_invitations_per_quarter,
    row.preference_notes,
  ];
}
