import { useState } from 'react';
import { Button, FileInput, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, Table } from 'suomifi-ui-components';
import { useMutation } from 'urql';
import { Bar, Details, Section } from '../components/layout-parts.js';
import { ScrollRegion } from '../components/scroll-region.js';
import type { ImportOrganisationsMutation as ImportResultOf } from '../graphql/generated/graphql.js';
import { ImportContactsMutation, ImportOrganisationsMutation } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { usePermissions } from '../session/session.js';

type Kind = 'organisations' | 'contacts';
type ImportResult = ImportResultOf['importOrganisations'];

/** /admin/import (ADMIN): organisations or contacts from a CSV file; "Check" is the dry run, "Import" is enabled only after a clean check of the same file. */
export default function ImportPage() {
  const { t } = useI18n();
  const { isAdmin } = usePermissions();
  const [kind, setKind] = useState<Kind>('organisations');
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failed, setFailed] = useState(false);
  const [, importOrganisations] = useMutation(ImportOrganisationsMutation);
  const [, importContacts] = useMutation(ImportContactsMutation);
  if (!isAdmin) return <Paragraph>{t.forbidden}</Paragraph>;
  const i = t.importing;

  const send = async (dryRun: boolean) => {
    if (csv === null) return;
    setFailed(false);
    const answer =
      kind === 'organisations'
        ? await importOrganisations({ csv, dryRun }).then((response) => ({ error: response.error, data: response.data?.importOrganisations }))
        : await importContacts({ csv, dryRun }).then((response) => ({ error: response.error, data: response.data?.importContacts }));
    if (answer.error || !answer.data) {
      setFailed(true);
      setResult(null);
      return;
    }
    setResult(answer.data);
  };
  const cleanCheck = result !== null && result.dryRun && result.errors.length === 0;

  return (
    <>
      <Heading variant="h1">{i.heading}</Heading>
      <Paragraph>{i.hint}</Paragraph>
      <Section>
        <RadioButtonGroup
          labelText={i.kind}
          name="kind"
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            setResult(null);
          }}
        >
          <RadioButton value="organisations">{i.organisations}</RadioButton>
          <RadioButton value="contacts">{i.contacts}</RadioButton>
        </RadioButtonGroup>
      </Section>
      <Section>
        <FileInput
          labelText={i.file}
          inputButtonText={i.chooseFile}
          dragAreaText={i.dragArea}
          removeFileText={i.removeFile}
          addedFileAriaText={i.addedFile}
          accept=".csv,text/csv,text/plain"
          onChange={(files: FileList) => {
            setResult(null);
            const file = files.item(0);
            if (!file) return setCsv(null);
            void file.text().then(setCsv);
          }}
        />
      </Section>
      <Bar>
        <Button disabled={csv === null} onClick={() => void send(true)}>
          {i.check}
        </Button>
        <Button variant="secondary" disabled={!cleanCheck} onClick={() => void send(false)}>
          {i.run}
        </Button>
      </Bar>
      {failed && (
        <InlineAlert status="error" role="alert">
          {t.requestFailed}
        </InlineAlert>
      )}
      {result && (
        <Section aria-labelledby="import-result" role="status">
          <Heading variant="h2" id="import-result">
            {result.dryRun ? i.checked : i.imported}
          </Heading>
          <Details>
            <dt>{i.rows}</dt>
            <dd>{result.rows}</dd>
            <dt>{i.created}</dt>
            <dd>{result.created}</dd>
            <dt>{i.updated}</dt>
            <dd>{result.updated}</dd>
            <dt>{i.skipped}</dt>
            <dd>{result.skipped}</dd>
          </Details>
          {result.errors.length === 0 ? (
            result.dryRun && <Paragraph>{i.clean}</Paragraph>
          ) : (
            <>
              <Heading variant="h3" id="import-errors">
                {i.errors}
              </Heading>
              <ScrollRegion labelledBy="import-errors">
                <Table
                  aria-labelledby="import-errors"
                  condensed
                  columns={
                    [
                      { key: 'line', labelText: i.line, textAlign: 'right' },
                      { key: 'field', labelText: i.field },
                      { key: 'message', labelText: i.message },
                    ] as const
                  }
                  data={result.errors.map((error, index) => ({
                    id: String(index),
                    line: String(error.line),
                    field: error.field ?? '—',
                    message: error.message,
                  }))}
                />
              </ScrollRegion>
            </>
          )}
        </Section>
      )}
    </>
  );
}
