import { Inject, Injectable } from '@nestjs/common';
import { pageOf, type UncountedConnection, withNodes } from '@sidos/common';
import { APP_CONFIG, type AppConfig } from '@sidos/config';
import { RetentionReviewArgs, RetentionReviewConnectionArgs } from '../inputs/index.js';
import { type RetentionFinding, RetentionReviewRepository } from '../repositories/retention-review.repository.js';
import { RetentionReviewItem } from '../types/index.js';

/**
 * The retention review (GDPR Art. 5(1)(e): keep personal data no longer than needed), ADMIN only: the
 * contacts that are not erased and whose holding needs a look, by name, each with its reasons:
 * - held on CONSENT given longer ago than `consentOlderThanMonths` (RETENTION_CONSENT_MONTHS, 24 unless
 *   configured), or on CONSENT with no consent date;
 * - no engagement record (of any kind) in an activity dated within the last `inactiveMonths`, while in
 *   the register for longer than that.
 * The admin then renews the consent, or erases the contact. The query: RetentionReviewRepository (a keyset
 * page: by name unless asked otherwise; `contactsForRetentionReview` is its first page).
 */
@Injectable()
export class RetentionReviewService {
  constructor(
    private readonly reviews: RetentionReviewRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first `first` contacts, by name. */
  async review({ consentOlderThanMonths, inactiveMonths, first }: RetentionReviewArgs): Promise<RetentionReviewItem[]> {
    if (first === 0) return [];
    return (await this.reviewPage({ consentOlderThanMonths, inactiveMonths, first })).nodes;
  }

  /** A page of the review, by name unless `orderBy` says otherwise; `first` with `last` is BAD_USER_INPUT. */
  async reviewPage(args: RetentionReviewConnectionArgs): Promise<UncountedConnection<RetentionReviewItem>> {
    const consentMonths = args.consentOlderThanMonths ?? this.config.retentionConsentMonths;
    const findings = await this.reviews.findingsPage(consentMonths, args.inactiveMonths, args.orderBy, pageOf(args));
    return withNodes(
      findings,
      findings.nodes.map((finding) => ({ contact: finding.contact, reasons: this.reasons(finding, consentMonths, args.inactiveMonths) })),
    );
  }

  private reasons(finding: RetentionFinding, consentMonths: number, inactiveMonths: number): string[] {
    const reasons: string[] = [];
    if (finding.staleConsent) {
      reasons.push(finding.consentOn ? `consent given on ${finding.consentOn}, more than ${consentMonths} months ago` : 'held on consent with no consent date');
    }
    if (finding.inactive) {
      reasons.push(
        finding.lastEngagedOn
          ? `no engagement in ${inactiveMonths} months (the last on ${finding.lastEngagedOn})`
          : `no engagement in ${inactiveMonths} months (none at all; in the register since ${finding.inRegisterSince})`,
      );
    }
    return reasons;
  }
}
