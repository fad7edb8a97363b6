import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { businessIdCheckDigit } from '../../../../libs/common/src/validation/business-id.js';
import { answeringClient, renderWithConsole } from '../test-support/render-with-console.js';
import { emptyOrganisationValues, OrganisationForm, type SaveOutcome } from './organisation-form.js';
import type { OrganisationFormValues } from './organisation-checks.js';

const OPTIONS = { policyAreas: [], stakeholderGroups: { nodes: [] } };
const VALID_BUSINESS_ID = `1234569-${businessIdCheckDigit('1234569')}`;
const values = (overrides: Partial<OrganisationFormValues> = {}): OrganisationFormValues => ({
  ...emptyOrganisationValues(),
  name: 'Kylätoiminta ry',
  type: 'ASSOCIATION',
  ...overrides,
});

function renderForm(initial: OrganisationFormValues, onSubmit: (values: OrganisationFormValues) => Promise<SaveOutcome>, isStale?: () => Promise<boolean>) {
  return renderWithConsole(
    <OrganisationForm initial={initial} submitLabel="Save" onSubmit={onSubmit} onReload={() => undefined} isStale={isStale} />,
    answeringClient(OPTIONS),
  );
}

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { exact: true, selector: 'input, textarea' });
}

/** The field is invalid and its description (aria-describedby) holds the message; valid fields say aria-invalid false. */
function expectFieldError(label: string, message: string): void {
  const input = field(label);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  expect(described.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).toContain(message);
}

function alerts(): string {
  return screen
    .queryAllByRole('alert')
    .map((alert) => alert.textContent)
    .join(' ');
}

async function save(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await Promise.resolve();
  });
}

describe('the organisation form', () => {
  it('checks the business ID check digit in the browser, shows the error at the field, focuses it and sends nothing', async () => {
    const onSubmit = vi.fn<(values: OrganisationFormValues) => Promise<SaveOutcome>>();
    renderForm(values({ businessId: '1234567-8' }), onSubmit);
    await save();
    expectFieldError('Business ID', 'valid check digit');
    expect(field('Name').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(field('Business ID'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("checks the email and the website's http(s) address in the browser, and requires a name", async () => {
    const onSubmit = vi.fn<(values: OrganisationFormValues) => Promise<SaveOutcome>>();
    renderForm(values({ name: ' ', email: 'name@kylat', website: 'kylat.example.fi' }), onSubmit);
    await save();
    expectFieldError('Name', 'Required.');
    expectFieldError('Email', 'An email address such as name@example.fi.');
    expectFieldError('Website', 'An address starting with http:// or https://.');
    expect(document.activeElement).toBe(field('Name'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a valid business ID (with the check digit of the server code) and the required name, type', async () => {
    const onSubmit = vi.fn<(values: OrganisationFormValues) => Promise<SaveOutcome>>(() => Promise.resolve({ ok: true }));
    renderForm(values({ businessId: VALID_BUSINESS_ID }), onSubmit);
    await save();
    expect(VALID_BUSINESS_ID).toBe('1234569-8');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ name: 'Kylätoiminta ry', businessId: VALID_BUSINESS_ID });
    expect(field('Business ID').getAttribute('aria-invalid')).toBe('false');
  });

  it("puts the server's field errors (extensions.fields) at their fields, and the others in an alert", async () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'email', message: 'must be an email address' },
              { path: 'website', message: 'must be an http or https URL' },
              { path: 'contacts.0.role', message: 'is unknown' },
            ],
          },
        },
      ],
    });
    renderForm(values({ email: 'a..b@kylat.fi' }), () => Promise.resolve({ ok: false, error }));
    await save();
    await waitFor(() => expectFieldError('Email', 'must be an email address'));
    expectFieldError('Website', 'must be an http or https URL');
    expect(field('Name').getAttribute('aria-invalid')).toBe('false');
    expect(alerts()).toContain('contacts.0.role: is unknown');
    expect(document.activeElement).toBe(field('Website'));
  });

  it('keeps the input and offers a reload when the record changed meanwhile (CONFLICT)', async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Stale version', extensions: { code: 'CONFLICT' } }] });
    renderForm(
      values({ municipality: 'Oulu' }),
      () => Promise.resolve({ ok: false, error }),
      () => Promise.resolve(true),
    );
    await save();
    await waitFor(() => expect(alerts()).toContain('Someone else has changed this organisation'));
    expect(screen.getByRole('button', { name: 'Reload the organisation' })).toBeTruthy();
    expect(field('Municipality').value).toBe('Oulu');
  });
});
