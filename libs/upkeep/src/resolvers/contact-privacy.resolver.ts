import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, Roles, Viewer } from '@sidos/auth';
import { type UncountedConnection } from '@sidos/common';
import { Contact } from '@sidos/register';
import { RetentionReviewArgs, RetentionReviewConnectionArgs } from '../inputs/index.js';
import { ContactDataExportService } from '../services/contact-data-export.service.js';
import { ContactPrivacyService } from '../services/contact-privacy.service.js';
import { RetentionReviewService } from '../services/retention-review.service.js';
import { RetentionReviewItem, RetentionReviewItemConnection } from '../types/index.js';

/** The GDPR duties towards contacts: erasure, subject access, retention review (ADMIN). */
@Resolver(() => Contact)
export class ContactPrivacyResolver {
  constructor(
    private readonly contactPrivacy: ContactPrivacyService,
    private readonly contactDataExport: ContactDataExportService,
    private readonly retentionReview: RetentionReviewService,
  ) {}

  @Mutation(() => Contact, {
    description:
      'ADMIN. Erases the personal data of the contact (names become "Erased"; email, phone, title, affiliations and notes about it go; its audit events are scrubbed; mentions of its full name, email or phone in any free text become "[erased]"); its engagements stay and keep counting in coverage. An erased contact can no longer be changed (CONFLICT).',
  })
  @Roles(Role.ADMIN)
  eraseContact(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Contact> {
    return this.contactPrivacy.erase(viewer, id);
  }

  @Query(() => String, { name: 'contactDataExport', description: 'ADMIN. Subject access: everything held about the contact, as one JSON document' })
  @Roles(Role.ADMIN)
  exportContactData(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.contactDataExport.export(id);
  }

  @Query(() => [RetentionReviewItem], { description: 'ADMIN. Contacts whose holding needs a look (stale consent, no engagement for long), by name' })
  @Roles(Role.ADMIN)
  contactsForRetentionReview(@Args() args: RetentionReviewArgs): Promise<RetentionReviewItem[]> {
    return this.retentionReview.review(args);
  }

  @Query(() => RetentionReviewItemConnection, {
    description:
      'ADMIN. The retention review (as contactsForRetentionReview) as a connection: by name (NAME ASC) unless orderBy says otherwise, paged with first/after or last/before',
  })
  @Roles(Role.ADMIN)
  contactsForRetentionReviewConnection(@Args() args: RetentionReviewConnectionArgs): Promise<UncountedConnection<RetentionReviewItem>> {
    return this.retentionReview.reviewPage(args);
  }
}
