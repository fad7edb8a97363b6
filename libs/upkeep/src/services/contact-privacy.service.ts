import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Transactional } from '@mikro-orm/decorators/legacy';
import { Injectable } from '@nestjs/common';
import { type Actor, AuditAction, AuditTrail, diffFields } from '@sidos/audit';
import { isUuid, NotFoundError } from '@sidos/common';
import { eraseContactPreferences } from '@sidos/practice';
import { Contact, CONTACT_AUDIT_FIELDS } from '@sidos/register';

/** What an erased contact's names become. */
export const ERASED_NAME = 'Erased';

/** What a mention of an erased person in free text becomes. */
export const ERASED_MENTION = '[erased]';

/** The fields of a contact's audit events that hold personal data (its lawful basis is about the register, not the person). */
const PERSONAL_AUDIT_FIELDS = CONTACT_AUDIT_FIELDS.filter((field) => field !== 'lawfulBasis');

/** `text` as a PostgreSQL regular expression that matches it literally, any run of white space for a space. */
function literalPattern(text: string): string {
  return text
    .trim()
    .replace(/[\\^$.|?*+()[\]{}]/g, (character) => `\\${character}`)
    .replace(/\s+/g, '\\s+');
}

/** The names, email addresses and phone numbers a contact has had: its current ones and those its audit events recorded. */
interface PersonalValues {
  firstName: Set<string>;
  lastName: Set<string>;
  email: Set<string>;
  phone: Set<string>;
}

/**
 * The values that identify the person on their own, wherever they are written: a full name (either way
 * round), an email address, a phone number, current or former. A first or a last name alone is not one
 * of them: scrubbing every "Virtanen" would erase other people's data.
 */
function identifyingPattern(values: PersonalValues): string | null {
  const fullNames = [...values.firstName].flatMap((first) => [...values.lastName].flatMap((last) => [`${first} ${last}`, `${last} ${first}`]));
  const patterns = [...new Set([...fullNames, ...values.email, ...values.phone])].filter((value) => value.trim().length >= 3).map(literalPattern);
  return patterns.length > 0 ? `(${patterns.join('|')})` : null;
}

/**
 * The right to erasure (GDPR Art. 17), ADMIN only, in one transaction with the contact locked:
 * - the contact: names become "Erased"; email, phone, title, languages and the consent date go; `erased`;
 * - its affiliations go (they say where the person works, with their role);
 * - free text about the person goes: the notes of its engagements, and mentions of its full name, email
 *   or phone in other engagements' notes become "[erased]";
 * - its earlier audit events are scrubbed: the old and new values of its personal fields become null
 *   (the events still say who changed which field when), the notes of its engagements' events likewise,
 *   and mentions of it in any other event's values become "[erased]";
 * - one ERASE event records the erasure, with no personal data.
 * It keeps its id, its lawful basis, its group memberships and its engagements, which keep counting in
 * coverage. An erased contact matches no search. Erasing an erased contact erases again (in case data
 * was added since) and succeeds.
 */
@Injectable()
export class ContactPrivacyService {
  constructor(
    private readonly em: EntityManager,
    private readonly auditTrail: AuditTrail,
  ) {}

  @Transactional()
  async erase(actor: Actor, id: string): Promise<Contact> {
    if (!isUuid(id)) throw new NotFoundError('Contact', id);
    // The transaction of the mutation that calls it (or one of its own: @Transactional joins one that runs).
    const em = this.em;
    const contact = await em.findOne(Contact, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!contact) throw new NotFoundError('Contact', id);
    const wasErased = contact.erased;
    const mentions = identifyingPattern(await this.personalValues(em, contact));

    await em.execute('update "engagement" set "notes" = null where "contact_id" = ? and "notes" is not null', [contact.id]);
    if (mentions) {
      await em.execute(`update "engagement" set "notes" = regexp_replace("notes", ?, ?, 'gi') where "notes" ~* ?`, [mentions, ERASED_MENTION, mentions]);
    }
    await this.scrubAuditFields(em, `"entity_type" = 'Contact' and "entity_id" = ?`, [contact.id], PERSONAL_AUDIT_FIELDS);
    await this.scrubAuditFields(
      em,
      `"entity_type" = 'Engagement' and "entity_id" in (select "id"::text from "engagement" where "contact_id" = ?)`,
      [contact.id],
      ['notes'],
    );
    if (mentions) await this.scrubAuditMentions(em, mentions);
    await em.execute('delete from "affiliation" where "contact_id" = ?', [contact.id]);
    await eraseContactPreferences(em, contact.id);

    contact.firstName = ERASED_NAME;
    contact.lastName = ERASED_NAME;
    contact.email = null;
    contact.phone = null;
    contact.title = null;
    contact.languages = [];
    contact.consentAt = null;
    contact.erased = true;
    contact.updatedAt = new Date();
    this.auditTrail.record(em, actor, AuditAction.ERASE, 'Contact', contact.id, diffFields({ erased: wasErased }, { erased: true }, ['erased']));
    return contact;
  }

  /** The person's values held now and recorded in its audit events (those of an earlier erasure are gone already). */
  private async personalValues(em: EntityManager, contact: Contact): Promise<PersonalValues> {
    const values: PersonalValues = { firstName: new Set(), lastName: new Set(), email: new Set(), phone: new Set() };
    const add = (field: keyof PersonalValues, value: unknown) => {
      if (typeof value === 'string' && value.trim() !== '' && value !== ERASED_NAME) values[field].add(value);
    };
    for (const field of Object.keys(values) as (keyof PersonalValues)[]) add(field, contact[field]);
    const recorded = await em.execute<{ field: keyof PersonalValues; value: string }[]>(
      `select change.value->>'field' as "field", side.value as "value"
       from "audit_event" ae
       cross join jsonb_array_elements(ae."changes") change
       cross join lateral (values (change.value->>'from'), (change.value->>'to')) side("value")
       where ae."entity_type" = 'Contact' and ae."entity_id" = ? and change.value->>'field' in ('firstName', 'lastName', 'email', 'phone') and side.value is not null`,
      [contact.id],
    );
    for (const row of recorded) add(row.field, JSON.parse(row.value));
    return values;
  }

  /** In the events `where` selects, the old and new values of `fields` become null. */
  private async scrubAuditFields(em: EntityManager, where: string, params: unknown[], fields: readonly string[]): Promise<void> {
    await em.execute(
      `update "audit_event" set "changes" = (
         select coalesce(jsonb_agg(case when change.value->>'field' in (${fields.map(() => '?').join(', ')})
                                        then jsonb_build_object('field', change.value->'field', 'from', null, 'to', null)
                                        else change.value end order by change.ordinality), '[]'::jsonb)
         from jsonb_array_elements("changes") with ordinality change
       )
       where ${where}`,
      [...fields, ...params],
    );
  }

  /** In every event, mentions of the person (`pattern`) inside old and new values become "[erased]". */
  private async scrubAuditMentions(em: EntityManager, pattern: string): Promise<void> {
    await em.execute(
      `update "audit_event" set "changes" = (
         select jsonb_agg(jsonb_build_object(
                  'field', change.value->'field',
                  'from', to_jsonb(regexp_replace(change.value->>'from', ?, ?, 'gi')),
                  'to', to_jsonb(regexp_replace(change.value->>'to', ?, ?, 'gi'))) order by change.ordinality)
         from jsonb_array_elements("changes") with ordinality change
       )
       where "changes"::text ~* ?`,
      [pattern, ERASED_MENTION, pattern, ERASED_MENTION, pattern],
    );
  }
}
