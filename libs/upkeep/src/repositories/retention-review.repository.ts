import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { keysetOrder, OrderDirection, type PageRequest, type SortKey, toConnection, uncounted, type UncountedConnection } from '@sidos/common';
import { keysetPageParts } from '@sidos/database';
import { Contact } from '@sidos/register';
import { type RetentionReviewOrder, RetentionReviewOrderField } from '../inputs/index.js';
import { retentionReviewPageSql } from './retention-review.sql.js';

/** What the retention review found about one contact (see retentionReviewPageSql). */
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

/** The keys of each order of the review (the contact's id follows them), over the assessed contact `x`: served by the contacts' name and created indexes. */
const RETENTION_ORDER_KEYS: Record<RetentionReviewOrderField, SortKey[]> = {
  NAME: [
    { sql: 'lower(x."last_name")', type: 'string' },
    { sql: 'lower(x."first_name")', type: 'string' },
  ],
  CREATED: [{ sql: 'x."created_at"', type: 'timestamp' }],
};
const CONTACT_ID: SortKey = { sql: 'x."id"', type: 'uuid' };
const BY_NAME: RetentionReviewOrder = { field: RetentionReviewOrderField.NAME, direction: OrderDirection.ASC };

/** The query of the retention review, on the primary (an ADMIN's view before renewing or erasing). */
@Injectable()
export class RetentionReviewRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * A keyset page of the contacts whose holding needs a look, by name unless `orderBy` says otherwise (one
   * statement; see retentionReviewPageSql). A cursor of another list or order is BAD_USER_INPUT.
   */
  async findingsPage(
    consentMonths: number,
    inactiveMonths: number,
    orderBy: RetentionReviewOrder | null | undefined,
    page: PageRequest,
  ): Promise<UncountedConnection<RetentionFinding>> {
    const parts = keysetPageParts(keysetOrder('contactsForRetentionReview', RETENTION_ORDER_KEYS, CONTACT_ID, orderBy ?? BY_NAME), page);
    const rows = await this.em.execute<ReviewRow[]>(retentionReviewPageSql(parts), [
      consentMonths,
      inactiveMonths,
      ...parts.keyBounds.flatMap((bound) => bound.params),
      parts.limit,
    ]);
    const cursors = new Map<RetentionFinding, string>();
    const findings = rows.map((row) => {
      const finding: RetentionFinding = {
        contact: this.em.map(Contact, row),
        staleConsent: row.retention_stale_consent,
        consentOn: row.retention_consent_on,
        inactive: row.retention_inactive,
        lastEngagedOn: row.retention_last_engaged_on,
        inRegisterSince: row.retention_in_register_since,
      };
      cursors.set(finding, parts.cursorOf(row));
      return finding;
    });
    return uncounted(toConnection(findings, page, 0, (finding) => cursors.get(finding)!));
  }
}
