import { randomInt } from 'node:crypto';
import { businessIdCheckDigit } from '@sidos/common';
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

export async function createPolicyArea(app: TestApp, overrides: Record<string, unknown> = {}) {
  const n = next();
  const data = await app.ok<{ createPolicyArea: { id: string; code: string; name: string } }>(
    'mutation ($input: CreatePolicyAreaInput!) { createPolicyArea(input: $input) { id code name } }',
    { input: { code: `area-${n}`, name: `Policy area ${n}`, ...overrides } },
  );
  return data.createPolicyArea;
}

export async function createOrganisation(app: TestApp, overrides: Record<string, unknown> = {}) {
  const n = next();
  const data = await app.ok<{ createOrganisation: { id: string; name: string; version: number; businessId: string | null } }>(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name version businessId } }',
    { input: { name: `Organisaatio ${n} ry`, type: 'ASSOCIATION', ...overrides } },
  );
  return data.createOrganisation;
}

export async function createContact(app: TestApp, overrides: Record<string, unknown> = {}) {
  const n = next();
  const data = await app.ok<{ createContact: { id: string; firstName: string; lastName: string; version: number } }>(
    'mutation ($input: CreateContactInput!) { createContact(input: $input) { id firstName lastName version } }',
    { input: { firstName: 'Testi', lastName: `Henkilö ${n}`, lawfulBasis: 'PUBLIC_TASK', ...overrides } },
  );
  return data.createContact;
}

export async function createGroup(app: TestApp, overrides: Record<string, unknown> = {}) {
  const n = next();
  const data = await app.ok<{ createStakeholderGroup: { id: string; name: string; version: number } }>(
    'mutation ($input: CreateStakeholderGroupInput!) { createStakeholderGroup(input: $input) { id name version } }',
    { input: { name: `Group ${n}`, ...overrides } },
  );
  return data.createStakeholderGroup;
}

export async function addMembers(app: TestApp, groupId: string, members: { organisationIds?: string[]; contactIds?: string[] }) {
  await app.ok('mutation ($groupId: ID!, $o: [ID!], $c: [ID!]) { addGroupMembers(groupId: $groupId, organisationIds: $o, contactIds: $c) { id } }', {
    groupId,
    o: members.organisationIds ?? [],
    c: members.contactIds ?? [],
  });
}
