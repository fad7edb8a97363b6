import { type LoadAction } from './load-driver.js';

/** The mix of reads, searches and writes officials send; writes name their organisation by the marker. */
export function registerLoadActions(policyAreaId: string, organisationId: string): LoadAction[] {
  return [
    {
      name: 'search organisations',
      weight: 4,
      write: false,
      body: () => ({
        query:
          'query ($search: String) { organisations(first: 50, filter: { search: $search }) { totalCount nodes { id name groups { name } affiliations { role contact { lastName } } } } }',
        variables: { search: ['ry', 'liitto', 'kunta', 'saame', 'nuor'][Math.floor(Math.random() * 5)] },
      }),
    },
    {
      name: 'one organisation',
      weight: 3,
      write: false,
      body: () => ({
        query:
          'query ($id: ID!) { organisation(id: $id) { id name policyAreas { code } groups { name memberCount } affiliations { role contact { firstName lastName } } } }',
        variables: { id: organisationId },
      }),
    },
    {
      name: 'hard-to-reach groups',
      weight: 2,
      write: false,
      body: () => ({ query: '{ stakeholderGroups(filter: { hardToReach: true }) { totalCount nodes { name reachNotes memberCount } } }' }),
    },
    {
      name: 'create organisation',
      weight: 1,
      write: true,
      body: (marker) => ({
        query: 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        variables: { input: { name: marker, type: 'ASSOCIATION', languages: ['FI'], policyAreaIds: [policyAreaId] } },
      }),
    },
  ];
}
