import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { mapForRead } from '@sidos/database';
import { Consultation, Engagement, HEARD_KINDS } from '@sidos/engagement';
import { InputTheme, InputThemeEngagement } from '../entities/index.js';
import { ThemeResponse } from '../enums/practice.enums.js';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
const HEARD_KINDS_SQL = HEARD_KINDS.map((kind) => `'${kind}'`).join(', ');

/** The records named, with whether each is heard and which consultation its activity belongs to. */
const RECORDS_FOR_RAISED_BY_SQL = (count: number) =>
  `select e."id", e."kind" in (${HEARD_KINDS_SQL}) as "heard", e."voided", a."consultation_id"
   from "engagement" e join "activity" a on a."id" = e."activity_id"
   where e."id" in (${placeholders(count)})`;

/** The themes of each consultation named, by title (case-insensitively). */
const THEMES_OF_CONSULTATIONS_SQL = (count: number) =>
  `select t.* from "input_theme" t where t."consultation_id" in (${placeholders(count)}) order by lower(t."title"), t."id"`;

/** The records that raised each theme named, oldest activity first (then in the order they were recorded). */
const RAISED_BY_OF_THEMES_SQL = (count: number) =>
  `select link."theme_id" as "link_theme_id", e.*
   from "input_theme_engagement" link
   join "engagement" e on e."id" = link."engagement_id"
   join "activity" a on a."id" = e."activity_id"
   where link."theme_id" in (${placeholders(count)})
   order by a."date", a."created_at", a."id", e."created_at", e."id"`;

/**
 * The themes raised by records of each (party, consultation or null) key: `party` is "organisation_id"
 * (an organisation's own records and its contacts' on its behalf) or "contact_id"; by consultation title,
 * then theme title.
 */
const THEMES_RAISED_SQL = (party: 'organisation_id' | 'contact_id', count: number) =>
  `select k."position", t.*
   from (values ${Array.from({ length: count }, () => '(?::int, ?::uuid, ?::uuid)').join(', ')}) as k("position", "party_id", "consultation_id")
   join lateral (
     select distinct t.* from "engagement" e
     join "input_theme_engagement" link on link."engagement_id" = e."id"
     join "input_theme" t on t."id" = link."theme_id"
     where e."${party}" = k."party_id" and not e."voided" and (k."consultation_id" is null or t."consultation_id" = k."consultation_id")
   ) t on true
   join "consultation" c on c."id" = t."consultation_id"
   order by k."position", lower(c."title"), c."id", lower(t."title"), t."id"`;

/** What a letter needs: each organisation heard in the consultation, by name, with the themes its records raised (by title). */
const LETTER_ROWS_SQL = `with heard_organisation as (
  select distinct e."organisation_id" from "activity" a join "engagement" e on e."activity_id" = a."id"
  where a."consultation_id" = ? and e."kind" in (${HEARD_KINDS_SQL}) and not e."voided" and e."organisation_id" is not null
)
select o."id" as "organisation_id", o."name", o."name_sv", o."name_en",
       t."id" as "theme_id", t."title", t."response", t."response_text"
from heard_organisation h
join "organisation" o on o."id" = h."organisation_id"
left join lateral (
  select distinct t.* from "engagement" e
  join "input_theme_engagement" link on link."engagement_id" = e."id"
  join "input_theme" t on t."id" = link."theme_id"
  where e."organisation_id" = o."id" and not e."voided" and t."consultation_id" = ?
) t on true
order by lower(o."name"), o."id", lower(t."title"), t."id"`;

export interface RaisedByCandidate {
  id: string;
  heard: boolean;
  voided: boolean;
  consultationId: string;
}

export interface LetterRow {
  organisationId: string;
  name: string;
  nameSv: string | null;
  nameEn: string | null;
  theme: { id: string; title: string; response: ThemeResponse; responseText: string | null } | null;
}

export interface ThemesRaisedKey {
  partyId: string;
  consultationId: string | null;
}

/** Every read and write of input themes. */
@Injectable()
export class ThemeRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<InputTheme | null> {
    return this.em.findOne(InputTheme, { id });
  }

  findConsultation(id: string): Promise<Consultation | null> {
    return this.em.findOne(Consultation, { id });
  }

  create(data: Pick<InputTheme, 'title' | 'summary' | 'response' | 'responseText'> & { consultation: string }): InputTheme {
    return this.em.create(InputTheme, data);
  }

  async recordsForRaisedBy(ids: readonly string[]): Promise<Map<string, RaisedByCandidate>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em.execute<{ id: string; heard: boolean; voided: boolean; consultation_id: string }[]>(RECORDS_FOR_RAISED_BY_SQL(ids.length), [
      ...ids,
    ]);
    return new Map(rows.map((row) => [row.id, { id: row.id, heard: row.heard, voided: row.voided, consultationId: row.consultation_id }]));
  }

  async raisedByIdsOf(theme: InputTheme): Promise<string[]> {
    const links = await this.em.find(InputThemeEngagement, { theme: theme.id });
    return links.map((link) => link.engagement.id);
  }

  /** Makes the theme's records exactly `engagementIds` (with the next flush). */
  async replaceRaisedBy(theme: InputTheme, engagementIds: readonly string[], isNew: boolean): Promise<void> {
    const existing = isNew ? [] : await this.em.find(InputThemeEngagement, { theme: theme.id });
    const wanted = new Set(engagementIds);
    for (const link of existing) if (!wanted.has(link.engagement.id)) this.em.remove(link);
    const kept = new Set(existing.map((link) => link.engagement.id));
    for (const id of wanted) if (!kept.has(id)) this.em.create(InputThemeEngagement, { theme: theme.id, engagement: id });
  }

  flush(): Promise<void> {
    return this.em.flush();
  }

  async themesOfConsultations(ids: readonly string[]): Promise<InputTheme[][]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(THEMES_OF_CONSULTATIONS_SQL(ids.length), [...ids]);
    return this.groupThemes(ids, rows, (row) => row.consultation_id as string);
  }

  async raisedByOfThemes(ids: readonly string[]): Promise<Engagement[][]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(RAISED_BY_OF_THEMES_SQL(ids.length), [...ids]);
    const byTheme = new Map<string, Engagement[]>();
    for (const row of rows) {
      const key = row.link_theme_id as string;
      byTheme.set(key, [...(byTheme.get(key) ?? []), mapForRead(this.em, Engagement, row)]);
    }
    return ids.map((id) => byTheme.get(id) ?? []);
  }

  async themesRaised(party: 'organisation' | 'contact', keys: readonly ThemesRaisedKey[]): Promise<InputTheme[][]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      THEMES_RAISED_SQL(party === 'organisation' ? 'organisation_id' : 'contact_id', keys.length),
      keys.flatMap((key, position) => [position, key.partyId, key.consultationId]),
    );
    const byPosition = new Map<number, InputTheme[]>();
    for (const row of rows) {
      const position = row.position as number;
      byPosition.set(position, [...(byPosition.get(position) ?? []), mapForRead(this.em, InputTheme, row)]);
    }
    return keys.map((_key, position) => byPosition.get(position) ?? []);
  }

  async letterRows(consultationId: string): Promise<LetterRow[]> {
    const rows = await this.em.execute<Record<string, string | null>[]>(LETTER_ROWS_SQL, [consultationId, consultationId]);
    return rows.map((row) => ({
      organisationId: row.organisation_id!,
      name: row.name!,
      nameSv: row.name_sv,
      nameEn: row.name_en,
      theme: row.theme_id ? { id: row.theme_id, title: row.title!, response: row.response as ThemeResponse, responseText: row.response_text } : null,
    }));
  }

  private groupThemes(ids: readonly string[], rows: Record<string, unknown>[], keyOf: (row: Record<string, unknown>) => string): InputTheme[][] {
    const byKey = new Map<string, InputTheme[]>();
    for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), mapForRead(this.em, InputTheme, row)]);
    return ids.map((id) => byKey.get(id) ?? []);
  }
}
