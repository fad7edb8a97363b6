import { Heading, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.js';

type Section = 'import';

/** A section of the console still to be built: says so instead of pretending. */
export default function NotYetPage({ section }: { section: Section }) {
  const { t } = useI18n();
  return (
    <>
      <Heading variant="h1">{t.nav[section]}</Heading>
      <Paragraph>{t.notYet.text}</Paragraph>
    </>
  );
}
