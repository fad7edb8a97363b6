import { Field, ObjectType } from '@nestjs/graphql';
import { Contact } from '@sidos/register';

/** A contact whose holding needs a look by an ADMIN (renew consent, or erase). */
@ObjectType('RetentionReviewItem')
export class RetentionReviewItem {
  @Field(() => Contact)
  contact: Contact;

  @Field(() => [String])
  reasons: string[];
}
