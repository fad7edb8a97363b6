import { useEffect, useRef, useState, type FormEvent } from 'react';
import styled from 'styled-components';
import { Alert, Button, Checkbox, CheckboxGroup, Dropdown, DropdownItem, TextInput, Textarea } from 'suomifi-ui-components';
import type { CombinedError } from 'urql';
import { useQuery } from 'urql';
import { LANGUAGES, ORGANISATION_TYPES } from '../components/organisation-enums.js';
import { errorCode } from '../graphql/client.js';
import { OrganisationFilterOptionsQuery } from '../graphql/operations.js';
import { useI18n } from '../i18n/i18n.js';
import { checkOrganisation, type FieldErrors, type OrganisationField, type OrganisationFormValues } from './organisation-checks.js';

const Fields = styled.div`
  display: flex;
  flex-direction: column;
  gap: 20px;
  max-width: 640px;
  margin: 16px 0;
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
`;

type TextField = 'name' | 'nameSv' | 'nameEn' | 'businessId' | 'municipality' | 'website' | 'email';
const LATER_TEXT_FIELDS = ['municipality', 'website', 'email'] as const;

export type SaveOutcome = { ok: true } | { ok: false; error: CombinedError };

interface Props {
  initial: OrganisationFormValues;
  submitLabel: string;
  onSubmit: (values: OrganisationFormValues) => Promise<SaveOutcome>;
  onCancel?: () => void;
  /** Offered in the alert of a stale version (CONFLICT). */
  onReload?: () => void;
  /** Whether a CONFLICT answer means that the record changed meanwhile (else it is a taken business ID). */
  isStale?: () => Promise<boolean>;
}

/** Server field errors (`extensions.fields`) by field of the form; what matches no field stays general. */
function serverFieldErrors(error: CombinedError): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const graphQLError of error.graphQLErrors) {
    const extensions = graphQLError.extensions as { fields?: { path: string; message: string }[] };
    for (const field of extensions.fields ?? []) {
      const name = field.path.split('.')[0] as OrganisationField;
      if (name in emptyOrganisationValues()) fields[name] = fields[name] ? `${fields[name]}; ${field.message}` : field.message;
      else general.push(`${field.path}: ${field.message}`);
    }
    if (!extensions.fields) general.push(graphQLError.message);
  }
  return { fields, general };
}

export function emptyOrganisationValues(): OrganisationFormValues {
  return { name: '', nameSv: '', nameEn: '', businessId: '', type: '', languages: [], municipality: '', website: '', email: '', notes: '', policyAreaIds: [] };
}

/** The organisation form of "Edit" and "New organisation": labelled fields, client checks, server errors at their fields. */
export function OrganisationForm({ initial, submitLabel, onSubmit, onCancel, onReload, isStale }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [{ data: options }] = useQuery({ query: OrganisationFilterOptionsQuery });
  const firstField = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const set = <K extends OrganisationField>(field: K, value: OrganisationFormValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  const focusFirstError = (found: FieldErrors) => {
    const first = (Object.keys(emptyOrganisationValues()) as OrganisationField[]).find((field) => found[field]);
    if (first) document.getElementById(`organisation-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setConflict(false);
    setGeneral([]);
    const found = checkOrganisation(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    setBusy(true);
    const outcome = await onSubmit(values);
    setBusy(false);
    if (outcome.ok) return;
    const code = errorCode(outcome.error);
    if (code === 'CONFLICT') {
      if (isStale && (await isStale())) {
        setConflict(true);
        setTimeout(() => alertRef.current?.focus(), 0);
        return;
      }
      // The other CONFLICT of an organisation: its business ID belongs to another organisation.
      const message = outcome.error.graphQLErrors[0]?.message ?? t.requestFailed;
      setErrors({ businessId: message });
      focusFirstError({ businessId: message });
      return;
    }
    const server = serverFieldErrors(outcome.error);
    setErrors(server.fields);
    setGeneral(server.general.length > 0 || Object.keys(server.fields).length > 0 ? server.general : [t.requestFailed]);
    focusFirstError(server.fields);
  };

  const textInput = (field: TextField, ref?: typeof firstField) => (
    <TextInput
      key={field}
      id={`organisation-${field}`}
      ref={ref}
      labelText={t.organisation.fields[field]}
      type={field === 'email' ? 'email' : field === 'website' ? 'url' : 'text'}
      fullWidth
      value={values[field]}
      onChange={(value) => set(field, String(value ?? ''))}
      status={errors[field] ? 'error' : 'default'}
      statusText={errors[field]}
      statusTextAriaLiveMode="off"
    />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {conflict && (
        <div ref={alertRef} tabIndex={-1}>
          <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setConflict(false)}>
            {t.organisation.conflict}{' '}
            {onReload && (
              <Button variant="secondaryNoBorder" onClick={onReload}>
                {t.organisation.reload}
              </Button>
            )}
          </Alert>
        </div>
      )}
      {general.length > 0 && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setGeneral([])}>
          {general.join(' ')}
        </Alert>
      )}
      <Fields>
        {textInput('name', firstField)}
        {textInput('nameSv')}
        {textInput('nameEn')}
        {textInput('businessId')}
        <Dropdown
          id="organisation-type"
          labelText={t.organisation.fields.type}
          value={values.type === '' ? null : values.type}
          visualPlaceholder="—"
          onChange={(value) => set('type', value)}
          status={errors.type ? 'error' : 'default'}
          statusText={errors.type}
        >
          {ORGANISATION_TYPES.map((value) => (
            <DropdownItem key={value} value={value}>
              {t.organisationTypes[value]}
            </DropdownItem>
          ))}
        </Dropdown>
        <CheckboxGroup labelText={t.organisation.fields.languages} groupStatus={errors.languages ? 'error' : 'default'} groupStatusText={errors.languages}>
          {LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              checked={values.languages.includes(language)}
              onClick={({ checkboxState }) =>
                set('languages', checkboxState ? [...values.languages, language] : values.languages.filter((item) => item !== language))
              }
            >
              {t.languages[language]}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {LATER_TEXT_FIELDS.map((field) => textInput(field))}
        <Textarea
          id="organisation-notes"
          labelText={t.organisation.fields.notes}
          fullWidth
          value={values.notes}
          onChange={(event) => set('notes', event.target.value)}
          status={errors.notes ? 'error' : 'default'}
          statusText={errors.notes}
        />
        <CheckboxGroup
          labelText={t.organisation.fields.policyAreas}
          groupStatus={errors.policyAreaIds ? 'error' : 'default'}
          groupStatusText={errors.policyAreaIds}
        >
          {(options?.policyAreas ?? []).map((area) => (
            <Checkbox
              key={area.id}
              checked={values.policyAreaIds.includes(area.id)}
              onClick={({ checkboxState }) =>
                set('policyAreaIds', checkboxState ? [...values.policyAreaIds, area.id] : values.policyAreaIds.filter((item) => item !== area.id))
              }
            >
              {area.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
      </Fields>
      <Buttons>
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        )}
      </Buttons>
    </form>
  );
}
