import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from './role.enum.js';

/** The caller, as its verified bearer token describes it. */
@ObjectType('Viewer')
export class Viewer {
  @Field(() => String, { description: "The token's `sub`" })
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => String, { nullable: true, description: 'The token\'s ministry claim, e.g. "TEM"' })
  ministry: string | null;
}
