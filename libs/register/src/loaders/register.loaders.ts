import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GraphQLRequestContext, groupByKey, requestLoader } from '@sidos/common';
import { Affiliation, Contact, GroupContact, GroupOrganisation, Organisation, OrganisationPolicyArea, PolicyArea, StakeholderGroup } from '../entities';

/** Affiliations: primary first, then current ones, then the latest start. */
const AFFILIATION_ORDER = { primary: 'desc', until: 'desc nulls first', since: 'desc nulls last', id: 'asc' } as const;

/**
 * Request-scoped DataLoaders for the register's relations: each relation of a list of N records
 * costs one SQL statement, whatever N is.
 */
@Injectable()
export class RegisterLoaders {
  constructor(private readonly em: EntityManager) {}

  organisation(context: GraphQLRequestContext): DataLoader<string, Organisation | null> {
    return requestLoader(context, 'register.organisation', async (ids: readonly string[]) => {
      const organisations = await this.em.find(Organisation, { id: { $in: [...ids] } });
      const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  contact(context: GraphQLRequestContext): DataLoader<string, Contact | null> {
    return requestLoader(context, 'register.contact', async (ids: readonly string[]) => {
      const contacts = await this.em.find(Contact, { id: { $in: [...ids] } });
      const byId = new Map(contacts.map((contact) => [contact.id, contact]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  group(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup | null> {
    return requestLoader(context, 'register.group', async (ids: readonly string[]) => {
      const groups = await this.em.find(StakeholderGroup, { id: { $in: [...ids] } });
      const byId = new Map(groups.map((group) => [group.id, group]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  policyAreasOfOrganisation(context: GraphQLRequestContext): DataLoader<string, PolicyArea[]> {
    return requestLoader(context, 'register.policyAreasOfOrganisation', async (ids: readonly string[]) => {
      const links = await this.em.find(
        OrganisationPolicyArea,
        { organisation: { $in: [...ids] } },
        { populate: ['policyArea'], strategy: 'joined', orderBy: { policyArea: { name: 'asc' } } },
      );
      return groupByKey(ids, links, (link) => link.organisation.id).map((list) => list.map((link) => link.policyArea.getEntity()));
    });
  }

  groupsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfOrganisation', async (ids: readonly string[]) => {
      const links = await this.em.find(GroupOrganisation, { organisation: { $in: [...ids] } }, { populate: ['group'], strategy: 'joined', orderBy: { group: { name: 'asc' } } });
      return groupByKey(ids, links, (link) => link.organisation.id).map((list) => list.map((link) => link.group.getEntity()));
    });
  }

  groupsOfContact(context: GraphQLRequestContext): DataLoader<string, StakeholderGroup[]> {
    return requestLoader(context, 'register.groupsOfContact', async (ids: readonly string[]) => {
      const links = await this.em.find(GroupContact, { contact: { $in: [...ids] } }, { populate: ['group'], strategy: 'joined', orderBy: { group: { name: 'asc' } } });
      return groupByKey(ids, links, (link) => link.contact.id).map((list) => list.map((link) => link.group.getEntity()));
    });
  }

  organisationsOfGroup(context: GraphQLRequestContext): DataLoader<string, Organisation[]> {
    return requestLoader(context, 'register.organisationsOfGroup', async (ids: readonly string[]) => {
      const links = await this.em.find(GroupOrganisation, { group: { $in: [...ids] } }, { populate: ['organisation'], strategy: 'joined', orderBy: { organisation: { name: 'asc' } } });
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.organisation.getEntity()));
    });
  }

  contactsOfGroup(context: GraphQLRequestContext): DataLoader<string, Contact[]> {
    return requestLoader(context, 'register.contactsOfGroup', async (ids: readonly string[]) => {
      const links = await this.em.find(
        GroupContact,
        { group: { $in: [...ids] } },
        { populate: ['contact'], strategy: 'joined', orderBy: { contact: { lastName: 'asc', firstName: 'asc' } } },
      );
      return groupByKey(ids, links, (link) => link.group.id).map((list) => list.map((link) => link.contact.getEntity()));
    });
  }

  memberCount(context: GraphQLRequestContext): DataLoader<string, number> {
    return requestLoader(context, 'register.memberCount', async (ids: readonly string[]) => {
      const placeholders = ids.map(() => '?').join(', ');
      const rows = await this.em.execute<{ group_id: string; count: number }[]>(
        `select "group_id", count(*)::int as "count" from (
           select "group_id" from "group_organisation" where "group_id" in (${placeholders})
           union all
           select "group_id" from "group_contact" where "group_id" in (${placeholders})
         ) members group by "group_id"`,
        [...ids, ...ids],
      );
      const counts = new Map(rows.map((row) => [row.group_id, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  affiliationsOfOrganisation(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfOrganisation', async (ids: readonly string[]) => {
      const affiliations = await this.em.find(Affiliation, { organisation: { $in: [...ids] } }, { orderBy: AFFILIATION_ORDER });
      return groupByKey(ids, affiliations, (affiliation) => affiliation.organisation.id);
    });
  }

  affiliationsOfContact(context: GraphQLRequestContext): DataLoader<string, Affiliation[]> {
    return requestLoader(context, 'register.affiliationsOfContact', async (ids: readonly string[]) => {
      const affiliations = await this.em.find(Affiliation, { contact: { $in: [...ids] } }, { orderBy: AFFILIATION_ORDER });
      return groupByKey(ids, affiliations, (affiliation) => affiliation.contact.id);
    });
  }
}
