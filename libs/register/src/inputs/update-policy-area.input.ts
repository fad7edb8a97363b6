import { InputType } from '@nestjs/graphql';
import { UpdateInputOf } from '@sidos/common';
import { CreatePolicyAreaInput } from './create-policy-area.input.js';

/** Only the fields given change, each validated as createPolicyArea validates it. */
@InputType()
export class UpdatePolicyAreaInput extends UpdateInputOf(CreatePolicyAreaInput) {}
