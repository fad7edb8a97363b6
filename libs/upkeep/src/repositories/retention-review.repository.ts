import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Contact } from '@sidos/register';
import { RETENTION_REVIEW_SQL } from './retention-review.sql.js';

/** What the retention review found about one contact (see RETENTION_REVIEW_SQL). */
export interface RetentionFinding {
  contact: Contact;
  staleConsent: boolean;
  /** YYYY-MM-DD, or null with no consent date. */
  consentOn: string | null;
  inactive: boolean;
  /** YYYY-MM-DD, or null with no engagement at all. */
  lastEngagedOn: string | null;
  /** YYYY-MM-DD */
  inRegisterSince: string;
}

interface ReviewRow extends Record<string, unknown> {
  retention_stale_consent: boolean;
  retention_consent_on: string | null;
  retention_inactive: boolean;
  retention_last_engaged_on: string | null;
  retention_in_register_since: string;
}

/** The query of the retention review, on the primary (an ADMIN's view before renewing or erasing). */
@Injectable()
export class RetentionReviewRepository {
  constructor(private readonly em: EntityManager) {}

  /** The contacts whose holding needs a look, by name, at most `first` (one statement). */
  async findings(consentMonths: number, inactiveMonths: number, first: number): Promise<RetentionFinding[]> {
    const rows = await this.em.execute<ReviewRow[]>(RETENTION_REVIEW_SQL, [consentMonths, inactiveMonths, first]);
    return rows.map((row) => ({
      contact: this.em.map(Contact, row),
      staleConsent: row.retention_stale_consent,
      consentOn: row.retention_consent_on,
      inactive: row.retention_inactive,
      lastEngagedOn: row.retention_last_engaged_on,
      inRegisterSince: row.retention_in_register_since,
    }));
  }
}
