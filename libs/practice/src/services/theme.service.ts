import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, FieldErrors, isUuid, NotFoundError, StaleVersionError } from '@sidos/common';
import { assertMayChangeMinistry, Consultation } from '@sidos/engagement';
import { InputTheme } from '../entities/index.js';
import { ThemeResponse } from '../enums/practice.enums.js';
import { CreateInputThemeInput, UpdateInputThemeInput } from '../inputs/input-theme.inputs.js';
import { ThemeRepository } from '../repositories/theme.repository.js';

const EDITABLE_FIELDS = ['title', 'summary', 'response', 'responseText'] as const;
const AUDIT_FIELDS = [...EDITABLE_FIELDS, 'raisedByEngagementIds'] as const;

/**
 * "You said, we did": the themes stakeholders raised in a consultation and the ministry's response.
 * Changed by an ADMIN, or an EDITOR of the consultation's ministry; optimistic locking by version.
 */
@Injectable()
export class ThemeService {
  constructor(
    private readonly em: EntityManager,
    private readonly repository: ThemeRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  async create(viewer: Viewer, input: CreateInputThemeInput): Promise<InputTheme> {
    const consultation = isUuid(input.consultationId) ? await this.repository.findConsultation(input.consultationId.toLowerCase()) : null;
    if (!consultation) throw new BadUserInputError([{ path: 'consultationId', message: `names no consultation (${JSON.stringify(input.consultationId)})` }]);
    assertMayChangeMinistry(viewer, consultation.ministry);
    const raisedBy = await this.checkRaisedBy(consultation, input.raisedByEngagementIds);

    const theme = this.repository.create({
      consultation: consultation.id,
      title: input.title,
      summary: input.summary ?? null,
      response: input.response ?? ThemeResponse.UNDER_CONSIDERATION,
      responseText: input.responseText ?? null,
    });
    await this.repository.replaceRaisedBy(theme, raisedBy, true);
    this.auditTrail.record(
      this.em,
      viewer,
      AuditAction.CREATE,
      'InputTheme',
      theme.id,
      createdFields(snapshotOf({ ...theme, raisedByEngagementIds: raisedBy }, AUDIT_FIELDS), AUDIT_FIELDS),
    );
    await this.repository.flush();
    return theme;
  }

  async update(viewer: Viewer, id: string, version: number, input: UpdateInputThemeInput): Promise<InputTheme> {
    const theme = isUuid(id) ? await this.repository.findById(id.toLowerCase()) : null;
    if (!theme) throw new NotFoundError('InputTheme', id);
    const consultation = await this.repository.findConsultation(theme.consultation.id);
    assertMayChangeMinistry(viewer, consultation!.ministry);
    if (theme.version !== version) throw new StaleVersionError('InputTheme', id, theme.version);
    const raisedByBefore = await this.repository.raisedByIdsOf(theme);
    const raisedBy =
      input.raisedByEngagementIds !== undefined && input.raisedByEngagementIds !== null
        ? await this.checkRaisedBy(consultation!, input.raisedByEngagementIds, raisedByBefore)
        : null;

    const before = snapshotOf({ ...theme, raisedByEngagementIds: raisedByBefore }, AUDIT_FIELDS);
    for (const field of EDITABLE_FIELDS) {
      if (input[field] !== undefined) (theme as unknown as Record<string, unknown>)[field] = input[field];
    }
    if (raisedBy) await this.repository.replaceRaisedBy(theme, raisedBy, false);
    theme.updatedAt = new Date();
    const after = snapshotOf({ ...theme, raisedByEngagementIds: raisedBy ?? before.raisedByEngagementIds }, AUDIT_FIELDS);
    this.auditTrail.record(this.em, viewer, AuditAction.UPDATE, 'InputTheme', theme.id, diffFields(before, after, AUDIT_FIELDS));
    await this.repository.flush();
    return theme;
  }

  /**
   * The distinct record ids, each a heard record of an activity of the consultation, and not voided unless the
   * theme already had it (`kept`: a voided record stays where it was, but is never newly attached); otherwise
   * BAD_USER_INPUT at raisedByEngagementIds.N.
   */
  private async checkRaisedBy(consultation: Consultation, ids: readonly string[] | null | undefined, kept: readonly string[] = []): Promise<string[]> {
    const given = (ids ?? []).map((id) => id.toLowerCase());
    const records = await this.repository.recordsForRaisedBy([...new Set(given.filter(isUuid))]);
    const errors = new FieldErrors();
    given.forEach((id, index) => {
      const record = records.get(id);
      if (!record || record.consultationId !== consultation.id)
        errors.add(`raisedByEngagementIds.${index}`, `names no engagement record of this consultation (${JSON.stringify(ids![index])})`);
      else if (!record.heard) errors.add(`raisedByEngagementIds.${index}`, 'must be a heard record (PARTICIPATED or SUBMITTED)');
      else if (record.voided && !kept.includes(id))
        errors.add(`raisedByEngagementIds.${index}`, 'is a voided record: it counts nowhere and cannot be attached');
    });
    errors.throwIfAny();
    return [...new Set(given)];
  }
}
