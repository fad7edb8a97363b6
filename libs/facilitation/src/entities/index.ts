import { FacilitatorAssignment } from './facilitator-assignment.entity.js';
import { Facilitator } from './facilitator.entity.js';
import { FeedbackResponse } from './feedback-response.entity.js';

export { Facilitator, FacilitatorAssignment, FeedbackResponse };

/** The facilitation lib's entities, for the ORM's list. */
export const FACILITATION_ENTITIES = [Facilitator, FacilitatorAssignment, FeedbackResponse];
