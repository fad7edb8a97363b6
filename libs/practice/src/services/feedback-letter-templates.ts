import { Language } from '@sidos/register';
import { ThemeResponse } from '../enums/practice.enums.js';

/** The languages letters are written in. */
export const LETTER_LANGUAGES = [Language.FI, Language.SV, Language.EN] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export interface LetterTheme {
  title: string;
  response: ThemeResponse;
  responseText: string | null;
}

export interface LetterContent {
  organisationName: string;
  consultationTitle: string;
  ministry: string;
  themes: LetterTheme[];
}

interface LetterTemplate {
  subject: (content: LetterContent) => string;
  greeting: (content: LetterContent) => string;
  thanks: (content: LetterContent) => string;
  noThemes: string;
  responseLabel: string;
  responses: Record<ThemeResponse, string>;
  closing: (content: LetterContent) => string;
}

/** Finnish, Swedish and English wording of the letter ("you said, we did"). */
export const LETTER_TEMPLATES: Record<LetterLanguage, LetterTemplate> = {
  [Language.FI]: {
    subject: (content) => `Palaute kuulemisesta: ${content.consultationTitle}`,
    greeting: (content) => `Hyvä ${content.organisationName},`,
    thanks: (content) => `kiitos, että osallistuitte kuulemiseen "${content.consultationTitle}". Kerromme alla, mitä esiin nostamillenne asioille on tehty.`,
    noThemes: 'Näkemyksenne on kirjattu ja otettu huomioon valmistelussa; erillisiä teemoja niistä ei ole kirjattu.',
    responseLabel: 'Ministeriön vastaus',
    responses: {
      [ThemeResponse.UNDER_CONSIDERATION]: 'harkittavana',
      [ThemeResponse.ADOPTED]: 'otettu huomioon',
      [ThemeResponse.PARTLY_ADOPTED]: 'otettu osittain huomioon',
      [ThemeResponse.NOT_ADOPTED]: 'ei otettu huomioon',
    },
    closing: (content) => `Ystävällisin terveisin\n${content.ministry}`,
  },
  [Language.SV]: {
    subject: (content) => `Återkoppling på hörandet: ${content.consultationTitle}`,
    greeting: (content) => `Bästa ${content.organisationName},`,
    thanks: (content) => `tack för att ni deltog i hörandet "${content.consultationTitle}". Nedan berättar vi vad som har gjorts med de frågor ni lyfte fram.`,
    noThemes: 'Era synpunkter har antecknats och beaktats i beredningen; inga separata teman har registrerats.',
    responseLabel: 'Ministeriets svar',
    responses: {
      [ThemeResponse.UNDER_CONSIDERATION]: 'under övervägande',
      [ThemeResponse.ADOPTED]: 'beaktat',
      [ThemeResponse.PARTLY_ADOPTED]: 'delvis beaktat',
      [ThemeResponse.NOT_ADOPTED]: 'inte beaktat',
    },
    closing: (content) => `Med vänliga hälsningar\n${content.ministry}`,
  },
  [Language.EN]: {
    subject: (content) => `Feedback on the consultation: ${content.consultationTitle}`,
    greeting: (content) => `Dear ${content.organisationName},`,
    thanks: (content) => `thank you for taking part in the consultation "${content.consultationTitle}". Below is what became of the matters you raised.`,
    noThemes: 'Your views were recorded and considered in the preparation; no separate themes were recorded from them.',
    responseLabel: "The ministry's response",
    responses: {
      [ThemeResponse.UNDER_CONSIDERATION]: 'under consideration',
      [ThemeResponse.ADOPTED]: 'adopted',
      [ThemeResponse.PARTLY_ADOPTED]: 'partly adopted',
      [ThemeResponse.NOT_ADOPTED]: 'not adopted',
    },
    closing: (content) => `Kind regards,\n${content.ministry}`,
  },
};

/** One letter as Markdown. */
export function renderLetter(language: LetterLanguage, content: LetterContent): string {
  const template = LETTER_TEMPLATES[language];
  const lines = [`# ${template.subject(content)}`, '', template.greeting(content), '', template.thanks(content), ''];
  if (content.themes.length === 0) lines.push(template.noThemes, '');
  for (const theme of content.themes) {
    lines.push(`## ${theme.title}`, '', `${template.responseLabel}: **${template.responses[theme.response]}**`, '');
    if (theme.responseText) lines.push(theme.responseText, '');
  }
  lines.push(template.closing(content), '');
  return lines.join('\n');
}
