import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, type Connection, FieldErrors, isUuid, NotFoundError, pageOf, StaleVersionError } from '@sidos/common';
import { checkReferences, indexedReferences, PolicyArea, ReferenceRepository, StakeholderGroup } from '@sidos/register';
import { Consultation, ConsultationPolicyArea, ConsultationTargetGroup } from '../entities/index.js';
import { ConsultationStatus, MINISTRY_CODES, PreparationPhase } from '../enums/engagement.enums.js';
import { ConsultationsArgs, CreateConsultationInput, UpdateConsultationInput } from '../inputs/index.js';
import { ConsultationRepository } from '../repositories/consultation.repository.js';
import { assertMayChangeMinistry } from './ministry-access.js';

const EDITABLE_FIELDS = ['title', 'description', 'status', 'currentPhase', 'startsOn', 'endsOn'] as const;
const AUDIT_FIELDS = [...EDITABLE_FIELDS, 'ministry', 'policyAreaIds', 'targetGroupIds'] as const;

@Injectable()
export class ConsultationService {
  constructor(
    private readonly em: EntityManager,
    private readonly consultations: ConsultationRepository,
    private readonly references: ReferenceRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /** Null for an unknown or malformed id. */
  async findById(id: string): Promise<Consultation | null> {
    if (!isUuid(id)) return null;
    return this.consultations.findById(id);
  }

  /** By title; `search` matches title and description case- and accent-insensitively. */
  async list(args: ConsultationsArgs): Promise<Connection<Consultation>> {
    return this.consultations.list(args.filter, args.orderBy, pageOf(args));
  }

  /** The owning ministry is the input's, or else the token's; an EDITOR may name only its own. */
  async create(viewer: Viewer, input: CreateConsultationInput): Promise<Consultation> {
    const ministry = input.ministry ?? viewer.ministry;
    if (!ministry) throw new BadUserInputError([{ path: 'ministry', message: 'is required: the token has no ministry claim to default to' }]);
    assertMayChangeMinistry(viewer, ministry);
    const errors = new FieldErrors();
    if (!MINISTRY_CODES.includes(ministry))
      errors.add('ministry', `must be a ministry code (the token's ministry ${JSON.stringify(ministry)} is not one): ${MINISTRY_CODES.join(', ')}`);
    await this.checkLinks(errors, input);
    errors.throwIfAny();

    const consultation = this.em.create(Consultation, {
      title: input.title,
      description: input.description ?? null,
      ministry,
      status: input.status ?? ConsultationStatus.PLANNED,
      currentPhase: input.currentPhase ?? PreparationPhase.INITIATION,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
    });
    const policyAreaIds = this.linkPolicyAreas(consultation, input.policyAreaIds ?? [], []);
    const targetGroupIds = this.linkTargetGroups(consultation, input.targetGroupIds ?? [], []);
    this.auditTrail.record(
      this.em,
      viewer,
      AuditAction.CREATE,
      'Consultation',
      consultation.id,
      createdFields(snapshotOf({ ...consultation, policyAreaIds, targetGroupIds }, AUDIT_FIELDS), AUDIT_FIELDS),
    );
    await this.em.flush();
    return consultation;
  }

  async update(viewer: Viewer, id: string, version: number, input: UpdateConsultationInput): Promise<Consultation> {
    const consultation = await this.getForChange(viewer, id);
    if (consultation.version !== version) throw new StaleVersionError('Consultation', id, consultation.version);
    const errors = new FieldErrors();
    const startsOn = input.startsOn !== undefined ? input.startsOn : consultation.startsOn;
    const endsOn = input.endsOn !== undefined ? input.endsOn : consultation.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) errors.add('endsOn', `must not be before startsOn (${startsOn})`);
    await this.checkLinks(errors, input);
    errors.throwIfAny();

    const existingAreas = await this.consultations.policyAreaLinks(consultation.id);
    const existingTargets = await this.consultations.targetGroupLinks(consultation.id);
    let policyAreaIds = existingAreas.map((link) => link.policyArea.id);
    let targetGroupIds = existingTargets.map((link) => link.group.id);
    const before = snapshotOf({ ...consultation, policyAreaIds, targetGroupIds }, AUDIT_FIELDS);
    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (consultation as unknown as Record<string, unknown>)[field] = input[field];
    }
    if (input.policyAreaIds !== undefined) policyAreaIds = this.linkPolicyAreas(consultation, input.policyAreaIds ?? [], existingAreas);
    if (input.targetGroupIds !== undefined) targetGroupIds = this.linkTargetGroups(consultation, input.targetGroupIds ?? [], existingTargets);
    consultation.updatedAt = new Date();
    const after = snapshotOf({ ...consultation, policyAreaIds, targetGroupIds }, AUDIT_FIELDS);
    this.auditTrail.record(this.em, viewer, AuditAction.UPDATE, 'Consultation', consultation.id, diffFields(before, after, AUDIT_FIELDS));
    await this.em.flush();
    return consultation;
  }

  /**
   * The consultation that a change (of it, or of its activities and engagements) acts on:
   * NOT_FOUND when there is none, FORBIDDEN when the viewer may not change its ministry's.
   */
  async getForChange(viewer: Viewer, id: string): Promise<Consultation> {
    const consultation = await this.findById(id);
    if (!consultation) throw new NotFoundError('Consultation', id);
    assertMayChangeMinistry(viewer, consultation.ministry);
    return consultation;
  }

  private async checkLinks(errors: FieldErrors, input: { policyAreaIds?: string[] | null; targetGroupIds?: string[] | null }): Promise<void> {
    await checkReferences(this.references, errors, 'policy_area', indexedReferences('policyAreaIds', input.policyAreaIds));
    await checkReferences(this.references, errors, 'stakeholder_group', indexedReferences('targetGroupIds', input.targetGroupIds));
  }

  /** Makes the consultation's policy areas exactly `policyAreaIds` (changes go with the next flush); answers them. */
  private linkPolicyAreas(consultation: Consultation, policyAreaIds: string[], existing: ConsultationPolicyArea[]): string[] {
    const all = [...new Set(policyAreaIds.map((id) => id.toLowerCase()))];
    const wanted = new Set(all);
    for (const link of existing) {
      if (!wanted.delete(link.policyArea.id)) this.em.remove(link);
    }
    for (const policyAreaId of wanted) this.em.create(ConsultationPolicyArea, { consultation, policyArea: this.em.getReference(PolicyArea, policyAreaId) });
    return all;
  }

  /** Makes the consultation's target groups exactly `groupIds` (changes go with the next flush); answers them. */
  private linkTargetGroups(consultation: Consultation, groupIds: string[], existing: ConsultationTargetGroup[]): string[] {
    const all = [...new Set(groupIds.map((id) => id.toLowerCase()))];
    const wanted = new Set(all);
    for (const link of existing) {
      if (!wanted.delete(link.group.id)) this.em.remove(link);
    }
    for (const groupId of wanted) this.em.create(ConsultationTargetGroup, { consultation, group: this.em.getReference(StakeholderGroup, groupId) });
    return all;
  }
}
