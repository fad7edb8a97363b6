import { CreateOrganisationInput } from '@sidos/register';
import { enumCell, listCell } from '../import/cell-values.js';
import { type ColumnDefinition, type CsvTable } from '../import/csv-table.js';
import { validateAsInput, yieldNowAndThen } from '../import/row-validation.js';
import { PREFERENCE_COLUMNS, type PreferenceCells, readPreferenceCells } from '../preferences/preference-columns.js';

/** The columns of an organisations file, in export order, with the Finnish and other header names accepted for them. */
export const ORGANISATION_COLUMNS = [
  { column: 'name', aliases: ['nimi'], required: true },
  { column: 'nameSv', aliases: ['nimi sv', 'nimi ruotsiksi', 'ruotsinkielinen nimi'] },
  { column: 'nameEn', aliases: ['nimi en', 'nimi englanniksi', 'englanninkielinen nimi'] },
  { column: 'businessId', aliases: ['y-tunnus', 'FO-nummer', 'business identity code'] },
  { column: 'type', aliases: ['tyyppi', 'organisaatiotyyppi'], required: true },
  { column: 'languages', aliases: ['kielet', 'language', 'kieli'] },
  { column: 'municipality', aliases: ['kunta', 'kotikunta', 'kommun'] },
  { column: 'website', aliases: ['verkkosivut', 'verkkosivu', 'kotisivu', 'www', 'url'] },
  { column: 'email', aliases: ['sähköposti', 'sahkoposti', 'e-post', 'email address'] },
  { column: 'notes', aliases: ['muistiinpanot', 'huomiot', 'lisätiedot'] },
  { column: 'policyAreaCodes', aliases: ['policy areas', 'policy area', 'politiikka-alueet'] },
  ...PREFERENCE_COLUMNS,
] as const satisfies readonly ColumnDefinition[];

export type OrganisationColumn = (typeof ORGANISATION_COLUMNS)[number]['column'];

const TEXT_COLUMNS = ['name', 'nameSv', 'nameEn', 'businessId', 'municipality', 'website', 'email', 'notes'] as const;

/** A row that passed validation: the input it stands for, transformed as the GraphQL input would be (trimmed, business ID normalised). */
export interface OrganisationRow {
  line: number;
  input: CreateOrganisationInput;
  /** Its engagement-preference cells (only the columns the file has). */
  preferences: PreferenceCells;
}

/**
 * Validates every row as a CreateOrganisationInput (policy area codes resolved to ids), reporting each
 * invalid field at its line and column, and a business ID repeated in the file at the later line.
 */
export async function readOrganisationRows(table: CsvTable<OrganisationColumn>, policyAreaIdsByCode: ReadonlyMap<string, string>): Promise<OrganisationRow[]> {
  const { report, labels } = table;
  const rows: OrganisationRow[] = [];
  const lineOfBusinessId = new Map<string, number>();
  for (const [index, { line, cells }] of table.rows.entries()) {
    await yieldNowAndThen(index);
    const plain: Record<string, unknown> = {};
    for (const column of TEXT_COLUMNS) if (cells[column] !== undefined) plain[column] = cells[column];
    if (cells.type !== undefined) plain.type = enumCell(cells.type);
    if (cells.languages !== undefined) plain.languages = listCell(cells.languages).map((language) => language.toUpperCase());
    if (cells.policyAreaCodes !== undefined) {
      const codes = listCell(cells.policyAreaCodes);
      const unknown = codes.filter((code) => !policyAreaIdsByCode.has(code.toLowerCase()));
      if (unknown.length > 0)
        report.error(line, labels.policyAreaCodes, `names no policy area (unknown code ${unknown.map((code) => JSON.stringify(code)).join(', ')})`);
      else plain.policyAreaIds = codes.map((code) => policyAreaIdsByCode.get(code.toLowerCase()));
    }
    const { input, errors } = await validateAsInput(CreateOrganisationInput, plain);
    for (const error of errors) report.error(line, labels[columnOfPath(error.path)], error.message);
    const preferences = await readPreferenceCells(cells, line, report, labels, policyAreaIdsByCode);
    const businessIdValid = input.businessId && !errors.some((error) => error.path === 'businessId');
    if (businessIdValid) {
      const earlier = lineOfBusinessId.get(input.businessId!);
      if (earlier !== undefined) report.error(line, labels.businessId, `repeats the business ID ${input.businessId} of line ${earlier}`);
      else lineOfBusinessId.set(input.businessId!, line);
    }
    if (!report.hasErrorOn(line)) rows.push({ line, input, preferences });
  }
  return rows;
}

function columnOfPath(path: string): OrganisationColumn {
  const field = path.split('.')[0];
  return field === 'policyAreaIds' ? 'policyAreaCodes' : (field as OrganisationColumn);
}
