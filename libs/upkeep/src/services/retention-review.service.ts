import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@sidos/config';
import { Contact, LawfulBasis } from '@sidos/register';
import { RetentionReviewArgs } from '../inputs/index.js';
import { RetentionReviewItem } from '../types/index.js';

interface ReviewRow extends Record<string, unknown> {
  retention_stale_consent: boolean;
  retention_consent_on: string | null;
  retention_inactive: boolean;
  retention_last_engaged_on: string | null;
  retention_in_register_since: string;
}

/**
 * The retention review (GDPR Art. 5(1)(e): keep personal data no longer than needed), ADMIN only: the
 * contacts that are not erased and whose holding needs a look, by name, each with its reasons:
 * - held on CONSENT given longer ago than `consentOlderThanMonths` (RETENTION_CONSENT_MONTHS, 24 unless
 *   configured), or on CONSENT with no consent date;
 * - no engagement record (of any kind) in an activity dated within the last `inactiveMonths`, while in
 *   the register for longer than that.
 * The admin then renews the consent, or erases the contact.
 */
@Injectable()
export class RetentionReviewService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async review({ consentOlderThanMonths, inactiveMonths, first }: RetentionReviewArgs): Promise<RetentionReviewItem[]> {
    if (first === 0) return [];
    const consentMonths = consentOlderThanMonths ?? this.config.retentionConsentMonths;
    const rows = await this.em.execute<ReviewRow[]>(
      `with review as (
         select now() - make_interval(months => ?) as "consent_before", now() - make_interval(months => ?) as "active_since"
       ),
       assessed as (
         select c.*,
                c."lawful_basis" = '${LawfulBasis.CONSENT}' and (c."consent_at" is null or c."consent_at" < r."consent_before") as "retention_stale_consent",
                to_char(c."consent_at" at time zone 'UTC', 'YYYY-MM-DD') as "retention_consent_on",
                c."created_at" < r."active_since" and (latest."date" is null or latest."date" < r."active_since"::date) as "retention_inactive",
                latest."date"::text as "retention_last_engaged_on",
                to_char(c."created_at" at time zone 'UTC', 'YYYY-MM-DD') as "retention_in_register_since"
         from "contact" c
         cross join review r
         left join lateral (
           select max(a."date") as "date" from "engagement" e join "activity" a on a."id" = e."activity_id" where e."contact_id" = c."id"
         ) latest on true
         where not c."erased"
       )
       select * from assessed
       where "retention_stale_consent" or "retention_inactive"
       order by lower("last_name"), lower("first_name"), "id"
       limit ?`,
      [consentMonths, inactiveMonths, first],
    );
    return rows.map((row) => ({ contact: this.em.map(Contact, row), reasons: this.reasons(row, consentMonths, inactiveMonths) }));
  }

  private reasons(row: ReviewRow, consentMonths: number, inactiveMonths: number): string[] {
    const reasons: string[] = [];
    if (row.retention_stale_consent) {
      reasons.push(
        row.retention_consent_on
          ? `consent given on ${row.retention_consent_on}, more than ${consentMonths} months ago`
          : 'held on consent with no consent date',
      );
    }
    if (row.retention_inactive) {
      reasons.push(
        row.retention_last_engaged_on
          ? `no engagement in ${inactiveMonths} months (the last on ${row.retention_last_engaged_on})`
          : `no engagement in ${inactiveMonths} months (none at all; in the register since ${row.retention_in_register_since})`,
      );
    }
    return reasons;
  }
}
