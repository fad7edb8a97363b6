import { Field, Float, ObjectType } from '@nestjs/graphql';
import { UncountedConnectionType } from '@sidos/common';
import { Organisation } from '@sidos/register';

/** Two organisations that are likely one, for a person to review (and merge, duplicate into organisation). */
@ObjectType('DuplicateCandidate')
export class DuplicateCandidate {
  @Field(() => Organisation, { description: 'The one created first: the natural target of a merge' })
  organisation: Organisation;

  @Field(() => Organisation)
  duplicate: Organisation;

  @Field(() => Float, { description: '1 for the same business ID, else the best trigram similarity of their names (0–1)' })
  score: number;

  @Field(() => [String], { description: 'Why they look alike: the same business ID, the same or similar names' })
  reasons: string[];
}

export const DuplicateCandidateConnection = UncountedConnectionType(
  DuplicateCandidate,
  'DuplicateCandidate',
  'A page of likely duplicate pairs, best first. No totalCount: counting the pairs is the whole search, while a page builds only the pairs it needs.',
);
