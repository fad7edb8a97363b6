import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Facilitator } from '../entities/index.js';

@ObjectType('FacilitatorSuggestion')
export class FacilitatorSuggestion {
  @Field(() => Facilitator)
  facilitator: Facilitator;

  @Field(() => Int, { description: "Their assignments to activities dated from D-89 to D, D being the activity's date" })
  recentAssignments: number;
}
