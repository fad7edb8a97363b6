import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sidos/common';
import { Consultation, PreparationPhase } from '@sidos/engagement';
import { StakeholderGroup } from '@sidos/register';

/** How well one consultation heard one group (see docs/coverage.md for the counting rules). */
@ObjectType('GroupCoverage')
export class GroupCoverage {
  @Field(() => StakeholderGroup)
  group: StakeholderGroup;

  @Field({ description: "G is one of the consultation's targetGroups" })
  targeted: boolean;

  @Field(() => Int, { description: 'Distinct organisations and contacts of G with a matching INVITED record' })
  invited: number;

  @Field(() => Int, {
    description: 'Distinct organisations and contacts of G with a matching heard record, plus the participantCount of heard group-only records for G',
  })
  heard: number;

  @Field({ description: 'heard > 0' })
  reached: boolean;

  @Field(() => [PreparationPhase], { description: 'Phases of the activities where G was heard, distinct, in phase order' })
  phasesHeard: PreparationPhase[];

  @Field(() => DateScalar, { nullable: true, description: 'Date of the earliest activity where G was heard' })
  firstHeardOn: string | null;
}

@ObjectType('ConsultationCoverage')
export class ConsultationCoverage {
  @Field(() => Consultation)
  consultation: Consultation;

  @Field(() => [GroupCoverage], {
    description: 'One row for each target group, then one for each hard-to-reach group that is not a target; targeted rows first, each part ordered by group name',
  })
  groups: GroupCoverage[];

  @Field(() => Float, { nullable: true, description: 'Reached target groups / target groups; null without target groups' })
  coverageRatio: number | null;

  @Field(() => Float, { nullable: true, description: 'Target groups heard in INITIATION or DRAFTING / target groups; null without target groups' })
  earlyReachRatio: number | null;

  @Field(() => [StakeholderGroup], { description: 'The groups of the rows that are not reached, in row order' })
  gaps: StakeholderGroup[];
}

@ObjectType('CoverageCell')
export class CoverageCell {
  @Field(() => ID)
  consultationId: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => Int, { description: 'As GroupCoverage.heard, over the activities inside the window' })
  heard: number;

  @Field(() => [PreparationPhase])
  phasesHeard: PreparationPhase[];
}

@ObjectType('CoverageMatrix')
export class CoverageMatrix {
  @Field(() => [Consultation], { description: "Those matching the window's filters with an activity dated inside it, by title" })
  consultations: Consultation[];

  @Field(() => [StakeholderGroup], { description: 'Their target groups, every hard-to-reach group, and every group of a cell; by name' })
  groups: StakeholderGroup[];

  @Field(() => [CoverageCell], { description: 'Only cells with heard > 0' })
  cells: CoverageCell[];
}

@ObjectType('EngagementStats')
export class EngagementStats {
  @Field(() => Int, { description: 'INVITED records' })
  invited: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int, { description: 'PARTICIPATED + SUBMITTED records' })
  heard: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the latest activity where it was heard' })
  lastHeardOn: string | null;
}
