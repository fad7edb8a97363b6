import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTrail, createdFields, diffFields, snapshotOf } from '@sidos/audit';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, type Connection, FieldErrors, isUuid, NotFoundError, pageOf, StaleVersionError } from '@sidos/common';
import { EngagementMethod, MINISTRY_CODES } from '@sidos/engagement';
import { Language } from '@sidos/register';
import { Facilitator } from '../entities/index.js';
import { CreateFacilitatorInput, FacilitatorsArgs, FacilitatorSuggestionsArgs, UpdateFacilitatorInput } from '../inputs/index.js';
import { ActivityOwnershipRepository } from '../repositories/activity-ownership.repository.js';
import { FacilitatorRepository } from '../repositories/facilitator.repository.js';
import { FacilitatorSuggestion } from '../types/facilitator-suggestion.type.js';
import { assertMayChangeFacilitatorsOf, inEnumOrder } from './facilitation-access.js';

const METHOD_ORDER: readonly EngagementMethod[] = Object.values(EngagementMethod);
const LANGUAGE_ORDER: readonly Language[] = Object.values(Language);

const EDITABLE_FIELDS = ['name', 'email', 'unit', 'methods', 'languages', 'trainedOn', 'active'] as const;
/** What the audit trail records of a facilitator. */
const AUDIT_FIELDS = [...EDITABLE_FIELDS, 'ministry'] as const;

/** The facilitator pool: officials of each ministry trained to facilitate engagement. Every role reads it. */
@Injectable()
export class FacilitatorService {
  constructor(
    private readonly em: EntityManager,
    private readonly facilitators: FacilitatorRepository,
    private readonly activities: ActivityOwnershipRepository,
    private readonly auditTrail: AuditTrail,
  ) {}

  /** Null for an unknown or malformed id. */
  findById(id: string): Promise<Facilitator | null> {
    return isUuid(id) ? this.facilitators.findById(id) : Promise.resolve(null);
  }

  /** In the order asked for (by name when none); every filter must hold; active ones only unless activeOnly is false. */
  list(args: FacilitatorsArgs): Promise<Connection<Facilitator>> {
    const { filter } = args;
    return this.facilitators.list({
      search: filter?.search,
      ministry: filter?.ministry,
      methods: filter?.methods,
      languages: filter?.languages,
      activeOnly: filter?.activeOnly ?? true,
      availableOn: filter?.availableOn,
      orderBy: args.orderBy,
      page: pageOf(args),
    });
  }

  /**
   * Active facilitators trained in the activity's method (speaking `language` when given), free on its
   * day and not on it yet; fewest recent assignments first, then by name. NOT_FOUND for an unknown activity.
   * Two statements whatever the size.
   */
  async suggestions({ activityId, language, first }: FacilitatorSuggestionsArgs): Promise<FacilitatorSuggestion[]> {
    const found = await this.activities.activityWithMinistry(activityId);
    if (!found) throw new NotFoundError('Activity', activityId);
    return this.facilitators.suggestions(found.activity.id, language ?? null, first);
  }

  /** The ministry is the input's, or else the token's; an EDITOR may name only its own (FORBIDDEN otherwise). */
  async create(viewer: Viewer, input: CreateFacilitatorInput): Promise<Facilitator> {
    const ministry = input.ministry ?? viewer.ministry;
    if (!ministry) throw new BadUserInputError([{ path: 'ministry', message: 'is required: the token has no ministry claim to default to' }]);
    assertMayChangeFacilitatorsOf(viewer, ministry);
    const errors = new FieldErrors();
    if (!MINISTRY_CODES.includes(ministry))
      errors.add('ministry', `must be a ministry code (the token's ministry ${JSON.stringify(ministry)} is not one): ${MINISTRY_CODES.join(', ')}`);
    errors.throwIfAny();

    const facilitator = this.em.create(Facilitator, {
      name: input.name,
      email: input.email ?? null,
      ministry,
      unit: input.unit ?? null,
      methods: inEnumOrder(input.methods, METHOD_ORDER),
      languages: inEnumOrder(input.languages, LANGUAGE_ORDER),
      trainedOn: input.trainedOn ?? null,
      active: input.active ?? true,
    });
    this.auditTrail.record(
      this.em,
      viewer,
      AuditAction.CREATE,
      'Facilitator',
      facilitator.id,
      createdFields(snapshotOf(facilitator, AUDIT_FIELDS), AUDIT_FIELDS),
    );
    await this.em.flush();
    return facilitator;
  }

  /** NOT_FOUND for an unknown facilitator, FORBIDDEN for another ministry's (to an EDITOR), CONFLICT for a stale version. */
  async update(viewer: Viewer, id: string, version: number, input: UpdateFacilitatorInput): Promise<Facilitator> {
    const facilitator = await this.findById(id);
    if (!facilitator) throw new NotFoundError('Facilitator', id);
    assertMayChangeFacilitatorsOf(viewer, facilitator.ministry);
    if (facilitator.version !== version) throw new StaleVersionError('Facilitator', id, facilitator.version);

    const before = snapshotOf(facilitator, AUDIT_FIELDS);
    if (input.name !== undefined) facilitator.name = input.name;
    if (input.email !== undefined) facilitator.email = input.email ?? null;
    if (input.unit !== undefined) facilitator.unit = input.unit ?? null;
    if (input.methods !== undefined) facilitator.methods = inEnumOrder(input.methods, METHOD_ORDER);
    if (input.languages !== undefined) facilitator.languages = inEnumOrder(input.languages, LANGUAGE_ORDER);
    if (input.trainedOn !== undefined) facilitator.trainedOn = input.trainedOn ?? null;
    if (input.active !== undefined) facilitator.active = input.active;
    const changes = diffFields(before, snapshotOf(facilitator, AUDIT_FIELDS), AUDIT_FIELDS);
    if (changes.length > 0) {
      facilitator.updatedAt = new Date();
      this.auditTrail.record(this.em, viewer, AuditAction.UPDATE, 'Facilitator', facilitator.id, changes);
    }
    await this.em.flush();
    return facilitator;
  }
}
