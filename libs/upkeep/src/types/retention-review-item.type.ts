import { Field, ObjectType } from '@nestjs/graphql';
import { UncountedConnectionType } from '@sidos/common';
import { Contact } from '@sidos/register';

/** A contact whose holding needs a look by an ADMIN (renew consent, or erase). */
@ObjectType('RetentionReviewItem')
export class RetentionReviewItem {
  @Field(() => Contact)
  contact: Contact;

  @Field(() => [String])
  reasons: string[];
}

export const RetentionReviewItemConnection = UncountedConnectionType(
  RetentionReviewItem,
  'RetentionReviewItem',
  'A page of the retention review. No totalCount: counting assesses every contact, while a page reads contacts in its order only until it is full.',
);
