import { useEffect, useRef, useState, type FormEvent } from 'react';
import styled from 'styled-components';
import { Alert, Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import type { CombinedError } from 'urql';
import { errorCode } from '../graphql/client.js';
import type { LawfulBasis } from '../graphql/generated/graphql.js';
import { useI18n } from '../i18n/i18n.js';

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phone: string;
  lawfulBasis: LawfulBasis;
}

type Field = keyof ContactFormValues;
type FieldErrors = Partial<Record<Field, string>>;
const FIELDS: Field[] = ['firstName', 'lastName', 'title', 'email', 'phone', 'lawfulBasis'];
const LAWFUL_BASES: LawfulBasis[] = ['PUBLIC_TASK', 'LEGITIMATE_INTEREST', 'CONSENT'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_LENGTH = 300;

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

interface Props {
  initial: ContactFormValues;
  onSubmit: (values: ContactFormValues) => Promise<{ ok: true } | { ok: false; error: CombinedError }>;
  onCancel: () => void;
  onReload: () => void;
  isStale: () => Promise<boolean>;
}

/** The contact form of "Edit": the server's checks first (required names, email, lengths), server field errors at their fields, the stale-version alert. */
export function ContactForm({ initial, onSubmit, onCancel, onReload, isStale }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const focusFirst = (found: FieldErrors) => {
    const field = FIELDS.find((name) => found[name]);
    if (field) document.getElementById(`contact-${field}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setConflict(false);
    setGeneral(null);
    const found: FieldErrors = {};
    for (const field of ['firstName', 'lastName'] as const) if (values[field].trim() === '') found[field] = t.checks.required;
    for (const field of ['firstName', 'lastName', 'title', 'email', 'phone'] as const) {
      if (!found[field] && values[field].trim().length > MAX_LENGTH) found[field] = t.checks.tooLong(MAX_LENGTH);
    }
    if (!found.email && values.email.trim() !== '' && !EMAIL.test(values.email.trim())) found.email = t.checks.email;
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    setBusy(true);
    const outcome = await onSubmit(values);
    setBusy(false);
    if (outcome.ok) return;
    if (errorCode(outcome.error) === 'CONFLICT' && (await isStale())) {
      setConflict(true);
      return;
    }
    const server: FieldErrors = {};
    for (const graphQLError of outcome.error.graphQLErrors) {
      for (const field of (graphQLError.extensions as { fields?: { path: string; message: string }[] }).fields ?? []) {
        const name = field.path.split('.')[0] as Field;
        if (FIELDS.includes(name)) server[name] = field.message;
      }
    }
    setErrors(server);
    if (Object.keys(server).length === 0) setGeneral(outcome.error.graphQLErrors[0]?.message ?? t.requestFailed);
    focusFirst(server);
  };

  const text = (field: Exclude<Field, 'lawfulBasis'>) => (
    <TextInput
      key={field}
      id={`contact-${field}`}
      ref={field === 'firstName' ? first : undefined}
      labelText={t.contact.fields[field]}
      type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
      fullWidth
      value={values[field]}
      onChange={(value) => setValues({ ...values, [field]: String(value ?? '') })}
      status={errors[field] ? 'error' : 'default'}
      statusText={errors[field]}
      statusTextAriaLiveMode="off"
    />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {conflict && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setConflict(false)}>
          {t.contact.conflict}{' '}
          <Button variant="secondaryNoBorder" onClick={onReload}>
            {t.contact.reload}
          </Button>
        </Alert>
      )}
      {general && (
        <Alert status="error" role="alert" closeText={t.close} onCloseButtonClick={() => setGeneral(null)}>
          {general}
        </Alert>
      )}
      <Fields>
        {text('firstName')}
        {text('lastName')}
        {text('title')}
        {text('email')}
        {text('phone')}
        <Dropdown
          id="contact-lawfulBasis"
          labelText={t.contact.fields.lawfulBasis}
          value={values.lawfulBasis}
          onChange={(value) => setValues({ ...values, lawfulBasis: value })}
        >
          {LAWFUL_BASES.map((basis) => (
            <DropdownItem key={basis} value={basis}>
              {t.lawfulBases[basis]}
            </DropdownItem>
          ))}
        </Dropdown>
      </Fields>
      <Buttons>
        <Button type="submit" disabled={busy}>
          {t.contact.save}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </Buttons>
    </form>
  );
}
