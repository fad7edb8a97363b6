import { isValidBusinessId, normaliseBusinessId } from '@sidos/common';
import { CreateContactInput } from '@sidos/register';
import { enumCell, instantCell, listCell } from '../import/cell-values.js';
import { type ColumnDefinition, type CsvTable } from '../import/csv-table.js';
import { validateAsInput, yieldNowAndThen } from '../import/row-validation.js';
import { PREFERENCE_COLUMNS, type PreferenceCells, readPreferenceCells } from '../preferences/preference-columns.js';

/** The columns of a contacts file, in export order, with the Finnish and other header names accepted for them. */
export const CONTACT_COLUMNS = [
  { column: 'firstName', aliases: ['etunimi', 'förnamn', 'first name'], required: true },
  { column: 'lastName', aliases: ['sukunimi', 'efternamn', 'last name'], required: true },
  { column: 'email', aliases: ['sähköposti', 'sahkoposti', 'e-post', 'email address'] },
  { column: 'phone', aliases: ['puhelin', 'puhelinnumero', 'telefon', 'phone number'] },
  { column: 'title', aliases: ['titteli', 'nimike', 'tehtävänimike'] },
  { column: 'languages', aliases: ['kielet', 'language', 'kieli'] },
  { column: 'lawfulBasis', aliases: ['käsittelyperuste', 'oikeusperuste', 'lawful basis'], required: true },
  { column: 'consentAt', aliases: ['suostumus', 'suostumusaika', 'consent'] },
  { column: 'organisationBusinessId', aliases: ['organisaation y-tunnus', 'y-tunnus', 'businessId', 'FO-nummer'] },
  { column: 'role', aliases: ['rooli', 'tehtävä'] },
  ...PREFERENCE_COLUMNS,
] as const satisfies readonly ColumnDefinition[];

export type ContactColumn = (typeof CONTACT_COLUMNS)[number]['column'];

const TEXT_COLUMNS = ['firstName', 'lastName', 'email', 'phone', 'title'] as const;
const BUSINESS_ID_MESSAGE = 'must be a Finnish business ID "NNNNNNN-C" with a valid check digit';

/** A row that passed validation, transformed as the GraphQL input would be; the affiliation it names is resolved later. */
export interface ContactRow {
  line: number;
  input: CreateContactInput;
  /** The organisation to be affiliated with, by its normalised business ID. */
  organisationBusinessId: string | null;
  role: string | null;
  /** Its engagement-preference cells (only the columns the file has). */
  preferences: PreferenceCells;
}

/**
 * Validates every row as a CreateContactInput (the affiliation's role as an AffiliationInput's), reporting
 * each invalid field at its line and column, and an email repeated in the file (case-insensitively) at the later line.
 */
export async function readContactRows(table: CsvTable<ContactColumn>, policyAreaIdsByCode: ReadonlyMap<string, string>): Promise<ContactRow[]> {
  const { report, labels } = table;
  const rows: ContactRow[] = [];
  const lineOfEmail = new Map<string, number>();
  for (const [index, { line, cells }] of table.rows.entries()) {
    await yieldNowAndThen(index);
    const plain: Record<string, unknown> = {};
    const cellErrors = new Set<ContactColumn>();
    const fail = (column: ContactColumn, message: string) => {
      report.error(line, labels[column], message);
      cellErrors.add(column);
    };
    for (const column of TEXT_COLUMNS) if (cells[column] !== undefined) plain[column] = cells[column];
    if (cells.languages !== undefined) plain.languages = listCell(cells.languages).map((language) => language.toUpperCase());
    if (cells.lawfulBasis !== undefined) plain.lawfulBasis = enumCell(cells.lawfulBasis);
    if (cells.consentAt !== undefined) {
      const consentAt = instantCell(cells.consentAt);
      if ('error' in consentAt) fail('consentAt', consentAt.error);
      else plain.consentAt = consentAt.value;
    }
    const businessIdCell = cells.organisationBusinessId?.trim() ?? '';
    const organisationBusinessId = businessIdCell === '' ? null : normaliseBusinessId(businessIdCell);
    if (organisationBusinessId !== null && !isValidBusinessId(organisationBusinessId)) fail('organisationBusinessId', BUSINESS_ID_MESSAGE);
    if (cells.role !== undefined) {
      if (organisationBusinessId === null && cells.role.trim() !== '')
        fail('role', `needs ${labels.organisationBusinessId}: a role is held in an organisation`);
      else plain.affiliations = [{ organisationId: organisationBusinessId ?? '', role: cells.role }];
    }

    const { input, errors } = await validateAsInput(CreateContactInput, plain);
    for (const error of errors) {
      const column = columnOfPath(error.path);
      if (!cellErrors.has(column)) report.error(line, labels[column], error.message);
    }
    const preferences = await readPreferenceCells(cells, line, report, labels, policyAreaIdsByCode);
    if (input.email && !errors.some((error) => error.path === 'email')) {
      const key = input.email.toLowerCase();
      const earlier = lineOfEmail.get(key);
      if (earlier !== undefined) report.error(line, labels.email, `repeats the email of line ${earlier}`);
      else lineOfEmail.set(key, line);
    }
    if (report.hasErrorOn(line)) continue;
    const role = input.affiliations?.[0]?.role ?? null;
    input.affiliations = undefined;
    rows.push({ line, input, organisationBusinessId, role, preferences });
  }
  return rows;
}

function columnOfPath(path: string): ContactColumn {
  const [field, , nested] = path.split('.');
  if (field === 'affiliations') return nested === 'organisationId' ? 'organisationBusinessId' : 'role';
  return field as ContactColumn;
}
