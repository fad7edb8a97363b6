import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { exportCsv, exportCsvText, type ExportSink, type KeysetExport } from '../export/csv-export.js';
import { EXPORTED_PREFERENCES_SQL, type ExportedPreferences, exportedPreferenceFields } from '../preferences/preference-columns.js';
import { CONTACT_COLUMNS } from './contact-rows.js';

interface ExportedContact extends ExportedPreferences {
  id: string;
  last_key: string;
  first_key: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  languages: string[];
  lawful_basis: string;
  /** ISO-8601 (raw queries answer timestamps as text). */
  consent_at: string | null;
  business_id: string | null;
  role: string | null;
}

/**
 * One affiliation per contact: its current one (until unset or not past) with an organisation that has
 * a business ID and is not archived, the primary one first, then the oldest.
 */
const SELECT = `select c."id", lower(c."last_name") as "last_key", lower(c."first_name") as "first_key", c."first_name", c."last_name", c."email", c."phone",
    c."title", c."languages", c."lawful_basis", to_json(c."consent_at") #>> '{}' as "consent_at", affiliation."business_id", affiliation."role",
    ${EXPORTED_PREFERENCES_SQL('contact', 'c."id"')}
  from "contact" c
  left join lateral (
    select o."business_id", a."role" from "affiliation" a join "organisation" o on o."id" = a."organisation_id"
    where a."contact_id" = c."id" and (a."until" is null or a."until" >= current_date) and o."business_id" is not null and not o."archived"
    order by a."primary" desc, a."created_at", a."id"
    limit 1
  ) affiliation on true
  where not c."erased"`;
const ORDER = 'order by lower(c."last_name"), lower(c."first_name"), c."id" limit ?';

/** Contacts as the import reads them: every one not erased, by last and first name (keyset on the name-order index). */
const CONTACT_EXPORT: KeysetExport<ExportedContact> = {
  header: CONTACT_COLUMNS.map((definition) => definition.column),
  page: (em, after, limit) =>
    after === null
      ? em.execute<ExportedContact[]>(`${SELECT} ${ORDER}`, [limit])
      : em.execute<ExportedContact[]>(`${SELECT} and (lower(c."last_name"), lower(c."first_name"), c."id") > (?, ?, ?::uuid) ${ORDER}`, [
          after.last_key,
          after.first_key,
          after.id,
          limit,
        ]),
  fields: (row) => [
    row.first_name,
    row.last_name,
    row.email,
    row.phone,
    row.title,
    row.languages.join('|'),
    row.lawful_basis,
    row.consent_at === null ? null : new Date(row.consent_at).toISOString(),
    row.business_id,
    row.role,
    ...exportedPreferenceFields(row),
  ],
};

@Injectable()
export class ContactExportService {
  constructor(private readonly em: EntityManager) {}

  /** Streams the export to `write`, batch by batch; answers the number of contacts. */
  exportTo(write: ExportSink): Promise<number> {
    return exportCsv(this.em, CONTACT_EXPORT, write);
  }

  exportText(): Promise<string> {
    return exportCsvText(this.em, CONTACT_EXPORT);
  }
}
