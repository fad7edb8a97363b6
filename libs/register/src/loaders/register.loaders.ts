import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { mayReadPersonalData, viewerOfContext } from '@sidos/auth';
import { byIdLoader, type Connection, type GraphQLRequestContext, groupByKey, markPreloaded, pageOf, requestLoader } from '@sidos/common';
import { Affiliation, Contact, Organisation, PolicyArea, StakeholderGroup } from '../entities/index.js';
import { GroupMembersArgs } from '../inputs/group-members.args.js';
import { ContactRepository } from '../repositories/contact.repository.js';
import { GroupMemberRepository } from '../repositories/group-member.repository.js';
import { type OrganisationRelations, OrganisationRepository } from '../repositories/organisation.repository.js';
import { StakeholderGroupRepository } from '../repositories/stakeholder-group.repository.js';
import { type GroupMembership } from '../types/group-membership.type.js';
import { type OrganisationRelationContribution } from './organisation-relation-contributions.js';

/**
 * Whether the request's caller is shown the contact members of special-category groups (GDPR Art. 9): EDITOR
 * and ADMIN are; for a VIEWER every loader of contact memberships leaves them out (counts stay whole).
 */
const seesSpecialCategoryMembers = (context: GraphQLRequestContext) => mayReadPersonalData(viewerOfContext(context));

/** Fields answered from a related object that a loader here attached whole to its parent (see resolvePreloadedFields). */
export const REGISTER_PRELOADED_FIELDS: readonly string[] = ['Affiliation.contact'];

/**
 * Request-scoped DataLoaders for the register's relations: each relation of a list of N records
 * costs one SQL statement, whatever N is (the repositories' batch reads).
 */
@Injectable()
export class RegisterLoaders {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly contacts: ContactRepository,
    private readonly groups: StakeholderGroupRepository,
    private readonly members: GroupMemberRepository,
  ) {}

  organisation(context: GraphQLRequestContext): DataLoader<string, Organisation | null> {
    return byIdLoader(context, 'register.organisation', (ids) => this.organisations.byIds(ids));
  }

  contact(context: GraphQLRequestContext): DataLoader<string, Contact | null> {
    return byIdLoader(context, 'register.contact', (ids) => this.contacts.byIds(ids));
  }

  group(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup | null> {
    return byIdLoader(context, 'register.group', (ids) => this.groups.byIds(ids));
  }

  /**
   * The contact named together with a group (an engagement record on behalf of a group): null for a caller
   * who may not see the contact members of a special-category group (a VIEWER) when the group is one, since
   * the pairing tells that the person belongs to it. Batched through the contact and group loaders.
   */
  async contactBesideGroup(context: GraphQLRequestContext, contactId: string, groupId: string | null): Promise<Contact | null> {
    if (groupId && !seesSpecialCategoryMembers(context) && (await this.group(context).load(groupId))?.specialCategory !== false) return null;
    return this.contact(context).load(contactId);
  }

  /** By name. */
  policyAreasOfOrganisation(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'register.policyAreasOfOrganisation', async (ids: readonly string[]) => {
      const links = await this.organisations.policyAreasOf(ids);
      return groupByKey(ids, links, (link) => link.organisationId).map((list) => list.map((link) => link.policyArea));
    });
  }

  /** The groups it is a current member of (a period covering today in Finnish time); by name. */
  groupsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfOrganisation', async (ids: readonly string[]) => {
      const links = await this.groups.groupsOfOrganisations(ids);
      return groupByKey(ids, links, (link) => link.organisationId).map((list) => list.map((link) => link.group));
    });
  }

  /** The groups it is a current member of; by name. Special-category groups only for EDITOR and ADMIN. */
  groupsOfContact(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfContact', async (ids: readonly string[]) => {
      const links = await this.groups.groupsOfContacts(ids, seesSpecialCategoryMembers(context));
      return groupByKey(ids, links, (link) => link.contact.id).map((list) => list.map((link) => link.group.getEntity()));
    });
  }

  /** Current members; by name. */
  organisationsOfGroup(context: GraphQLRequestContext): DataLoader<string, Organisation[]> {
    return requestLoader(context, 'register.organisationsOfGroup', async (ids: readonly string[]) => {
      const links = await this.groups.organisationsOfGroups(ids);
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.organisation.getEntity()));
    });
  }

  /** Current members; by name. Of a special-category group, only for EDITOR and ADMIN (none for a VIEWER). */
  contactsOfGroup(context: GraphQLRequestContext): DataLoader<string, Contact[]> {
    return requestLoader(context, 'register.contactsOfGroup', async (ids: readonly string[]) => {
      const links = await this.groups.contactsOfGroups(ids, seesSpecialCategoryMembers(context));
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.contact.getEntity()));
    });
  }

  /**
   * Current organisation members as a connection: the same page (these arguments) of each group in one
   * statement for all the groups of a request (one loader per distinct arguments); by name unless `orderBy`
   * says otherwise. `first` with `last`, or a cursor of another list or order, is BAD_USER_INPUT.
   */
  organisationMembersOfGroup(context: GraphQLRequestContext, args: GroupMembersArgs): DataLoader<string, Connection<Organisation>> {
    const orderBy = args.orderBy ? { field: args.orderBy.field, direction: args.orderBy.direction } : null;
    const page = pageOf(args);
    return requestLoader(context, `register.organisationMembersOfGroup.${JSON.stringify({ orderBy, page })}`, (ids: readonly string[]) =>
      this.members.organisationMembers(ids, orderBy, page),
    );
  }

  /**
   * Current contact members as a connection, as organisationMembersOfGroup. Of a special-category group,
   * only for EDITOR and ADMIN: a VIEWER gets none, and a totalCount of 0 (memberCount counts them all).
   */
  contactMembersOfGroup(context: GraphQLRequestContext, args: GroupMembersArgs): DataLoader<string, Connection<Contact>> {
    const orderBy = args.orderBy ? { field: args.orderBy.field, direction: args.orderBy.direction } : null;
    const page = pageOf(args);
    const includeSpecialCategory = seesSpecialCategoryMembers(context);
    return requestLoader(context, `register.contactMembersOfGroup.${JSON.stringify({ orderBy, page, includeSpecialCategory })}`, (ids: readonly string[]) =>
      this.members.contactMembers(ids, includeSpecialCategory, orderBy, page),
    );
  }

  /** Current organisation and contact members. */
  memberCount(context: GraphQLRequestContext): DataLoader<string, number> {
    return requestLoader(context, 'register.memberCount', async (ids: readonly string[]) => {
      const counts = new Map((await this.groups.memberCounts(ids)).map((row) => [row.groupId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /**
   * The membership periods of organisations and contacts, oldest first (by `since`, an open start first);
   * those ended (until on or before today) only with `includeEnded`. One statement for all the groups.
   * Contacts' periods in a special-category group only for EDITOR and ADMIN (left out for a VIEWER).
   */
  membershipsOfGroup(context: GraphQLRequestContext, includeEnded: boolean): DataLoader<string, GroupMembership[]> {
    return requestLoader(context, `register.membershipsOfGroup.${includeEnded ? 'all' : 'notEnded'}`, async (ids: readonly string[]) => {
      const memberships = await this.groups.membershipsOfGroups(ids, includeEnded, seesSpecialCategoryMembers(context));
      return groupByKey(ids, memberships, (membership) => membership.groupId);
    });
  }

  /**
   * With their contacts in the same statement: the contacts prime the request's contact loader, so that
   * `affiliations { contact { … } }` costs no further statement.
   */
  affiliationsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfOrganisation', async (ids: readonly string[]) => {
      const affiliations = this.withContacts(context, await this.organisations.affiliationsWithContactsOf(ids));
      return groupByKey(ids, affiliations, (affiliation) => affiliation.organisation.id);
    });
  }

  /**
   * Primes the request's loaders with an organisation's relations read together with it or its page
   * (OrganisationRepository.withRelations, relationsOf), and with the organisation when read: its fields then
   * cost no further statement. Relations not read are left to their loaders; contributed fields are primed by
   * their contributors.
   */
  primeOrganisationRelations(
    context: GraphQLRequestContext,
    read: OrganisationRelations & { organisation?: Organisation },
    contributions: readonly OrganisationRelationContribution[],
  ): void {
    const id = read.organisationId;
    if (read.organisation) this.organisation(context).prime(id, read.organisation);
    if (read.policyAreas) this.policyAreasOfOrganisation(context).prime(id, read.policyAreas);
    if (read.groups) this.groupsOfOrganisation(context).prime(id, read.groups);
    if (read.affiliations) this.affiliationsOfOrganisation(context).prime(id, this.withContacts(context, read.affiliations));
    for (const contribution of contributions) contribution.prime(context, id, read.contributed.get(contribution.field));
  }

  /**
   * Each affiliation carrying its contact whole (marked preloaded), so that `Affiliation.contact` answers it
   * without its field resolver (REGISTER_PRELOADED_FIELDS); the contacts prime the request's contact loader.
   */
  private withContacts(context: GraphQLRequestContext, rows: readonly { affiliation: Affiliation; contact: Contact }[]): Affiliation[] {
    const contacts = this.contact(context);
    return rows.map(({ affiliation, contact }) => {
      const preloaded = markPreloaded(contact);
      contacts.prime(preloaded.id, preloaded);
      (affiliation as unknown as { contact: Contact }).contact = preloaded;
      return affiliation;
    });
  }

  affiliationsOfContact(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfContact', async (ids: readonly string[]) => {
      const affiliations = await this.contacts.affiliationsOfContacts(ids);
      return groupByKey(ids, affiliations, (affiliation) => affiliation.contact.id);
    });
  }
}
