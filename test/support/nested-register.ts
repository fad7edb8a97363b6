/** Runs one GraphQL document as an ADMIN and answers its data (fails on any error). */
export type AdminCall = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * The register of issue 12's review: `organisations` organisations, every one of them a member of each
 * of `groups` groups, so that every nested plain list between groups and organisations is full.
 */
export async function buildNestedRegister(call: AdminCall, organisations = 100, groups = 10): Promise<void> {
  const organisationIds: string[] = [];
  for (let index = 0; index < organisations; index += 1) {
    const data = await call<{ createOrganisation: { id: string } }>(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: `Sisäkkäinen ${index} ry`, type: 'ASSOCIATION' } },
    );
    organisationIds.push(data.createOrganisation.id);
  }
  for (let index = 0; index < groups; index += 1) {
    const data = await call<{ createStakeholderGroup: { id: string } }>(
      'mutation ($input: CreateStakeholderGroupInput!) { createStakeholderGroup(input: $input) { id } }',
      { input: { name: `Sisäkkäinen ryhmä ${index}` } },
    );
    await call('mutation ($groupId: ID!, $o: [ID!]) { addGroupMembers(groupId: $groupId, organisationIds: $o) { id } }', {
      groupId: data.createStakeholderGroup.id,
      o: organisationIds,
    });
  }
}

/** The review's query: cheap-looking, a million objects over such a register. */
export const NESTED_GROUPS_QUERY = '{ stakeholderGroups(first: 10) { nodes { organisations { groups { organisations { id } } } } } }';

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
