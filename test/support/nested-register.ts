import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql/generated/index.js';

/** Runs one GraphQL document as an ADMIN and answers its data (fails on any error). */
export type AdminCall = <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables) => Promise<Result>;

const CREATE_ORGANISATION = graphql(`
  mutation NestedCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);
const CREATE_GROUP = graphql(`
  mutation NestedCreateGroup($input: CreateStakeholderGroupInput!) {
    createStakeholderGroup(input: $input) {
      id
    }
  }
`);
const ADD_MEMBERS = graphql(`
  mutation NestedAddMembers($groupId: ID!, $o: [ID!]) {
    addGroupMembers(groupId: $groupId, organisationIds: $o) {
      id
    }
  }
`);

/**
 * The register of issue 12's review: `organisations` organisations, every one of them a member of each
 * of `groups` groups, so that every nested plain list between groups and organisations is full.
 */
export async function buildNestedRegister(call: AdminCall, organisations = 100, groups = 10): Promise<void> {
  const organisationIds: string[] = [];
  for (let index = 0; index < organisations; index += 1) {
    const data = await call(CREATE_ORGANISATION, { input: { name: `Sisäkkäinen ${index} ry`, type: 'ASSOCIATION' } });
    organisationIds.push(data.createOrganisation.id);
  }
  for (let index = 0; index < groups; index += 1) {
    const data = await call(CREATE_GROUP, { input: { name: `Sisäkkäinen ryhmä ${index}` } });
    await call(ADD_MEMBERS, { groupId: data.createStakeholderGroup.id, o: organisationIds });
  }
}

/** The review's query: cheap-looking, a million objects over such a register. */
export const NESTED_GROUPS_QUERY = graphql(`
  query NestedGroups {
    stakeholderGroups(first: 10) {
      nodes {
        organisations {
          groups {
            organisations {
              id
            }
          }
        }
      }
    }
  }
`);

/** The review's query 15 times over (the most aliases allowed): fifteen million objects. */
export const ALIASED_GROUPS_QUERY = `{ ${Array.from(
  { length: 15 },
  (_value, index) => `a${index}: stakeholderGroups(first: 10) { nodes { organisations { groups { organisations { id } } } } }`,
).join(' ')} }`;

/**
 * The worst nesting the default limits let through the parser and validation: 15 aliases (the most
 * allowed), each 10 levels deep (the deepest allowed), alternating the two unbounded plain lists.
 */
export const WORST_NESTED_QUERY = `{ ${Array.from(
  { length: 15 },
  (_value, index) =>
    `a${index}: stakeholderGroups(first: 200) { nodes { organisations { groups { organisations { groups { organisations { groups { organisations { id } } } } } } } } }`,
).join(' ')} }`;
