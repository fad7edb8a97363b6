import { registerEnumType } from '@nestjs/graphql';

/** Stages of preparing a policy or a law, in this order (the order phases are listed in everywhere). */
export enum PreparationPhase {
  INITIATION = 'INITIATION',
  DRAFTING = 'DRAFTING',
  STATEMENT_ROUND = 'STATEMENT_ROUND',
  FINALISATION = 'FINALISATION',
  IMPLEMENTATION = 'IMPLEMENTATION',
}

export enum ConsultationStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  CLOSED = 'CLOSED',
}

export enum EngagementMethod {
  DIALOGUE = 'DIALOGUE',
  WORKSHOP = 'WORKSHOP',
  WEBINAR = 'WEBINAR',
  HEARING = 'HEARING',
  MEETING = 'MEETING',
  INTERVIEW = 'INTERVIEW',
  SURVEY = 'SURVEY',
  STATEMENT_REQUEST = 'STATEMENT_REQUEST',
  ONLINE_CONSULTATION = 'ONLINE_CONSULTATION',
  OTHER = 'OTHER',
}

export enum EngagementMode {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
  HYBRID = 'HYBRID',
  WRITTEN = 'WRITTEN',
}

/** INVITED, DECLINED: asked, and said no. PARTICIPATED and SUBMITTED count as "heard". */
export enum EngagementKind {
  INVITED = 'INVITED',
  DECLINED = 'DECLINED',
  PARTICIPATED = 'PARTICIPATED',
  SUBMITTED = 'SUBMITTED',
}

/** The phases in preparation order. */
export const PREPARATION_PHASE_ORDER: readonly PreparationPhase[] = Object.values(PreparationPhase);

/** The kinds of engagement that count as "heard". */
export const HEARD_KINDS: readonly EngagementKind[] = [EngagementKind.PARTICIPATED, EngagementKind.SUBMITTED];

/** The ministries by their usual codes (TEM: employment and the economy, YM: environment, …). */
export const MINISTRY_CODES: readonly string[] = ['TEM', 'YM', 'STM', 'OKM', 'VM', 'SM', 'OM', 'MMM', 'LVM', 'UM', 'PLM', 'VNK'];

registerEnumType(PreparationPhase, {
  name: 'PreparationPhase',
  description: 'Stages of preparing a policy or a law, in this order: INITIATION, DRAFTING, STATEMENT_ROUND, FINALISATION, IMPLEMENTATION.',
  valuesMap: {
    INITIATION: { description: 'Problem framing, before drafting starts' },
    IMPLEMENTATION: { description: 'Implementation and evaluation' },
  },
});
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus' });
registerEnumType(EngagementMethod, { name: 'EngagementMethod' });
registerEnumType(EngagementMode, { name: 'EngagementMode' });
registerEnumType(EngagementKind, {
  name: 'EngagementKind',
  description: 'INVITED, DECLINED: asked, and said no. PARTICIPATED and SUBMITTED count as "heard".',
});
