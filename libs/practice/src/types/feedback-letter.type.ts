import { Field, ObjectType } from '@nestjs/graphql';
import { Language } from '@sidos/register';

/** A letter to one organisation heard in a consultation: the themes it raised and what the ministry did with them. */
@ObjectType('FeedbackLetter', { description: 'A letter to one organisation heard in a consultation: the themes it raised and what the ministry did with them' })
export class FeedbackLetter {
  organisationId: string;

  @Field(() => Language)
  language: Language;

  @Field({ description: 'The letter as Markdown' })
  text: string;
}
