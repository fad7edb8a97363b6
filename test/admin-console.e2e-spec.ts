/// <reference lib="dom" />
// The functions that run inside the page (page.evaluate, waitForFunction) are typed with the DOM.
import type { BrowserContext, Page } from 'playwright-core';
import { Role } from '@sidos/auth';
import { DemoSeeder } from '@sidos/demo';
import { graphql } from './graphql/generated/index.js';
import { ConsoleHarness, describeInBrowser, SCREENSHOTS, screenshotWanted } from './support/browser.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createContact, createGroup, createOrganisation, createPolicyArea, addMembers, randomBusinessId } from './support/factories.js';

/** The demo register's reform consultation, with its activities. */
const REFORM = graphql(`
  query ConsoleReform {
    consultations(first: 1, filter: { search: "Työmarkkinauudistus 2027" }) {
      nodes {
        id
        title
        activities {
          id
        }
      }
    }
  }
`);

/**
 * The admin console in Chromium, served by the API on a fresh database: sign-in, navigation, organisations
 * (search, open, edit, errors at their fields, stale versions), roles, keyboard-only use, 320 px, axe-core.
 * One browser and one API for the file; each test opens its own context (its own sessionStorage).
 */
describeInBrowser('admin console in a browser', () => {
  let harness: ConsoleHarness;
  let context: BrowserContext | undefined;
  const open = async (options?: Parameters<ConsoleHarness['page']>[0]): Promise<Page> => {
    await context?.close();
    const opened = await harness.page(options);
    context = opened.context;
    return opened.page;
  };
  let target: { id: string; name: string; version: number };
  let group: { id: string; name: string };

  beforeAll(async () => {
    harness = await ConsoleHarness.start();
    const app = harness.app;
    // The demo register and consultations (coverage with reached groups and gaps), then this file's own records.
    await app.get(DemoSeeder).seedIfEmpty();
    const area = await createPolicyArea(app, { name: 'Työllisyys' });
    group = await createGroup(app, { name: 'Saariston nuoret', hardToReach: true });
    target = await createOrganisation(app, {
      name: 'Kylätoiminta ry',
      nameSv: 'Byaverksamhet rf',
      businessId: randomBusinessId(),
      website: 'https://kylat.example.fi',
      languages: ['FI', 'SV'],
      policyAreaIds: [area.id],
    });
    await addMembers(app, group.id, { organisationIds: [target.id] });
    // More than one page of the list (25) under a common word, for "Load more".
    for (let index = 1; index <= 27; index += 1) await createOrganisation(app, { name: `Metsänomistajat ${String(index).padStart(2, '0')} ry` });
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await harness?.stop();
  });

  describe('sign-in', () => {
    it('refuses an invalid token with an alert', async () => {
      const page = await open();
      await page.goto(harness.url());
      await page.getByLabel('Access token').fill('not-a-token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectVisible(page.getByRole('alert').filter({ hasText: 'not valid' }));
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    });

    it('signs in, shows the navigation, the name and the role, survives a reload, and signs out', async () => {
      const page = await open();
      await harness.signIn(page, Role.ADMIN);
      const navigation = page.getByRole('navigation', { name: 'Main' });
      for (const link of ['Organisations', 'Contacts', 'Stakeholder groups', 'Consultations', 'Facilitators', 'Duplicates', 'Import', 'Coverage heatmap']) {
        expect(await navigation.getByRole('link', { name: link, exact: true }).count()).toBe(1);
      }
      await expectVisible(page.getByText('Test admin (Administrator)'));
      await page.reload();
      await navigation.waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expectVisible(page.getByLabel('Access token'));
      await page.reload();
      await expectVisible(page.getByLabel('Access token'));
    });

    it('is in Finnish by default, follows the browser language and can be switched', async () => {
      const page = await open({ locale: 'de-DE' });
      await page.goto(harness.url());
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
      const swedish = await open({ locale: 'sv-FI' });
      await swedish.goto(harness.url());
      await expectVisible(swedish.getByRole('heading', { level: 1, name: 'Logga in' }));
      await swedish.getByRole('button', { name: /Språk/ }).click();
      await swedish.getByRole('menuitem', { name: /In English/ }).click();
      await expectVisible(swedish.getByRole('heading', { level: 1, name: 'Sign in' }));
      expect(await swedish.evaluate(() => document.documentElement.lang)).toBe('en');
    });
  });

  describe('navigation', () => {
    it('opens each section from the navigation, and a deep link survives a reload', async () => {
      const page = await open();
      await harness.signIn(page);
      const navigation = page.getByRole('navigation', { name: 'Main' });
      for (const [link, path] of [
        ['Contacts', '/admin/contacts'],
        ['Stakeholder groups', '/admin/groups'],
        ['Consultations', '/admin/consultations'],
        ['Coverage heatmap', '/admin/coverage'],
        ['Organisations', '/admin/organisations'],
      ]) {
        await navigation.getByRole('link', { name: link, exact: true }).click();
        await expectVisible(page.getByRole('heading', { level: 1, name: link }));
        expect(new URL(page.url()).pathname).toBe(path);
      }
      await page.goto(harness.url(`/organisations/${target.id}`));
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }));
      await page.reload();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }));
    });
  });

  describe('organisations', () => {
    it('searches as you type, counts, pages with "Load more", and filters by group', async () => {
      const page = await open();
      await harness.signIn(page, Role.ADMIN, '/organisations');
      await page.getByRole('searchbox', { name: 'Search organisations' }).fill('metsänomistajat');
      await expectVisible(page.getByText('27 organisations'));
      const table = page.getByRole('table', { name: 'Organisations' });
      await expectRowCount(table, 25);
      for (const column of ['Name', 'Business ID', 'Type', 'Groups']) {
        expect(await table.getByRole('columnheader', { name: column, exact: true }).count()).toBe(1);
      }
      for (const filter of [/\bType\b/, /Stakeholder group/, /Policy area/]) expect(await page.getByRole('button', { name: filter }).count()).toBe(1);
      await page.getByRole('button', { name: 'Load more' }).click();
      await expectRowCount(table, 27);
      expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
      await page.getByRole('searchbox', { name: 'Search organisations' }).fill('');
      await page.getByRole('button', { name: /Stakeholder group/ }).click();
      await page.getByRole('option', { name: group.name }).click();
      await expectVisible(page.getByText('1 organisations'));
      await expectVisible(table.getByRole('link', { name: 'Kylätoiminta ry' }));
    });

    it('filters by type and by policy area', async () => {
      const area = await createPolicyArea(harness.app, { name: 'Suodatusalue' });
      const union = await createOrganisation(harness.app, { name: 'Suodatusliitto ry', type: 'TRADE_UNION' });
      const foundation = await createOrganisation(harness.app, { name: 'Suodatussäätiö sr', type: 'FOUNDATION', policyAreaIds: [area.id] });
      const page = await open();
      await harness.signIn(page, Role.VIEWER, '/organisations');
      await page.getByRole('searchbox', { name: 'Search organisations' }).fill('suodatus');
      await expectVisible(page.getByText('2 organisations'));
      const table = page.getByRole('table', { name: 'Organisations' });
      await page.getByRole('button', { name: /\bType\b/ }).click();
      await page.getByRole('option', { name: 'Trade union' }).click();
      await expectVisible(page.getByText('1 organisations'));
      expect(await table.getByRole('link').allTextContents()).toEqual([union.name]);
      await page.getByRole('button', { name: /\bType\b/ }).click();
      await page.getByRole('option', { name: 'Foundation' }).click();
      await expectVisible(table.getByRole('link', { name: foundation.name }));
      expect(await table.getByRole('link').allTextContents()).toEqual([foundation.name]);
      await page.getByRole('button', { name: /\bType\b/ }).click();
      await page.getByRole('option', { name: 'All types' }).click();
      await expectVisible(page.getByText('2 organisations'));
      await page.getByRole('button', { name: /Policy area/ }).click();
      await page.getByRole('option', { name: 'Suodatusalue' }).click();
      await expectVisible(page.getByText('1 organisations'));
      expect(await table.getByRole('link').allTextContents()).toEqual([foundation.name]);
    });

    it('shows archived organisations only with "Include archived"', async () => {
      const archived = await createOrganisation(harness.app, { name: 'Lakkautettu kyläseura ry' });
      await harness.app.ok(
        graphql(`
          mutation ConsoleArchive($id: ID!, $version: Int!) {
            archiveOrganisation(id: $id, version: $version) {
              id
            }
          }
        `),
        {
          id: archived.id,
          version: archived.version,
        },
      );
      await createOrganisation(harness.app, { name: 'Toimiva kyläseura ry' });
      const page = await open();
      await harness.signIn(page, Role.VIEWER, '/organisations');
      await page.getByRole('searchbox', { name: 'Search organisations' }).fill('kyläseura');
      await expectVisible(page.getByText('1 organisations'));
      const table = page.getByRole('table', { name: 'Organisations' });
      expect(await table.getByRole('link', { name: 'Lakkautettu kyläseura ry' }).count()).toBe(0);
      await page.getByText('Include archived').click();
      await expectVisible(page.getByText('2 organisations'));
      await expectVisible(table.getByRole('link', { name: 'Lakkautettu kyläseura ry' }));
    });

    it('opens an organisation, edits it and saves', async () => {
      const page = await open();
      await harness.signIn(page, Role.EDITOR, '/organisations');
      await page.getByRole('searchbox', { name: 'Search organisations' }).fill('kylätoiminta');
      await page.getByRole('link', { name: 'Kylätoiminta ry' }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }));
      await page.getByRole('button', { name: 'Edit' }).click();
      for (const label of ['Name', 'Name in Swedish', 'Name in English', 'Business ID', 'Municipality', 'Website', 'Email', 'Notes']) {
        expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
      }
      await page.getByLabel('Municipality', { exact: true }).fill('Kuopio');
      await page.getByLabel('Notes', { exact: true }).fill('Kyläyhdistysten kattojärjestö');
      await page.getByRole('button', { name: 'Save' }).click();
      await expectVisible(page.getByText('Saved.'));
      await expectVisible(page.getByText('Kuopio'));
      const stored = await harness.app.ok(
        graphql(`
          query ConsoleStoredOrganisation($id: ID!) {
            organisation(id: $id) {
              municipality
              notes
            }
          }
        `),
        {
          id: target.id,
        },
      );
      expect(stored.organisation).toEqual({ municipality: 'Kuopio', notes: 'Kyläyhdistysten kattojärjestö' });
    });

    it('shows client and server errors at their fields (aria-invalid, aria-describedby)', async () => {
      const page = await open();
      await harness.signIn(page, Role.ADMIN, `/organisations/${target.id}`);
      await page.getByRole('button', { name: 'Edit' }).click();
      const businessId = page.getByLabel('Business ID', { exact: true });
      await businessId.fill('1234567-8');
      await page.getByLabel('Name', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await expectFieldError(page, 'Business ID', 'valid check digit');
      await expectFieldError(page, 'Name', 'Required');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('organisation-name');
      // The client's email check is looser than the server's: the server's field error shows at the field.
      await page.getByLabel('Name', { exact: true }).fill('Kylätoiminta ry');
      await businessId.fill('');
      await page.getByLabel('Email', { exact: true }).fill('a..b@kylat.fi');
      await page.getByRole('button', { name: 'Save' }).click();
      await expectFieldError(page, 'Email', 'must be an email address');
      expect(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('false');
    });

    it('keeps the input and offers a reload when someone else changed the record (CONFLICT)', async () => {
      const page = await open();
      await harness.signIn(page, Role.EDITOR, `/organisations/${target.id}`);
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByLabel('Municipality', { exact: true }).fill('Oulu');
      const current = await harness.app.ok(
        graphql(`
          query ConsoleVersion($id: ID!) {
            organisation(id: $id) {
              version
            }
          }
        `),
        { id: target.id },
      );
      await harness.app.ok(
        graphql(`
          mutation ConsoleMoveToJoensuu($id: ID!, $version: Int!) {
            updateOrganisation(id: $id, version: $version, input: { municipality: "Joensuu" }) {
              id
            }
          }
        `),
        {
          id: target.id,
          version: current.organisation!.version,
        },
      );
      await page.getByRole('button', { name: 'Save' }).click();
      await expectVisible(page.getByRole('alert').filter({ hasText: 'Someone else has changed this organisation' }));
      expect(await page.getByLabel('Municipality', { exact: true }).inputValue()).toBe('Oulu');
      const stored = await harness.app.ok(
        graphql(`
          query ConsoleMunicipality($id: ID!) {
            organisation(id: $id) {
              municipality
            }
          }
        `),
        { id: target.id },
      );
      expect(stored.organisation?.municipality).toBe('Joensuu');
      await page.getByRole('button', { name: 'Reload the organisation' }).click();
      await expectValue(page.getByLabel('Municipality', { exact: true }), 'Joensuu');
    });

    it('creates an organisation from "New organisation"', async () => {
      const page = await open();
      await harness.signIn(page, Role.EDITOR, '/organisations');
      await page.getByRole('link', { name: 'New organisation' }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'New organisation' }));
      await page.getByLabel('Name', { exact: true }).fill('Saaristoasukkaat ry');
      await page.getByRole('button', { name: /\bType\b/ }).click();
      await page.getByRole('option', { name: 'Association' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Saaristoasukkaat ry' }));
    });
  });

  describe('contacts', () => {
    it('searches contacts, opens one, downloads its data export and erases it after a confirmation naming the person (ADMIN)', async () => {
      const person = await createContact(harness.app, { firstName: 'Erkki', lastName: 'Poistettava', email: 'erkki.poistettava@example.fi' });
      const page = await open();
      await harness.signIn(page, Role.ADMIN, '/contacts');
      await page.getByRole('searchbox', { name: 'Search contacts' }).fill('poistettava');
      await expectVisible(page.getByText('1 contacts'));
      await page.getByRole('link', { name: 'Erkki Poistettava' }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Erkki Poistettava' }));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data export' }).click()]);
      const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
      expect(JSON.stringify(exported)).toContain('erkki.poistettava@example.fi');
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Erase personal data' }).click();
      const dialog = page.getByRole('dialog');
      await expectVisible(dialog.getByText('All personal data of Erkki Poistettava will be erased'));
      await dialog.getByRole('button', { name: 'Erase' }).click();
      await expectVisible(page.getByText('The personal data of this contact has been erased.'));
      const stored = await harness.app.ok(
        graphql(`
          query ConsoleErased($id: ID!) {
            contact(id: $id) {
              erased
              email
            }
          }
        `),
        { id: person.id },
      );
      expect(stored.contact).toEqual({ erased: true, email: null });
    });
  });

  describe('contacts editing', () => {
    it('edits a contact with its errors at the fields, and saves (EDITOR)', async () => {
      const person = await createContact(harness.app, { firstName: 'Aino', lastName: 'Muokattava', email: 'aino.muokattava@example.fi' });
      const page = await open();
      await harness.signIn(page, Role.EDITOR, `/contacts/${person.id}`);
      await page.getByRole('button', { name: 'Edit' }).click();
      await expectFocused(page, 'contact-firstName');
      await page.getByLabel('Last name', { exact: true }).fill('');
      await page.getByLabel('Email', { exact: true }).fill('a..b@example.fi');
      await page.getByRole('button', { name: 'Save' }).click();
      await expectFieldError(page, 'Last name', 'Required');
      await page.getByLabel('Last name', { exact: true }).fill('Muokattu');
      await page.getByRole('button', { name: 'Save' }).click();
      await expectFieldError(page, 'Email', 'must be an email address');
      await page.getByLabel('Email', { exact: true }).fill('aino.muokattu@example.fi');
      await page.getByLabel('Title', { exact: true }).fill('Toiminnanjohtaja');
      await page.getByRole('button', { name: 'Save' }).click();
      await expectVisible(page.getByText('Saved.'));
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Aino Muokattu' }));
      const stored = await harness.app.ok(
        graphql(`
          query ConsoleStoredContact($id: ID!) {
            contact(id: $id) {
              lastName
              email
              title
            }
          }
        `),
        { id: person.id },
      );
      expect(stored.contact).toEqual({ lastName: 'Muokattu', email: 'aino.muokattu@example.fi', title: 'Toiminnanjohtaja' });
    });
  });

  describe('contact affiliations', () => {
    it('adds an affiliation (organisation, role, since) and ends another with a date (EDITOR)', async () => {
      const former = await createOrganisation(harness.app, { name: 'Entinen työnantaja oy' });
      await createOrganisation(harness.app, { name: 'Rannikon yrittäjät ry' });
      const person = await createContact(harness.app, {
        firstName: 'Eero',
        lastName: 'Siirtyvä',
        affiliations: [{ organisationId: former.id, role: 'Asiantuntija', since: '2020-01-01' }],
      });
      const page = await open();
      await harness.signIn(page, Role.EDITOR, `/contacts/${person.id}`);
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Eero Siirtyvä' }));
      await page.getByRole('searchbox', { name: 'Search organisations to affiliate' }).fill('rannikon yrittäjät');
      await page.getByRole('button', { name: 'Choose Rannikon yrittäjät ry' }).click();
      await page.getByLabel(/^Role/).fill('Hallituksen jäsen');
      await page.getByLabel('Since', { exact: true }).fill('2026-03-01');
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Add affiliation' }).click();
      const table = page.getByRole('table', { name: 'Affiliations' });
      await expectVisible(table.getByRole('link', { name: 'Rannikon yrittäjät ry' }));
      const endDate = page.getByLabel('End date: Entinen työnantaja oy', { exact: true });
      await endDate.fill('30.6.2026');
      await page.getByRole('button', { name: 'End the affiliation with Entinen työnantaja oy' }).click();
      await expectVisible(page.getByText('A date such as 2026-11-30'));
      expect(await endDate.getAttribute('aria-invalid')).toBe('true');
      await endDate.fill('2026-06-30');
      await page.getByRole('button', { name: 'End the affiliation with Entinen työnantaja oy' }).click();
      await expectVisible(table.getByRole('cell', { name: '2026-06-30', exact: true }));
      expect(await page.getByLabel('End date: Entinen työnantaja oy', { exact: true }).count()).toBe(0);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      const stored = await harness.app.ok(
        graphql(`
          query ConsoleAffiliations($id: ID!) {
            contact(id: $id) {
              affiliations {
                role
                since
                until
                organisation {
                  name
                }
              }
            }
          }
        `),
        { id: person.id },
      );
      expect(stored.contact?.affiliations).toEqual(
        expect.arrayContaining([
          { role: 'Asiantuntija', since: '2020-01-01', until: '2026-06-30', organisation: { name: 'Entinen työnantaja oy' } },
          { role: 'Hallituksen jäsen', since: '2026-03-01', until: null, organisation: { name: 'Rannikon yrittäjät ry' } },
        ]),
      );
      expect(stored.contact?.affiliations).toHaveLength(2);
    });
  });

  describe('duplicates', () => {
    it('lists likely duplicates and merges a pair into the record chosen to keep (ADMIN)', async () => {
      const kept = await createOrganisation(harness.app, { name: 'Pohjois-Savon kyläyhdistys ry' });
      const merged = await createOrganisation(harness.app, { name: 'Pohjois-Savon kyläyhdistys r.y.' });
      const page = await open();
      await harness.signIn(page, Role.ADMIN, '/duplicates');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Duplicates' }));
      const pairs = page.getByRole('table', { name: 'Duplicates' });
      await pairs.locator('tbody tr', { hasText: 'Pohjois-Savon kyläyhdistys r.y.' }).waitFor();
      for (const column of ['Organisations', 'Score', 'Reasons']) expect(await pairs.getByRole('columnheader', { name: column, exact: true }).count()).toBe(1);
      const pair = pairs.locator('tbody tr', { hasText: 'Pohjois-Savon kyläyhdistys r.y.' });
      const [score, reasons] = await Promise.all([pair.locator('td').nth(1).textContent(), pair.locator('td').nth(2).textContent()]);
      expect(score).toMatch(/^\d{1,3}\s?%$/);
      expect(reasons!.trim().length).toBeGreaterThan(0);
      await page.getByRole('button', { name: /^Merge Pohjois-Savon kyläyhdistys/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'Pohjois-Savon kyläyhdistys ry' }).check();
      await expectVisible(dialog.getByText('Pohjois-Savon kyläyhdistys r.y. is merged into Pohjois-Savon kyläyhdistys ry'));
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Pohjois-Savon kyläyhdistys ry' }));
      expect(new URL(page.url()).pathname).toBe(`/admin/organisations/${kept.id}`);
      const source = await harness.app.ok(
        graphql(`
          query ConsoleMergedInto($id: ID!) {
            organisation(id: $id) {
              mergedInto {
                id
              }
            }
          }
        `),
        {
          id: merged.id,
        },
      );
      expect(source.organisation?.mergedInto).toEqual({ id: kept.id });
    });
  });

  describe('import', () => {
    it('checks a CSV file (dry run) with every row error by line and field, and imports only after a clean check (ADMIN)', async () => {
      const page = await open();
      await harness.signIn(page, Role.ADMIN, '/import');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Import' }));
      const importButton = page.getByRole('button', { name: 'Import', exact: true });
      const csv = (rows: string[]) => ({
        name: 'organisations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['name;businessId;type', ...rows].join('\n'), 'utf8'),
      });
      const good = randomBusinessId();
      await expectVisible(page.getByText('CSV file', { exact: true }));
      // The file field's accessible name is its button's text, "Choose a CSV file".
      const fileField = page.getByLabel('CSV file');
      await fileField.setInputFiles(csv([`Tuontiyhdistys ry;${good};association`, 'Huono tunnus ry;1234567-8;association']));
      await page.getByRole('button', { name: 'Check' }).click();
      const errors = page.getByRole('table', { name: 'Row errors' });
      await errors.locator('tbody tr').first().waitFor();
      expect(await errors.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['3', 'businessId', expect.stringContaining('check digit')]);
      expect(await importButton.isDisabled()).toBe(true);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);

      await fileField.setInputFiles(csv([`Tuontiyhdistys ry;${good};association`, 'Toinen tuontiyhdistys ry;;association']));
      await page.getByRole('button', { name: 'Check' }).click();
      await expectVisible(page.getByText('No errors: the file can be imported.'));
      expect(await harness.app.sql("select 1 from organisation where name = 'Tuontiyhdistys ry'")).toHaveLength(0);
      await importButton.click();
      await expectVisible(page.getByRole('heading', { name: 'Imported.' }));
      expect(await harness.app.sql("select 1 from organisation where name in ('Tuontiyhdistys ry', 'Toinen tuontiyhdistys ry')")).toHaveLength(2);
    });
  });

  describe('contact import', () => {
    it('checks and imports contacts with their affiliation (ADMIN)', async () => {
      const employer = await createOrganisation(harness.app, { name: 'Tuontityönantaja Oy', businessId: randomBusinessId(), type: 'COMPANY' });
      const businessId = (
        await harness.app.ok(
          graphql(`
            query ConsoleBusinessId($id: ID!) {
              organisation(id: $id) {
                businessId
              }
            }
          `),
          { id: employer.id },
        )
      ).organisation!.businessId!;
      const page = await open();
      await harness.signIn(page, Role.ADMIN, '/import');
      // The radio button's input is drawn by its label (suomifi-ui-components): click the label, as a user does.
      await page
        .locator('label')
        .filter({ hasText: /^Contacts$/ })
        .click();
      expect(await page.getByRole('radio', { name: 'Contacts' }).isChecked()).toBe(true);
      const csv = (rows: string[]) => ({
        name: 'contacts.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['firstName;lastName;lawfulBasis;organisationBusinessId;role', ...rows].join('\n'), 'utf8'),
      });
      const fileField = page.getByLabel('CSV file');
      await fileField.setInputFiles(csv([`Iida;Tuotava;PUBLIC_TASK;${businessId};Toimitusjohtaja`, 'Eino;Perusteeton;;;']));
      await page.getByRole('button', { name: 'Check' }).click();
      const errors = page.getByRole('table', { name: 'Row errors' });
      await errors.locator('tbody tr').first().waitFor();
      expect(await errors.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['3', 'lawfulBasis', expect.any(String)]);
      const importButton = page.getByRole('button', { name: 'Import', exact: true });
      expect(await importButton.isDisabled()).toBe(true);
      await fileField.setInputFiles(csv([`Iida;Tuotava;PUBLIC_TASK;${businessId};Toimitusjohtaja`]));
      await page.getByRole('button', { name: 'Check' }).click();
      await expectVisible(page.getByText('No errors: the file can be imported.'));
      expect(await harness.app.sql("select 1 from contact where last_name = 'Tuotava'")).toHaveLength(0);
      await importButton.click();
      await expectVisible(page.getByRole('heading', { name: 'Imported.' }));
      const stored = await harness.app.sql<{ role: string }>(
        `select a.role from contact c join affiliation a on a.contact_id = c.id where c.last_name = 'Tuotava' and a.organisation_id = ?`,
        [employer.id],
      );
      expect(stored).toEqual([{ role: 'Toimitusjohtaja' }]);
    });
  });

  describe('stakeholder groups', () => {
    it("shows a group's reach notes and description", async () => {
      const reached = await createGroup(harness.app, {
        name: 'Tunturin poromiehet',
        description: 'Porotalouden harjoittajat',
        hardToReach: true,
        reachNotes: 'Paliskuntien kautta; tapaamiset erotusten jälkeen',
      });
      const page = await open();
      await harness.signIn(page, Role.VIEWER, `/groups/${reached.id}`);
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Tunturin poromiehet' }));
      await expectVisible(page.getByText('Paliskuntien kautta; tapaamiset erotusten jälkeen'));
      await expectVisible(page.getByText('Porotalouden harjoittajat'));
    });

    it('filters hard-to-reach groups, opens one, removes a member and adds it back', async () => {
      const page = await open();
      await harness.signIn(page, Role.EDITOR, '/groups');
      const table = page.getByRole('table', { name: 'Stakeholder groups' });
      await table.getByRole('link', { name: 'Saariston nuoret' }).waitFor();
      const all = await table.locator('tbody tr').count();
      await page.getByText('Hard-to-reach groups only').click();
      await page.waitForFunction((before) => document.querySelectorAll('table tbody tr').length < before, all);
      expect(await table.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(expect.arrayContaining(['Yes']));
      expect(await table.locator('tbody tr td:nth-child(2)').allTextContents()).not.toContain('No');
      await table.getByRole('link', { name: 'Saariston nuoret' }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Saariston nuoret' }));
      await page.getByRole('button', { name: 'Remove Kylätoiminta ry' }).click();
      await expectVisible(page.getByText('No members.'));
      await page.getByRole('searchbox', { name: 'Search organisations to add' }).fill('kylätoiminta');
      await page.getByRole('button', { name: 'Add Kylätoiminta ry' }).click();
      await expectVisible(page.getByRole('button', { name: 'Remove Kylätoiminta ry' }));
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      const members = await harness.app.ok(
        graphql(`
          query ConsoleGroupOrganisations($id: ID!) {
            stakeholderGroup(id: $id) {
              organisations {
                name
              }
            }
          }
        `),
        {
          id: group.id,
        },
      );
      expect(members.stakeholderGroup?.organisations.map((organisation) => organisation.name)).toEqual(['Kylätoiminta ry']);
    });
  });

  describe('stakeholder group contacts', () => {
    it('adds a contact to a group from "Add members" (EDITOR)', async () => {
      const members = await createGroup(harness.app, { name: 'Saariston yhteyshenkilöt' });
      const person = await createContact(harness.app, { firstName: 'Helmi', lastName: 'Saaristolainen' });
      const page = await open();
      await harness.signIn(page, Role.EDITOR, `/groups/${members.id}`);
      await expectVisible(page.getByText('No members.'));
      await page.getByRole('searchbox', { name: 'Search contacts to add' }).fill('saaristolainen');
      await page.getByRole('button', { name: 'Add Helmi Saaristolainen' }).click();
      await expectVisible(page.getByRole('button', { name: 'Remove Helmi Saaristolainen' }));
      await expectVisible(page.getByRole('table', { name: /Members/ }).getByRole('link', { name: 'Helmi Saaristolainen' }));
      expect(await page.getByRole('button', { name: 'Add Helmi Saaristolainen' }).count()).toBe(0);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      const stored = await harness.app.ok(
        graphql(`
          query ConsoleGroupContacts($id: ID!) {
            stakeholderGroup(id: $id) {
              contacts {
                id
              }
            }
          }
        `),
        {
          id: members.id,
        },
      );
      expect(stored.stakeholderGroup?.contacts).toEqual([{ id: person.id }]);
    });
  });

  describe('consultations and coverage', () => {
    it('lists consultations, opens one and shows its coverage table, ratios and gaps', async () => {
      const page = await open();
      await harness.signIn(page, Role.VIEWER, '/consultations');
      await page.getByRole('searchbox', { name: 'Search consultations' }).fill('työmarkkinauudistus');
      await expectVisible(page.getByText('1 consultations'));
      await page.getByRole('link', { name: /^Työmarkkinauudistus 2027/ }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: /^Työmarkkinauudistus 2027/ }));
      const table = page.getByRole('table', { name: 'Coverage' });
      await table.locator('tbody tr').first().waitFor();
      for (const column of ['Group', 'Targeted', 'Invited', 'Heard', 'Phases', 'First heard', 'Reached']) {
        expect(await table.getByRole('columnheader', { name: column, exact: true }).count()).toBe(1);
      }
      const statuses = await table.locator('tbody tr td:last-child').allTextContents();
      expect(statuses).toContain('Reached');
      expect(statuses).toContain('Not reached');
      await expectVisible(page.getByText('Coverage ratio'));
      expect(
        await page
          .locator('dd')
          .filter({ hasText: /^\d+\s?%$/ })
          .count(),
      ).toBeGreaterThanOrEqual(1);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      await ConsoleHarness.screenshot(page, 'consultation-coverage');
    });

    it("shows each activity's facilitators (LEAD first) and feedback, and the invitation suggestions under the coverage (VIEWER)", async () => {
      const found = await harness.app.ok(REFORM);
      const consultationId = found.consultations.nodes[0].id;
      const expected = await harness.app.ok(
        graphql(`
          query ConsoleReformActivities($id: ID!) {
            consultation(id: $id) {
              activities {
                title
                facilitators {
                  role
                  facilitator {
                    name
                  }
                }
                feedback {
                  responses
                  averageRating
                }
              }
            }
            invitationSuggestions(consultationId: $id) {
              organisation {
                name
              }
              contact {
                firstName
                lastName
              }
              group {
                name
              }
            }
          }
        `),
        { id: consultationId },
      );
      const facilitated = expected.consultation!.activities.find((activity) => activity.facilitators.length > 0 && activity.feedback.responses > 0)!;
      expect(facilitated).toBeDefined();
      expect(facilitated.facilitators[0].role).toBe('LEAD');
      expect(expected.invitationSuggestions.length).toBeGreaterThan(0);
      const page = await open();
      await harness.signIn(page, Role.VIEWER, `/consultations/${consultationId}`);
      const activities = page.getByRole('table', { name: 'Activities' });
      await activities.locator('tbody tr').first().waitFor();
      for (const column of ['Facilitators', 'Feedback responses', 'Average rating']) {
        expect(await activities.getByRole('columnheader', { name: column, exact: true }).count()).toBe(1);
      }
      const row = activities.getByRole('row', { name: new RegExp(facilitated.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      await expectVisible(row);
      const cells = await row.locator('td').allTextContents();
      expect(cells[4]).toBe(
        facilitated.facilitators.map((assignment) => `${assignment.facilitator.name} (${assignment.role === 'LEAD' ? 'lead' : 'support'})`).join(', '),
      );
      expect(cells[5]).toBe(String(facilitated.feedback.responses));
      expect(cells[6]).toBe(facilitated.feedback.averageRating!.toFixed(1));
      const suggestions = page.getByRole('table', { name: 'Invitation suggestions' });
      await suggestions.locator('tbody tr').first().waitFor();
      expect(await suggestions.locator('tbody tr').count()).toBe(expected.invitationSuggestions.length);
      const first = expected.invitationSuggestions[0];
      const firstName = first.organisation?.name ?? `${first.contact!.firstName} ${first.contact!.lastName}`;
      expect(await suggestions.locator('tbody tr').first().locator('td').first().textContent()).toBe(firstName);
      // Under the coverage: the suggestions' heading follows the coverage table.
      const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings.indexOf('Invitation suggestions')).toBe(headings.indexOf('Coverage') + 1);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
    });

    it('records an engagement for an activity, and the coverage shows the group reached (EDITOR)', async () => {
      const unheard = await createGroup(harness.app, { name: 'Tunturikylien asukkaat', hardToReach: true });
      const member = await createOrganisation(harness.app, { name: 'Tunturikylien yhdistys ry' });
      await addMembers(harness.app, unheard.id, { organisationIds: [member.id] });
      const page = await open();
      await harness.signIn(page, Role.EDITOR, '/consultations');
      await page.getByRole('link', { name: /^Työmarkkinauudistus 2027/ }).click();
      const coverageRow = page.getByRole('table', { name: 'Coverage' }).getByRole('row', { name: /Tunturikylien asukkaat/ });
      await expectVisible(coverageRow.getByText('Not reached'));
      await page.getByRole('button', { name: /^Record engagement: Erätauko-dialogi/ }).click();
      await page.getByRole('searchbox', { name: 'Search organisations to record' }).fill('tunturikylien');
      await page.getByRole('button', { name: 'Record Tunturikylien yhdistys ry' }).click();
      await expectVisible(page.getByText('Tunturikylien yhdistys ry: Participated'));
      await expectVisible(coverageRow.getByText('Reached', { exact: true }));
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
    });

    it('shows the coverage heatmap of a window as a table with every number in text, and the unheard groups', async () => {
      const page = await open();
      await harness.signIn(page, Role.VIEWER, '/coverage');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Coverage heatmap' }));
      await page.getByLabel('From', { exact: true }).fill('2026-01-01');
      await page.getByLabel('To', { exact: true }).fill('2026-12-31');
      expect(await page.getByRole('button', { name: /Policy area/ }).count()).toBe(1);
      await page.getByRole('button', { name: 'Show' }).click();
      const grid = page.getByRole('table', { name: 'Heard per consultation and group' });
      await grid.locator('tbody tr').first().waitFor();
      expect(await grid.getByRole('rowheader').count()).toBeGreaterThanOrEqual(2);
      const cells = await grid.locator('tbody td').allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((text) => /^\d+$/.test(text))).toBe(true);
      expect(cells.some((text) => Number(text) > 0)).toBe(true);
      await expectVisible(page.getByRole('heading', { level: 2, name: 'Groups not heard in the window' }));
      // Hard-to-reach groups only: the groups that are not hard to reach leave the grid's columns.
      const columns = async () => (await grid.getByRole('columnheader').allTextContents()).map((text) => text.trim());
      const allColumns = await columns();
      expect(allColumns).toContain('Labour-market organisations');
      await page.getByText('Hard-to-reach groups only').click();
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForFunction(() => ![...document.querySelectorAll('th')].some((cell) => cell.textContent?.trim() === 'Labour-market organisations'));
      const hardToReachColumns = await columns();
      expect(hardToReachColumns.length).toBeLessThan(allColumns.length);
      expect(hardToReachColumns).toEqual(expect.arrayContaining(['Young people']));
      await page.getByText('Hard-to-reach groups only').click();
      // Another ministry's window: the demo register's consultations are TEM's, so none is left.
      await page.getByLabel('Ministry', { exact: true }).fill('VM');
      await page.getByRole('button', { name: 'Show' }).click();
      await expectVisible(page.getByText('No consultation has an activity in the window.'));
      await page.getByLabel('Ministry', { exact: true }).fill('TEM');
      await page.getByRole('button', { name: 'Show' }).click();
      await grid.locator('tbody tr').first().waitFor();
      await page.getByLabel('From', { exact: true }).fill('1.1.2026');
      await page.getByRole('button', { name: 'Show' }).click();
      await expectFieldError(page, 'From', 'A date such as');
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      await page.getByLabel('From', { exact: true }).fill('2026-01-01');
      await page.getByRole('button', { name: 'Show' }).click();
      await ConsoleHarness.screenshot(page, 'coverage-heatmap');
    });
  });

  describe('facilitators', () => {
    it('lists the facilitators from the navigation, searches them, shows inactive ones on request, read-only (VIEWER)', async () => {
      await harness.app.ok(
        graphql(`
          mutation ConsoleCreateFacilitator($input: CreateFacilitatorInput!) {
            createFacilitator(input: $input) {
              id
            }
          }
        `),
        {
          input: { name: 'Lepäävä Leena', unit: 'Testiyksikkö', methods: ['WORKSHOP', 'DIALOGUE'], languages: ['SV', 'FI'], active: false },
        },
      );
      const page = await open();
      await harness.signIn(page, Role.VIEWER);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Facilitators', exact: true }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Facilitators' }));
      expect(new URL(page.url()).pathname).toBe('/admin/facilitators');
      const table = page.getByRole('table', { name: 'Facilitators' });
      await table.locator('tbody tr').first().waitFor();
      for (const column of ['Name', 'Unit', 'Methods', 'Languages', 'Active']) {
        expect(await table.getByRole('columnheader', { name: column, exact: true }).count()).toBe(1);
      }
      expect(await table.locator('tbody tr td:last-child').allTextContents()).not.toContain('No');
      const search = page.getByRole('searchbox', { name: 'Search facilitators' });
      await search.fill('lepäävä');
      await expectVisible(page.getByText('0 facilitators'));
      await page.getByText('Inactive ones too').click();
      await expectVisible(page.getByText('1 facilitators'));
      await expectRowCount(table, 1);
      expect(await table.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
        'Lepäävä Leena',
        'Testiyksikkö',
        'Dialogue, Workshop',
        'Finnish, Swedish',
        'No',
      ]);
      await search.fill('holmström');
      await expectVisible(table.getByRole('cell', { name: 'Holmström Johanna', exact: true }));
      expect(
        await page
          .getByRole('main')
          .getByRole('button', { name: /Edit|New|Save|Remove|Add/ })
          .count(),
      ).toBe(0);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
    });
  });

  describe('organisation preferences and themes', () => {
    it("shows an organisation's engagement preferences and the themes it raised with the ministry's response (VIEWER)", async () => {
      const raiser = await createOrganisation(harness.app, { name: 'Teemoja nostava ry' });
      const plain = await createOrganisation(harness.app, { name: 'Hiljainen yhdistys ry' });
      await harness.app.ok(
        graphql(`
          mutation ConsolePreferences($id: ID, $preferences: EngagementPreferencesInput) {
            setEngagementPreferences(organisationId: $id, preferences: $preferences) {
              notes
            }
          }
        `),
        {
          id: raiser.id,
          preferences: {
            languages: ['SV', 'FI'],
            methods: ['WORKSHOP'],
            modes: ['VIRTUAL'],
            maxInvitationsPerQuarter: 2,
            accessibilityNeeds: 'Induktiosilmukka',
          },
        },
      );
      const found = await harness.app.ok(REFORM);
      const consultation = found.consultations.nodes[0];
      const recorded = await harness.app.ok(
        graphql(`
          mutation ConsoleRecord($activityId: ID!, $records: [EngagementRecordInput!]!) {
            recordEngagements(activityId: $activityId, records: $records) {
              id
            }
          }
        `),
        { activityId: consultation.activities[0].id, records: [{ organisationId: raiser.id, kind: 'PARTICIPATED' }] },
      );
      await harness.app.ok(
        graphql(`
          mutation ConsoleCreateTheme($input: CreateInputThemeInput!) {
            createInputTheme(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            consultationId: consultation.id,
            title: 'Palveluiden saavutettavuus',
            raisedByEngagementIds: [recorded.recordEngagements[0].id],
            response: 'PARTLY_ADOPTED',
            responseText: 'Otetaan huomioon asetuksessa.',
          },
        },
      );
      const page = await open();
      await harness.signIn(page, Role.VIEWER, `/organisations/${raiser.id}`);
      await expectVisible(page.getByRole('heading', { level: 2, name: 'Engagement preferences' }));
      const preferences = page.locator('section[aria-labelledby="preferences-heading"] dl');
      const terms = await preferences.locator('dt').allTextContents();
      const values = await preferences.locator('dd').allTextContents();
      expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
        Languages: 'Finnish, Swedish',
        Methods: 'Workshop',
        Modes: 'Virtual',
        Topics: '—',
        'Invitations per quarter at most': '2',
        'Accessibility needs': 'Induktiosilmukka',
        Notes: '—',
      });
      const themes = page.getByRole('table', { name: 'Themes raised' });
      await themes.locator('tbody tr').first().waitFor();
      expect(await themes.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
        'Palveluiden saavutettavuus',
        consultation.title,
        'Partly adopted',
        'Otetaan huomioon asetuksessa.',
      ]);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      await page.goto(harness.url(`/organisations/${plain.id}`));
      await expectVisible(page.getByText('No preferences stated.'));
      await expectVisible(page.getByText('No themes raised.'));
    });
  });

  describe('roles', () => {
    it('shows a VIEWER no editing controls, an EDITOR no ADMIN controls, and an ADMIN "Archive" behind a confirmation', async () => {
      const viewer = await open();
      await harness.signIn(viewer, Role.VIEWER, `/organisations/${target.id}`);
      await expectVisible(viewer.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }));
      for (const name of ['Edit', 'Archive']) expect(await viewer.getByRole('button', { name }).count()).toBe(0);
      await viewer.goto(harness.url('/consultations'));
      await viewer.getByRole('link', { name: /^Työmarkkinauudistus 2027/ }).click();
      await expectVisible(viewer.getByRole('heading', { level: 2, name: 'Activities' }));
      expect(await viewer.getByRole('button', { name: /^Record engagement/ }).count()).toBe(0);
      await viewer.goto(harness.url('/organisations'));
      await expectVisible(viewer.getByRole('heading', { level: 1, name: 'Organisations' }));
      expect(await viewer.getByRole('link', { name: 'New organisation' }).count()).toBe(0);
      for (const link of ['Duplicates', 'Import']) expect(await viewer.getByRole('link', { name: link, exact: true }).count()).toBe(0);
      const someone = await createContact(harness.app, { firstName: 'Vieno', lastName: 'Katsottava' });
      await viewer.goto(harness.url(`/contacts/${someone.id}`));
      await expectVisible(viewer.getByRole('heading', { level: 1, name: 'Vieno Katsottava' }));
      for (const name of ['Edit', 'Erase personal data', 'Download data export']) expect(await viewer.getByRole('button', { name }).count()).toBe(0);
      await viewer.goto(harness.url(`/groups/${group.id}`));
      await expectVisible(viewer.getByRole('heading', { level: 1, name: 'Saariston nuoret' }));
      expect(await viewer.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
      expect(await viewer.getByRole('heading', { name: 'Add members' }).count()).toBe(0);

      const editor = await open();
      await harness.signIn(editor, Role.EDITOR, `/organisations/${target.id}`);
      await expectVisible(editor.getByRole('button', { name: 'Edit' }));
      expect(await editor.getByRole('button', { name: 'Archive' }).count()).toBe(0);
      expect(await editor.getByRole('heading', { name: 'Audit trail' }).count()).toBe(0);
      for (const link of ['Duplicates', 'Import']) expect(await editor.getByRole('link', { name: link, exact: true }).count()).toBe(0);

      const admin = await open();
      const spare = await createOrganisation(harness.app, { name: 'Arkistoitava ry' });
      await harness.signIn(admin, Role.ADMIN, `/organisations/${spare.id}`);
      await admin.getByRole('button', { name: 'Archive' }).click();
      const dialog = admin.getByRole('dialog');
      await expectVisible(dialog.getByText('Arkistoitava ry will be archived'));
      await dialog.getByRole('button', { name: 'Archive' }).click();
      await expectVisible(admin.getByText('This organisation is archived.'));
    });
  });

  describe('keyboard and small screens', () => {
    it('signs in, searches, opens, edits and saves by keyboard alone', async () => {
      const page = await open();
      await page.goto(harness.url());
      const token = await harness.token(Role.EDITOR);
      await tabTo(page, (element) => element.getAttribute('type') === 'password');
      await page.keyboard.type(token);
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await tabTo(page, (element) => element.textContent === 'Organisations' && element.tagName === 'A');
      await page.keyboard.press('Enter');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Organisations' }));
      await tabTo(page, (element) => element.matches('input[type=search], [role=searchbox]'));
      await page.keyboard.type('kylätoiminta');
      await expectVisible(page.getByRole('link', { name: 'Kylätoiminta ry' }));
      await tabTo(page, (element) => element.tagName === 'A' && element.textContent === 'Kylätoiminta ry');
      await page.keyboard.press('Enter');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }));
      await tabTo(page, (element) => element.tagName === 'BUTTON' && element.textContent === 'Edit');
      await page.keyboard.press('Enter');
      // The form opens with the focus on its first field.
      await expectFocused(page, 'organisation-name');
      await tabTo(page, (element) => element.id === 'organisation-municipality');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Iisalmi');
      await tabTo(page, (element) => element.tagName === 'BUTTON' && element.textContent === 'Save');
      await page.keyboard.press('Enter');
      await expectVisible(page.getByText('Saved.'));
      await expectVisible(page.getByText('Iisalmi'));
    });

    it('is usable 320 px wide: nothing wider than the screen, the flows still work', async () => {
      const page = await open({ width: 320, height: 640 });
      await harness.signIn(page, Role.ADMIN, '/organisations');
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Organisations' }));
      await expectVisible(page.getByRole('table', { name: 'Organisations' }));
      expect(await documentWidth(page)).toBeLessThanOrEqual(320);
      await page.getByRole('searchbox', { name: 'Search organisations' }).fill('kylätoiminta');
      await page.getByRole('link', { name: 'Kylätoiminta ry' }).click();
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }));
      expect(await documentWidth(page)).toBeLessThanOrEqual(320);
      await page.getByRole('button', { name: 'Edit' }).click();
      await expectVisible(page.getByLabel('Name', { exact: true }));
      expect(await documentWidth(page)).toBeLessThanOrEqual(320);
      await ConsoleHarness.screenshot(page, 'organisation-edit-320px');
    });
  });

  describe('accessibility and no outside requests', () => {
    it('lets a keyboard reach and scroll a table that is wider than the screen; on a desktop the audit trail fits and adds no tab stop', async () => {
      const page = await open({ width: 320, height: 640 });
      await harness.signIn(page, Role.ADMIN, `/organisations/${target.id}`);
      const auditTable = page.getByRole('table', { name: 'Audit trail' });
      await auditTable.locator('tbody tr').first().waitFor();
      const box = page.locator('[data-scroll-region]').filter({ has: auditTable });
      // 320 px: the audit trail scrolls sideways, so its box is a labelled region in the tab order.
      expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      expect(await box.getAttribute('role')).toBe('region');
      // Named after its section's heading, and told apart from the section itself (no two landmarks of one name).
      const region = page.getByRole('region', { name: 'Audit trail (scrolls sideways)', exact: true });
      expect(await region.count()).toBe(1);
      expect(await ConsoleHarness.violationsOf(page, ['landmark-unique'])).toEqual([]);
      await tabTo(
        page,
        (element) => element.hasAttribute('data-scroll-region') && (element.getAttribute('aria-labelledby') ?? '').startsWith('audit-heading '),
      );
      for (let presses = 0; presses < 5; presses += 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0);
      // Only the box scrolls: the suomifi table inside it is as wide as its content and is no region of its own.
      expect(await page.locator('.fi-table[role=region], .fi-table[tabindex]').count()).toBe(0);
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
      // A desktop screen (1,280 px): the audit trail fits, each field change a line of its own, wrapping in its cell
      // (the creation lists every field given); the box is a plain box again, no tab stop, and still no violation.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForFunction(() => [...document.querySelectorAll('[data-scroll-region]')].every((element) => element.scrollWidth <= element.clientWidth));
      // The box had the focus: it keeps it (and stays a named region) until the focus moves on, then is a plain box.
      expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await box.getAttribute('tabindex')).toBe('0');
      await page.keyboard.press('Tab');
      expect(await box.evaluate((element) => element === document.activeElement)).toBe(false);
      await page.waitForFunction((element) => element !== null && !element.hasAttribute('tabindex'), await box.elementHandle());
      expect(await box.getAttribute('tabindex')).toBeNull();
      expect(await box.getAttribute('role')).toBeNull();
      const created = auditTable.getByRole('row').filter({ hasText: 'Created' });
      for (const line of ['name: — → "Kylätoiminta ry"', 'nameSv: — → "Byaverksamhet rf"']) {
        const change = created.getByText(line, { exact: true });
        await expectVisible(change);
        const edge = await change.evaluate((element) => element.getBoundingClientRect().right);
        expect(edge).toBeLessThanOrEqual(1280);
      }
      expect(await ConsoleHarness.seriousViolations(page)).toEqual([]);
    });

    it('has no serious or critical axe-core violation on any page', async () => {
      const page = await open();
      const pages: Record<string, string[]> = {};
      await page.goto(harness.url());
      await page.getByLabel('Access token').waitFor();
      pages['sign-in'] = await ConsoleHarness.seriousViolations(page);
      await page.getByLabel('Access token').fill('invalid');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'not valid' }).first().waitFor();
      pages['sign-in with an error'] = await ConsoleHarness.seriousViolations(page);
      await harness.signIn(page, Role.ADMIN);
      pages['home'] = await ConsoleHarness.seriousViolations(page);
      await page.goto(harness.url('/organisations'));
      await page.getByRole('table', { name: 'Organisations' }).getByRole('link').first().waitFor();
      pages['organisations'] = await ConsoleHarness.seriousViolations(page);
      await ConsoleHarness.screenshot(page, 'organisations');
      await page.goto(harness.url(`/organisations/${target.id}`));
      await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
      pages['organisation'] = await ConsoleHarness.seriousViolations(page);
      await ConsoleHarness.screenshot(page, 'organisation');
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByLabel('Business ID', { exact: true }).fill('1234567-8');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('valid check digit').waitFor();
      pages['organisation edit with errors'] = await ConsoleHarness.seriousViolations(page);
      await page.goto(harness.url('/organisations/new'));
      await page.getByLabel('Name', { exact: true }).waitFor();
      pages['new organisation'] = await ConsoleHarness.seriousViolations(page);
      await page.goto(harness.url('/contacts'));
      await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
      pages['contacts'] = await ConsoleHarness.seriousViolations(page);
      // The other list pages (each flow's own test checks the detail pages and dialogs it opens).
      for (const [name, path, table] of [
        ['stakeholder groups', '/groups', 'Stakeholder groups'],
        ['consultations', '/consultations', 'Consultations'],
        ['facilitators', '/facilitators', 'Facilitators'],
        ['duplicates', '/duplicates', null],
        ['import', '/import', null],
        ['coverage heatmap', '/coverage', null],
      ] as const) {
        await page.goto(harness.url(path));
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (table) await page.getByRole('table', { name: table }).locator('tbody tr').first().waitFor();
        pages[name] = await ConsoleHarness.seriousViolations(page);
      }
      process.stdout.write(
        `axe-core, serious or critical violations per page: ${JSON.stringify(Object.fromEntries(Object.entries(pages).map(([name, found]) => [name, found.length])))}\n`,
      );
      expect(pages).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
    }, 300_000);

    it('makes no request to any host but its own', async () => {
      const page = await open();
      await harness.signIn(page, Role.ADMIN, `/organisations/${target.id}`);
      await page.getByRole('heading', { level: 1, name: 'Kylätoiminta ry' }).waitFor();
      await page.goto(harness.url('/organisations'));
      await page.getByRole('table', { name: 'Organisations' }).getByRole('link').first().waitFor();
      // Every test of this file ran through the same recording (it aborts and records any other host).
      expect(harness.foreignRequests).toEqual([]);
    });

    it("writes the README's screenshots only when one is missing or UPDATE_SCREENSHOTS=1 asks (a run leaves the work tree clean)", () => {
      const existing = join(SCREENSHOTS, 'organisation.png');
      expect(screenshotWanted(existing, {})).toBe(false);
      expect(screenshotWanted(existing, { UPDATE_SCREENSHOTS: '0' })).toBe(false);
      expect(screenshotWanted(existing, { UPDATE_SCREENSHOTS: '1' })).toBe(true);
      expect(screenshotWanted(join(SCREENSHOTS, 'not-taken-yet.png'), {})).toBe(true);
    });

    it('answers the console with its caching and content security policy, and the API keeps its own', async () => {
      const index = await harness.app.http().get(`/admin/organisations/${target.id}`);
      expect(index.status).toBe(200);
      expect(index.headers['cache-control']).toBe('no-cache');
      expect(index.text).toContain('<div id="root">');
      const policy = index.headers['content-security-policy'];
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).not.toMatch(/https?:|\*/);
      const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(index.text)![1];
      const asset = await harness.app.http().get(script);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect((await harness.app.http().get('/admin/assets/missing.js')).status).toBe(404);
      expect((await harness.app.http().get('/admin/assets/..%2f..%2fpackage.json')).status).toBe(404);
      const graphql = await harness.app.http().post('/graphql').send({ query: '{ __typename }' });
      expect(graphql.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(graphql.headers['content-security-policy']).not.toContain('nonce');
    });
  });
});

async function expectVisible(locator: ReturnType<Page['getByRole']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

async function expectRowCount(table: ReturnType<Page['getByRole']>, count: number): Promise<void> {
  await table
    .locator('tbody tr')
    .nth(count - 1)
    .waitFor();
  expect(await table.locator('tbody tr').count()).toBe(count);
}

async function expectValue(locator: ReturnType<Page['getByRole']>, value: string): Promise<void> {
  await locator
    .page()
    .waitForFunction(([selectorValue]) => (document.getElementById('organisation-municipality') as HTMLInputElement | null)?.value === selectorValue, [value]);
  expect(await locator.inputValue()).toBe(value);
}

/** The field is marked invalid and its description (aria-describedby) holds the message. */
async function expectFieldError(page: Page, label: string, message: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await page.getByText(message).first().waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
  const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(descriptions.join(' ')).toContain(message);
}

async function expectFocused(page: Page, id: string): Promise<void> {
  await page.waitForFunction((expected) => document.activeElement?.id === expected, id);
}

/** Presses Tab until the focused element matches (at most 80 times). */
async function tabTo(page: Page, matches: (element: Element) => boolean): Promise<void> {
  const test = matches.toString();
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((source) => {
      const element = document.activeElement;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return element !== null && (new Function(`return (${source})`)() as (element: Element) => boolean)(element);
    }, test);
    if (found) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
