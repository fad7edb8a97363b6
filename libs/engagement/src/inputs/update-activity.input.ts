import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@sidos/common';
import { CreateActivityInput } from './create-activity.input.js';

/**
 * Only the fields given change, each validated as createActivity validates it; null clears the participant
 * count and is refused for the others. An activity stays in its consultation.
 */
@InputType()
export class UpdateActivityInput extends UpdateInputOf(CreateActivityInput, ['consultationId']) {}
