import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { exportCsv, exportCsvText, type ExportSink, type KeysetExport } from '../export/csv-export.js';
import { EXPORTED_PREFERENCES_SQL, type ExportedPreferences, exportedPreferenceFields } from '../preferences/preference-columns.js';
import { ORGANISATION_COLUMNS } from './organisation-rows.js';

interface ExportedOrganisation extends ExportedPreferences {
  id: string;
  name_key: string;
  name: string;
  name_sv: string | null;
  name_en: string | null;
  business_id: string | null;
  type: string;
  languages: string[];
  municipality: string | null;
  website: string | null;
  email: string | null;
  notes: string | null;
  policy_area_codes: string | null;
}

const SELECT = `select o."id", lower(o."name") as "name_key", o."name", o."name_sv", o."name_en", o."business_id", o."type", o."languages", o."municipality",
    o."website", o."email", o."notes",
    (select string_agg(pa."code", '|' order by pa."code") from "organisation_policy_area" opa join "policy_area" pa on pa."id" = opa."policy_area_id"
      where opa."organisation_id" = o."id") as "policy_area_codes",
    ${EXPORTED_PREFERENCES_SQL('organisation', 'o."id"')}
  from "organisation" o
  where not o."archived"`;
const ORDER = 'order by lower(o."name"), o."id" limit ?';

/** Organisations as the import reads them: every one not archived, by name (keyset on the name-order index). */
const ORGANISATION_EXPORT: KeysetExport<ExportedOrganisation> = {
  header: ORGANISATION_COLUMNS.map((definition) => definition.column),
  page: (em, after, limit) =>
    after === null
      ? em.execute<ExportedOrganisation[]>(`${SELECT} ${ORDER}`, [limit])
      : em.execute<ExportedOrganisation[]>(`${SELECT} and (lower(o."name"), o."id") > (?, ?::uuid) ${ORDER}`, [after.name_key, after.id, limit]),
  fields: (row) => [
    row.name,
    row.name_sv,
    row.name_en,
    row.business_id,
    row.type,
    row.languages.join('|'),
    row.municipality,
    row.website,
    row.email,
    row.notes,
    row.policy_area_codes,
    ...exportedPreferenceFields(row),
  ],
};

@Injectable()
export class OrganisationExportService {
  constructor(private readonly em: EntityManager) {}

  /** Streams the export to `write`, batch by batch; answers the number of organisations. */
  exportTo(write: ExportSink): Promise<number> {
    return exportCsv(this.em, ORGANISATION_EXPORT, write);
  }

  exportText(): Promise<string> {
    return exportCsvText(this.em, ORGANISATION_EXPORT);
  }
}
