import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { businessIdCheckDigit } from '@sidos/common';
import {
  ContactExportService,
  ContactImportService,
  type ImportResult as ImportAnswer,
  OrganisationExportService,
  OrganisationImportService,
  parseTransferCommand,
  runTransferCommand,
} from '@sidos/transfer';
import { TransferCliModule } from '../apps/api/src/transfer-cli.module.js';
import { TestServices } from './support/test-services.js';
import { type Claims, createContact, createOrganisation, createPolicyArea, viewer } from './support/service-factories.js';

const REGISTER_TABLES = [
  'policy_area',
  'organisation',
  'organisation_policy_area',
  'contact',
  'affiliation',
  'stakeholder_group',
  'group_organisation',
  'group_contact',
  'audit_event',
];
const ORGANISATION_HEADER = 'name;nameSv;nameEn;businessId;type;languages;municipality;website;email;notes;policyAreaCodes';
/** The export writes the engagement-preference columns too (issue 16). */
const PREFERENCE_HEADER =
  'preferredMethods;preferredModes;preferredLanguages;preferredPolicyAreaCodes;accessibilityNeeds;maxInvitationsPerQuarter;preferenceNotes';
const ORGANISATION_EXPORT_HEADER = `${ORGANISATION_HEADER};${PREFERENCE_HEADER}`;
/** Rows of the CLI test: IMPORT_ROWS=100000 measures the issue's 100,000-row import. */
const CLI_ROWS = Number(process.env.IMPORT_ROWS ?? 5_000);

interface ImportResult {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  errors: { line: number; field: string | null; message: string }[];
}

/** Checksum-valid business IDs from a seven-digit start, in order (those with r = 1 do not exist and are passed over). */
function businessIds(count: number, start: number): string[] {
  const ids: string[] = [];
  for (let number = start; ids.length < count; number += 1) {
    const digits = String(number).padStart(7, '0');
    const check = businessIdCheckDigit(digits);
    if (check !== null) ids.push(`${digits}-${check}`);
  }
  return ids;
}

const vatForm = (businessId: string) => `FI${businessId.replace('-', '')}`;
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** What the tests read of an import's answer (the fields the API answers them). */
function resultOf({ dryRun, committed, rows, created, updated, skipped, errors }: ImportAnswer): ImportResult {
  return { dryRun, committed, rows, created, updated, skipped, errors: errors.map(({ line, field, message }) => ({ line, field, message })) };
}

/**
 * CSV import and export of the register: dry runs, all-or-nothing real runs, upserts, audit, concurrency, the
 * CLI (service tier; transfer-api.e2e-spec.ts has the ADMIN role and the dry run by default).
 */
describe('CSV import and export', () => {
  let app: TestServices;
  const importOrganisations = async (text: string, dryRun: boolean, claims: Claims = {}) =>
    resultOf(await app.mutate(() => app.get(OrganisationImportService).import(viewer(claims), text, dryRun)));
  const importContacts = async (text: string, dryRun: boolean) =>
    resultOf(await app.mutate(() => app.get(ContactImportService).import(viewer(), text, dryRun)));
  const fingerprint = async () => {
    const parts = await Promise.all(
      REGISTER_TABLES.map((table) =>
        app.sql<{ hash: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${table}" t`),
      ),
    );
    return parts.map((rows) => rows[0].hash).join(',');
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ count: string }>(sql, params))[0].count);
  const auditCount = (entityType: string) => count('select count(*) as count from audit_event where entity_type = ?', [entityType]);
  let nextStart = 100_000;
  const freshBusinessIds = (n: number) => {
    const ids = businessIds(n, nextStart);
    nextStart += n * 2;
    return ids;
  };

  beforeAll(async () => {
    app = await TestServices.start();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('dry runs write nothing and tell what a real run would do', async () => {
    const [stored, fresh] = freshBusinessIds(2);
    const organisation = await createOrganisation(app, { name: 'Kuivaharjoitus ry', businessId: stored });
    await createContact(app, { email: 'kuiva@example.fi' });
    const before = await fingerprint();
    const organisations = await importOrganisations(
      csv(
        ORGANISATION_HEADER,
        `Kuivaharjoitus ry;Torrövning rf;;${stored};ASSOCIATION;FI|SV;Oulu;;;;`,
        `Uusi yhdistys ry;;;${fresh};ASSOCIATION;FI;;;;;`,
        'Ilman tunnusta ry;;;;FOUNDATION;;;;;;',
      ),
      true,
    );
    expect(organisations).toEqual({ dryRun: true, committed: false, rows: 3, created: 2, updated: 1, skipped: 0, errors: [] });
    const contacts = await importContacts(
      csv(
        'firstName;lastName;email;lawfulBasis;organisationBusinessId;role',
        `Kuiva;Harjoittelija;KUIVA@example.fi;PUBLIC_TASK;${stored};Jäsen`,
        'Uusi;Henkilö;uusi@example.fi;CONSENT;;',
      ),
      true,
    );
    expect(contacts).toMatchObject({ dryRun: true, committed: false, rows: 2, created: 0, updated: 1, skipped: 0 });
    expect(contacts.errors).toEqual([{ line: 3, field: 'consentAt', message: expect.stringContaining('is required when lawfulBasis is CONSENT') }]);
    expect(await fingerprint()).toBe(before);
    expect(organisation.id).toBeTruthy();
  });

  it('writes nothing when one row is bad, and names its line and column', async () => {
    const ids = freshBusinessIds(4);
    const before = await fingerprint();
    const text = csv(
      'Nimi;Y-tunnus;Tyyppi;Verkkosivut',
      `Ensimmäinen ry;${ids[0]};ASSOCIATION;https://yksi.example.fi`,
      `Toinen ry;${ids[1]};ASSOCIATION;`,
      `Kolmas ry;${ids[2].slice(0, -1)}${(Number(ids[2].slice(-1)) + 1) % 10};ASSOCIATION;`,
      `Neljäs ry;${ids[3]};ASSOCIATION;`,
    );
    const result = await importOrganisations(text, false);
    expect(result).toMatchObject({ dryRun: false, committed: false, rows: 4, created: 3 });
    expect(result.errors).toEqual([{ line: 4, field: 'Y-tunnus', message: 'must be a Finnish business ID "NNNNNNN-C" with a valid check digit' }]);
    expect(await fingerprint()).toBe(before);

    const several = await importOrganisations(
      csv(
        'name;type;website;email',
        ';ASSOCIATION;;',
        'Hyvä ry;ASSOCIATION;;',
        'Huono ry;NOT_A_TYPE;ftp://x.example;not-an-email',
        '"Monirivinen\nnimi ry";ASSOCIATION;;x@',
        'Viimeinen ry;COMPANY;;',
      ),
      false,
    );
    expect(several.errors).toEqual([
      { line: 2, field: 'name', message: 'should not be empty' },
      { line: 4, field: 'type', message: expect.stringContaining('must be one of the following values') },
      { line: 4, field: 'website', message: 'must be an http(s) URL' },
      { line: 4, field: 'email', message: 'must be an email address' },
      // a quoted field spanning lines 5–6 is reported at the line its record starts on
      { line: 5, field: 'email', message: 'must be an email address' },
    ]);
    expect(several).toMatchObject({ committed: false, rows: 5, created: 2 });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses unknown, repeated and missing columns at the header line, and malformed records at theirs', async () => {
    const unknown = await importOrganisations(csv('name;type;bussinesId', 'X ry;ASSOCIATION;0112038-9'), false);
    expect(unknown).toMatchObject({ committed: false, rows: 1, created: 0 });
    expect(unknown.errors).toEqual([{ line: 1, field: 'bussinesId', message: expect.stringContaining('is not a column of this import') }]);
    const repeated = await importOrganisations(csv('nimi;name', 'X;Y'), true);
    expect(repeated.errors).toEqual([
      { line: 1, field: 'name', message: 'names the column name again (column 1 is name too)' },
      { line: 1, field: 'type', message: 'is a required column: add it to the header' },
    ]);
    expect((await importOrganisations('', true)).errors).toEqual([{ line: 1, field: null, message: expect.stringContaining('empty') }]);
    const malformed = await importOrganisations(
      csv('name;type', '"Suljettu"ry;ASSOCIATION', 'Liikaa;ASSOCIATION;arvo', 'Hyvä;ASSOCIATION;', '"Ei suljettu;ASSOCIATION'),
      true,
    );
    expect(malformed.errors.map((error) => [error.line, error.field])).toEqual([
      [2, null],
      [3, null],
      [5, null],
    ]);
    expect(malformed.created).toBe(1);
  });

  it('creates, updates and skips, upserting by business ID (also in VAT form), with an audit event per written record', async () => {
    const area = await createPolicyArea(app, { code: 'tuonti-alue' });
    const [updated, unchanged, created, vat] = freshBusinessIds(4);
    const toUpdate = await createOrganisation(app, { name: 'Päivitettävä ry', businessId: updated, languages: ['FI'], municipality: 'Oulu' });
    const toSkip = await createOrganisation(app, {
      name: 'Ennallaan ry',
      businessId: unchanged,
      type: 'FOUNDATION',
      languages: ['SV', 'FI'],
      policyAreaIds: [area.id],
    });
    await createOrganisation(app, { name: 'Nimellä löytyvä ry' });
    const organisationEvents = await auditCount('Organisation');

    const text = csv(
      ORGANISATION_HEADER,
      `Päivitetty ry;Uppdaterad rf;;${vatForm(updated)};ASSOCIATION;fi sv;Oulu;https://paivitetty.example.fi;;;TUONTI-ALUE`,
      `Ennallaan ry;;;${unchanged.replace(/^0/, '')};FOUNDATION;FI|SV;;;;;tuonti-alue`,
      `Uusi säätiö sr;Ny stiftelse sr;New foundation;${created};foundation;FI|SV|EN;Äänekoski;https://saatio.example.fi;info@saatio.example.fi;Hyvä kumppani;tuonti-alue`,
      `Ålands Sámi ry;;;${vatForm(vat)};ASSOCIATION;SE|SMN|SMS;Inari;;;;`,
      'Nimellä löytyvä ry;;;;COMPANY;;;;;;',
    );
    const result = await importOrganisations(text, false);
    expect(result).toEqual({ dryRun: false, committed: true, rows: 5, created: 2, updated: 1, skipped: 2, errors: [] });

    const [row] = await app.sql<Record<string, unknown>>('select * from organisation where id = ?', [toUpdate.id]);
    expect(row).toMatchObject({
      name: 'Päivitetty ry',
      name_sv: 'Uppdaterad rf',
      business_id: updated,
      languages: ['FI', 'SV'],
      website: 'https://paivitetty.example.fi',
      version: 2,
    });
    expect((await app.sql('select * from organisation where id = ?', [toSkip.id]))[0]).toMatchObject({ version: 1 });
    expect(await count('select count(*) as count from organisation where business_id = ?', [vat])).toBe(1);
    const [fresh] = await app.sql<Record<string, unknown>>('select * from organisation where business_id = ?', [created]);
    expect(fresh).toMatchObject({
      name: 'Uusi säätiö sr',
      name_en: 'New foundation',
      type: 'FOUNDATION',
      municipality: 'Äänekoski',
      version: 1,
      archived: false,
    });
    expect(await count('select count(*) as count from organisation_policy_area where organisation_id in (?, ?)', [fresh.id, toUpdate.id])).toBe(2);
    expect(await count("select count(*) as count from organisation where name = 'Nimellä löytyvä ry'")).toBe(1);

    // one event per created or updated record, none for skipped rows, in the format the services write
    expect(await auditCount('Organisation')).toBe(organisationEvents + 3);
    const [update] = await app.sql<{ actor: string; action: string; changes: unknown }>(
      'select actor, action, changes from audit_event where entity_id = ? order by id desc limit 1',
      [toUpdate.id],
    );
    expect(update).toEqual({
      actor: 'test-user',
      action: 'UPDATE',
      changes: [
        { field: 'name', from: '"Päivitettävä ry"', to: '"Päivitetty ry"' },
        { field: 'nameSv', from: null, to: '"Uppdaterad rf"' },
        { field: 'website', from: null, to: '"https://paivitetty.example.fi"' },
        { field: 'languages', from: '["FI"]', to: '["FI","SV"]' },
        { field: 'policyAreaIds', from: '[]', to: JSON.stringify([area.id]) },
      ],
    });
    const viaService = await createOrganisation(app, {
      name: 'Uusi säätiö sr',
      nameSv: 'Ny stiftelse sr',
      nameEn: 'New foundation',
      type: 'FOUNDATION',
      languages: ['FI', 'SV', 'EN'],
      municipality: 'Äänekoski',
      website: 'https://saatio.example.fi',
      email: 'info@saatio.example.fi',
      notes: 'Hyvä kumppani',
      policyAreaIds: [area.id],
    });
    const changesOf = async (id: string) =>
      (await app.sql<{ changes: { field: string }[] }>('select changes from audit_event where entity_id = ? order by id', [id]))[0].changes;
    const imported = await changesOf(String(fresh.id));
    expect(imported.filter((change) => change.field !== 'businessId')).toEqual(await changesOf(viaService.id));
    expect(imported).toContainEqual({ field: 'businessId', from: null, to: JSON.stringify(created) });
  });

  it('refuses a business ID repeated in the file, at the later line, and a name without business ID twice', async () => {
    const [id] = freshBusinessIds(1);
    const result = await importOrganisations(
      csv('name;businessId;type', `Eka;${id};COMPANY`, `Toka;${vatForm(id)};COMPANY`, 'Sama nimi;;COMPANY', 'Sama nimi;;COMPANY'),
      true,
    );
    expect(result.errors).toEqual([
      { line: 3, field: 'businessId', message: `repeats the business ID ${id} of line 2` },
      { line: 5, field: 'name', message: expect.stringContaining('repeats the name of line 4') },
    ]);
  });

  it('upserts contacts by email, case-insensitively, and affiliates them by organisationBusinessId', async () => {
    const [first, second] = freshBusinessIds(2);
    const organisation = await createOrganisation(app, { name: 'Yhteystietojen ry', businessId: first });
    const other = await createOrganisation(app, { name: 'Toinen järjestö ry', businessId: second });
    const existing = await createContact(app, {
      firstName: 'Aino',
      lastName: 'Virtanen',
      email: 'aino.virtanen@example.fi',
      affiliations: [{ organisationId: organisation.id, role: 'Jäsen', primary: true }],
    });
    await createContact(app, { firstName: 'Nimetön', lastName: 'Sähköpostiton' });
    const contactEvents = await auditCount('Contact');
    const text = csv(
      'etunimi;sukunimi;sähköposti;puhelin;kielet;käsittelyperuste;suostumus;organisaation y-tunnus;rooli',
      `Aino;Virtanen;AINO.VIRTANEN@example.fi;+358 40 1234567;FI;PUBLIC_TASK;;${vatForm(first)};Puheenjohtaja`,
      `Áigin;Saba;aigin.saba@example.fi;;SE|FI;consent;2026-01-31;${second};Asiantuntija`,
      'Nimetön;Sähköpostiton;;;;PUBLIC_TASK;;;',
      `Uusi;Ilman sähköpostia;;;;LEGITIMATE_INTEREST;;${second};`,
    );
    const result = await importContacts(text, false);
    expect(result).toEqual({ dryRun: false, committed: true, rows: 4, created: 2, updated: 1, skipped: 1, errors: [] });
    const affiliations = await app.sql<{ organisation_id: string; role: string; primary: boolean }>(
      'select organisation_id, role, "primary" from affiliation where contact_id = ?',
      [existing.id],
    );
    expect(affiliations).toEqual([{ organisation_id: organisation.id, role: 'Puheenjohtaja', primary: true }]);
    const [sami] = await app.sql<Record<string, unknown>>(
      "select *, consent_at = '2026-01-31T00:00:00Z' as consent_as_written from contact where email = 'aigin.saba@example.fi'",
    );
    expect(sami).toMatchObject({ first_name: 'Áigin', lawful_basis: 'CONSENT', languages: ['SE', 'FI'], consent_as_written: true });
    expect(await app.sql('select organisation_id, role from affiliation where contact_id = ?', [sami.id])).toEqual([
      { organisation_id: other.id, role: 'Asiantuntija' },
    ]);
    expect(await count("select count(*) as count from contact where first_name = 'Nimetön'")).toBe(1);
    expect(await auditCount('Contact')).toBe(contactEvents + 3);
    const [update] = await app.sql<{ changes: unknown }>('select changes from audit_event where entity_id = ? order by id desc limit 1', [existing.id]);
    expect(update.changes).toEqual([
      { field: 'email', from: '"aino.virtanen@example.fi"', to: '"AINO.VIRTANEN@example.fi"' },
      { field: 'phone', from: null, to: '"+358 40 1234567"' },
      { field: 'languages', from: '[]', to: '["FI"]' },
      { field: 'affiliations', from: expect.stringContaining('"role":"Jäsen"'), to: expect.stringContaining('"role":"Puheenjohtaja"') },
    ]);

    const again = await importContacts(text, true);
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 4, errors: [] });
    const bad = await importContacts(
      csv(
        'firstName;lastName;email;lawfulBasis;organisationBusinessId;role',
        'A;B;a@b.fi;PUBLIC_TASK;0112038-9;',
        'C;D;;PUBLIC_TASK;;Rooli',
        'E;F;A@B.FI;PUBLIC_TASK;;',
      ),
      false,
    );
    expect(bad.errors).toEqual([
      { line: 2, field: 'organisationBusinessId', message: 'names no organisation (no organisation has the business ID 0112038-9)' },
      { line: 3, field: 'role', message: 'needs organisationBusinessId: a role is held in an organisation' },
      { line: 4, field: 'email', message: 'repeats the email of line 2' },
    ]);
  });

  it('reads ";" and "," files alike, and keeps Finnish and Sámi letters through an export and re-import', async () => {
    const [semicolon, comma] = freshBusinessIds(2);
    const semicolonFile = `\uFEFF${csv('name;nameSv;businessId;type;municipality;notes', `Sámediggi – Saamelaiskäräjät;Sametinget;${semicolon};GOVERNMENT_AGENCY;Inari;"Anár; Ánar, Aanaar"`)}`;
    const commaFile = csv(
      'name,nameSv,businessId,type,municipality,notes',
      `"Åbo Akademi, Turku",Åbo Akademi,${comma},RESEARCH_ORGANISATION,Turku,"Čeavetjávri ""Ŋ"" ŧ đ ž"`,
    );
    expect(await importOrganisations(semicolonFile, false)).toMatchObject({ committed: true, created: 1, errors: [] });
    expect(await importOrganisations(commaFile, false)).toMatchObject({ committed: true, created: 1, errors: [] });
    expect((await app.sql('select name, notes from organisation where business_id = ?', [comma]))[0]).toEqual({
      name: 'Åbo Akademi, Turku',
      notes: 'Čeavetjávri "Ŋ" ŧ đ ž',
    });

    const exported = await app.run(() => app.get(OrganisationExportService).exportText());
    expect(exported.startsWith(`\uFEFF${ORGANISATION_EXPORT_HEADER}\r\n`)).toBe(true);
    expect(exported).toContain(`Sámediggi – Saamelaiskäräjät;Sametinget;;${semicolon};GOVERNMENT_AGENCY;;Inari;;;"Anár; Ánar, Aanaar";`);
    const organisations = await count('select count(*) as count from organisation where not archived');
    expect(await importOrganisations(exported, true)).toEqual({
      dryRun: true,
      committed: false,
      rows: organisations,
      created: 0,
      updated: 0,
      skipped: organisations,
      errors: [],
    });

    const exportedContacts = await app.run(() => app.get(ContactExportService).exportText());
    expect(
      exportedContacts.startsWith(
        `\uFEFFfirstName;lastName;email;phone;title;languages;lawfulBasis;consentAt;organisationBusinessId;role;${PREFERENCE_HEADER}\r\n`,
      ),
    ).toBe(true);
    expect(exportedContacts).toContain('Áigin;Saba;aigin.saba@example.fi;;;SE|FI;CONSENT;2026-01-31T00:00:00.000Z;');
    expect(exportedContacts).toContain("'+358 40 1234567");
    const contacts = await count('select count(*) as count from contact where not erased');
    expect(await importContacts(exportedContacts, true)).toEqual({
      dryRun: true,
      committed: false,
      rows: contacts,
      created: 0,
      updated: 0,
      skipped: contacts,
      errors: [],
    });
  });

  it('stores every record of two concurrent, overlapping imports once', async () => {
    const ids = freshBusinessIds(300);
    const file = (slice: string[], label: string) => csv('name;businessId;type', ...slice.map((id) => `Rinnakkainen ${id} ${label};${id};COMPANY`));
    const [a, b] = await Promise.all([importOrganisations(file(ids.slice(0, 200), 'A'), false), importOrganisations(file(ids.slice(100), 'B'), false)]);
    expect(a).toMatchObject({ committed: true, errors: [] });
    expect(b).toMatchObject({ committed: true, errors: [] });
    expect(a.created + b.created).toBe(300);
    expect(a.updated + b.updated).toBe(100);
    const stored = await app.sql<{ business_id: string; count: string }>(
      'select business_id, count(*) as count from organisation where business_id in (select jsonb_array_elements_text(?::jsonb)) group by business_id',
      [JSON.stringify(ids)],
    );
    expect(stored).toHaveLength(300);
    expect(stored.every((row) => Number(row.count) === 1)).toBe(true);
    const events = await count(
      "select count(*) as count from audit_event where entity_type = 'Organisation' and action = 'CREATE' and entity_id in (select id::text from organisation where business_id in (select jsonb_array_elements_text(?::jsonb)))",
      [JSON.stringify(ids)],
    );
    expect(events).toBe(300);
  });

  describe('command line', () => {
    let folder: string;
    let cli: INestApplicationContext;
    const run = async (args: string[]) => {
      const command = parseTransferCommand(args);
      if ('problem' in command) throw new Error(command.problem);
      let out = '';
      let error = '';
      const sink = (append: (text: string) => void) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
      const code = await runTransferCommand(cli, command, { out: sink((text) => (out += text)), error: sink((text) => (error += text)) });
      return { code, out, error };
    };

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'sidos-transfer-'));
      // The CLI's own module, as `npm run import` builds it; on the embedded PostgreSQL, whose four
      // connections the test's pool may hold, the test's context (the same services) stands in for it.
      cli = app.database.embedded
        ? app.context
        : await NestFactory.createApplicationContext(
            TransferCliModule.forRoot({ url: app.database.url, poolMax: 1, sessionOptions: app.config.databaseSessionOptions }),
            { logger: false, abortOnError: false },
          );
    });
    afterAll(async () => {
      if (cli !== app.context) await cli?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('parses its arguments', () => {
      expect(parseTransferCommand(['import', 'organisations', 'a.csv'])).toEqual({ action: 'import', kind: 'organisations', file: 'a.csv', commit: false });
      expect(parseTransferCommand(['import', 'contacts', '--commit', 'a.csv'])).toEqual({ action: 'import', kind: 'contacts', file: 'a.csv', commit: true });
      expect(parseTransferCommand(['export', 'contacts'])).toEqual({ action: 'export', kind: 'contacts', file: null });
      for (const wrong of [
        [],
        ['import'],
        ['import', 'groups', 'a.csv'],
        ['import', 'contacts'],
        ['export', 'contacts', '--commit'],
        ['import', 'contacts', 'a', 'b'],
      ]) {
        expect(parseTransferCommand(wrong)).toEqual({ problem: expect.any(String) });
      }
    });

    it(`imports a generated file of ${CLI_ROWS} organisations: a dry run writes nothing, --commit writes them all, and the export reads back unchanged`, async () => {
      const ids = businessIds(CLI_ROWS, 5_000_000);
      const types = ['ASSOCIATION', 'FOUNDATION', 'COMPANY', 'TRADE_UNION', 'MUNICIPALITY'];
      const lines = ids.map(
        (id, index) =>
          `Järjestö ${index} ry;Förening ${index} rf;Association ${index};${id};${types[index % types.length]};FI|SV;Äänekoski;https://j${index}.example.fi;info${index}@example.fi;"Muistiinpano; ""${index}""";`,
      );
      const file = join(folder, 'organisations.csv');
      writeFileSync(file, `\uFEFF${csv(ORGANISATION_HEADER, ...lines)}`);

      const before = await fingerprint();
      let started = performance.now();
      const dryRun = await run(['import', 'organisations', file]);
      const dryRunSeconds = (performance.now() - started) / 1000;
      expect(dryRun).toMatchObject({ code: 0, error: '' });
      expect(dryRun.out).toContain(`${CLI_ROWS} row(s) would be: ${CLI_ROWS} created, 0 updated, 0 skipped (unchanged), 0 error(s). Nothing was written`);
      expect(await fingerprint()).toBe(before);

      started = performance.now();
      const real = await run(['import', 'organisations', file, '--commit']);
      const realSeconds = (performance.now() - started) / 1000;
      expect(real).toMatchObject({ code: 0, error: '' });
      expect(real.out).toContain(`${CLI_ROWS} row(s): ${CLI_ROWS} created, 0 updated`);
      const actor = `cli:${userInfo().username}`;
      expect(await count("select count(*) as count from organisation where name like 'Järjestö %'")).toBe(CLI_ROWS);
      expect(await count("select count(*) as count from audit_event where actor = ? and action = 'CREATE'", [actor])).toBe(CLI_ROWS);
      process.stdout.write(
        `import of ${CLI_ROWS} organisations (${app.database.embedded ? 'PGlite' : 'PostgreSQL'}): dry run ${dryRunSeconds.toFixed(1)} s, real run ${realSeconds.toFixed(1)} s\n`,
      );

      const exportFile = join(folder, 'export.csv');
      started = performance.now();
      const exported = await run(['export', 'organisations', exportFile]);
      const exportSeconds = (performance.now() - started) / 1000;
      const organisations = await count('select count(*) as count from organisation where not archived');
      expect(exported).toMatchObject({ code: 0, out: expect.stringContaining(`Exported ${organisations} organisations`) });
      const text = readFileSync(exportFile, 'utf8');
      expect(text.startsWith(`\uFEFF${ORGANISATION_EXPORT_HEADER}\r\n`)).toBe(true);
      expect(text).toContain(
        `Järjestö 7 ry;Förening 7 rf;Association 7;${ids[7]};${types[7 % types.length]};FI|SV;Äänekoski;https://j7.example.fi;info7@example.fi;"Muistiinpano; ""7""";;;;;;;;\r\n`,
      );
      const again = await run(['import', 'organisations', exportFile]);
      expect(again.out).toContain(`${organisations} row(s) would be: 0 created, 0 updated, ${organisations} skipped (unchanged), 0 error(s)`);
      process.stdout.write(`export of ${organisations} organisations: ${exportSeconds.toFixed(1)} s\n`);
    });

    it('lists every row error with its line, writes nothing, and refuses files that are not UTF-8', async () => {
      const file = join(folder, 'contacts.csv');
      writeFileSync(file, csv('firstName;lastName;email;lawfulBasis', 'Hyvä;Rivi;hyva@example.fi;PUBLIC_TASK', 'Huono;Rivi;huono@;PUBLIC_TASK', ';Rivi;;NOPE'));
      const before = await fingerprint();
      const result = await run(['import', 'contacts', file, '--commit']);
      expect(result.code).toBe(1);
      expect(result.out).toContain('Nothing was imported');
      expect(result.out).toContain('line 3, email: must be an email address');
      expect(result.out).toContain('line 4, firstName: should not be empty');
      expect(result.out).toContain('line 4, lawfulBasis: must be one of the following values');
      const latin1 = join(folder, 'latin1.csv');
      writeFileSync(latin1, Buffer.from('firstName;lastName;lawfulBasis\r\nJ\xe4rvi;\xd6hman;PUBLIC_TASK\r\n', 'latin1'));
      expect(await run(['import', 'contacts', latin1, '--commit'])).toMatchObject({ code: 1, error: expect.stringContaining('is not UTF-8') });
      expect(await fingerprint()).toBe(before);

      const exportFile = join(folder, 'contacts-export.csv');
      expect((await run(['export', 'contacts', exportFile])).code).toBe(0);
      expect(readFileSync(exportFile, 'utf8').split('\r\n')[0]).toBe(
        `\uFEFFfirstName;lastName;email;phone;title;languages;lawfulBasis;consentAt;organisationBusinessId;role;${PREFERENCE_HEADER}`,
      );
    });
  });
});
