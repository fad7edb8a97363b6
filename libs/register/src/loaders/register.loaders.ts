import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type GraphQLRequestContext, groupByKey, requestLoader } from '@sidos/common';
import { Affiliation, Contact, Organisation, PolicyArea, StakeholderGroup } from '../entities/index.js';
import { RegisterRelationRepository } from '../repositories/register-relation.repository.js';
import { type GroupMembership } from '../types/group-membership.type.js';

/** The entities in the order of the ids asked for (null for an id not found). */
function inOrderOf<T extends { id: string }>(ids: readonly string[], entities: T[]): (T | null)[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Request-scoped DataLoaders for the register's relations: each relation of a list of N records
 * costs one SQL statement, whatever N is (the batch reads of RegisterRelationRepository).
 */
@Injectable()
export class RegisterLoaders {
  constructor(private readonly relations: RegisterRelationRepository) {}

  organisation(context: GraphQLRequestContext): DataLoader<string, Organisation | null> {
    return requestLoader(context, 'register.organisation', async (ids: readonly string[]) => inOrderOf(ids, await this.relations.organisationsByIds(ids)));
  }

  contact(context: GraphQLRequestContext): DataLoader<string, Contact | null> {
    return requestLoader(context, 'register.contact', async (ids: readonly string[]) => inOrderOf(ids, await this.relations.contactsByIds(ids)));
  }

  group(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup | null> {
    return requestLoader(context, 'register.group', async (ids: readonly string[]) => inOrderOf(ids, await this.relations.groupsByIds(ids)));
  }

  /** By name. */
  policyAreasOfOrganisation(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'register.policyAreasOfOrganisation', async (ids: readonly string[]) => {
      const links = await this.relations.policyAreasOfOrganisations(ids);
      return groupByKey(ids, links, (link) => link.organisationId).map((list) => list.map((link) => link.policyArea));
    });
  }

  /** The groups it is a current member of (a period covering today in Finnish time); by name. */
  groupsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfOrganisation', async (ids: readonly string[]) => {
      const links = await this.relations.currentGroupsOfOrganisations(ids);
      return groupByKey(ids, links, (link) => link.organisationId).map((list) => list.map((link) => link.group));
    });
  }

  /** The groups it is a current member of; by name. */
  groupsOfContact(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfContact', async (ids: readonly string[]) => {
      const links = await this.relations.currentGroupsOfContacts(ids);
      return groupByKey(ids, links, (link) => link.contact.id).map((list) => list.map((link) => link.group.getEntity()));
    });
  }

  /** Current members; by name. */
  organisationsOfGroup(context: GraphQLRequestContext): DataLoader<string, Organisation[]> {
    return requestLoader(context, 'register.organisationsOfGroup', async (ids: readonly string[]) => {
      const links = await this.relations.currentOrganisationMembers(ids);
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.organisation.getEntity()));
    });
  }

  /** Current members; by name. */
  contactsOfGroup(context: GraphQLRequestContext): DataLoader<string, Contact[]> {
    return requestLoader(context, 'register.contactsOfGroup', async (ids: readonly string[]) => {
      const links = await this.relations.currentContactMembers(ids);
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.contact.getEntity()));
    });
  }

  /** Current organisation and contact members. */
  memberCount(context: GraphQLRequestContext): DataLoader<string, number> {
    return requestLoader(context, 'register.memberCount', async (ids: readonly string[]) => {
      const counts = await this.relations.currentMemberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /**
   * The membership periods of organisations and contacts, oldest first (by `since`, an open start first);
   * those ended (until on or before today) only with `includeEnded`. One statement for all the groups.
   */
  membershipsOfGroup(context: GraphQLRequestContext, includeEnded: boolean): DataLoader<string, GroupMembership[]> {
    return requestLoader(context, `register.membershipsOfGroup.${includeEnded ? 'all' : 'notEnded'}`, async (ids: readonly string[]) => {
      const memberships = await this.relations.membershipsOfGroups(ids, includeEnded);
      return groupByKey(ids, memberships, (membership) => membership.groupId);
    });
  }

  /**
   * With their contacts in the same statement: the contacts prime the request's contact loader, so that
   * `affiliations { contact { … } }` costs no further statement.
   */
  affiliationsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfOrganisation', async (ids: readonly string[]) => {
      const rows = await this.relations.affiliationsOfOrganisations(ids);
      const contacts = this.contact(context);
      const affiliations = rows.map(({ affiliation, contact }) => {
        contacts.prime(contact.id, contact);
        return affiliation;
      });
      return groupByKey(ids, affiliations, (affiliation) => affiliation.organisation.id);
    });
  }

  affiliationsOfContact(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfContact', async (ids: readonly string[]) => {
      const affiliations = await this.relations.affiliationsOfContacts(ids);
      return groupByKey(ids, affiliations, (affiliation) => affiliation.contact.id);
    });
  }
}
