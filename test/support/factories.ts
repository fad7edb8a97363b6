import { randomInt } from 'node:crypto';
import { businessIdCheckDigit } from '@sidos/common';
import { graphql } from '../graphql/generated/index.js';
import type { CreateContactInput, CreateOrganisationInput, CreatePolicyAreaInput, CreateStakeholderGroupInput } from '../graphql/generated/graphql.js';
import { TestApp } from './test-app.js';

/** A fresh checksum-valid business ID (random, so test records never collide). */
export function randomBusinessId(): string {
  for (;;) {
    const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
    const check = businessIdCheckDigit(digits);
    if (check !== null) return `${digits}-${check}`;
  }
}

let sequence = 0;
const next = () => (sequence += 1);

const CREATE_POLICY_AREA = graphql(`
  mutation FactoryCreatePolicyArea($input: CreatePolicyAreaInput!) {
    createPolicyArea(input: $input) {
      id
      code
      name
    }
  }
`);

export async function createPolicyArea(app: TestApp, overrides: Partial<CreatePolicyAreaInput> = {}) {
  const n = next();
  const data = await app.ok(CREATE_POLICY_AREA, { input: { code: `area-${n}`, name: `Policy area ${n}`, ...overrides } });
  return data.createPolicyArea;
}

const CREATE_ORGANISATION = graphql(`
  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      version
      businessId
    }
  }
`);

export async function createOrganisation(app: TestApp, overrides: Partial<CreateOrganisationInput> = {}) {
  const n = next();
  const data = await app.ok(CREATE_ORGANISATION, { input: { name: `Organisaatio ${n} ry`, type: 'ASSOCIATION', ...overrides } });
  return data.createOrganisation;
}

const CREATE_CONTACT = graphql(`
  mutation FactoryCreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
      firstName
      lastName
      version
    }
  }
`);

export async function createContact(app: TestApp, overrides: Partial<CreateContactInput> = {}) {
  const n = next();
  const data = await app.ok(CREATE_CONTACT, { input: { firstName: 'Testi', lastName: `Henkilö ${n}`, lawfulBasis: 'PUBLIC_TASK', ...overrides } });
  return data.createContact;
}

const CREATE_GROUP = graphql(`
  mutation FactoryCreateGroup($input: CreateStakeholderGroupInput!) {
    createStakeholderGroup(input: $input) {
      id
      name
      version
    }
  }
`);

export async function createGroup(app: TestApp, overrides: Partial<CreateStakeholderGroupInput> = {}) {
  const n = next();
  const data = await app.ok(CREATE_GROUP, { input: { name: `Group ${n}`, ...overrides } });
  return data.createStakeholderGroup;
}

const ADD_MEMBERS = graphql(`
  mutation FactoryAddMembers($groupId: ID!, $o: [ID!], $c: [ID!]) {
    addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c) {
      id
    }
  }
`);

export async function addMembers(app: TestApp, groupId: string, members: { organisationIds?: string[]; contactIds?: string[] }) {
  await app.ok(ADD_MEMBERS, { groupId, o: members.organisationIds ?? [], c: members.contactIds ?? [] });
}
