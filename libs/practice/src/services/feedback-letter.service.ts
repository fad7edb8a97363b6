import { Injectable } from '@nestjs/common';
import { Viewer } from '@sidos/auth';
import { BadUserInputError, isUuid, NotFoundError } from '@sidos/common';
import { assertMayChangeMinistry } from '@sidos/engagement';
import { Language } from '@sidos/register';
import { ThemeRepository } from '../repositories/theme.repository.js';
import { FeedbackLetter } from '../types/feedback-letter.type.js';
import { LETTER_LANGUAGES, type LetterLanguage, type LetterTheme, renderLetter } from './feedback-letter-templates.js';

/**
 * Letters to the organisations heard in a consultation: for each (by name), the themes its records raised
 * with the ministry's response. For an ADMIN, or an EDITOR of the consultation's ministry (the letters are
 * the ministry's own correspondence); also written by `npm run report -- feedback-letters`.
 */
@Injectable()
export class FeedbackLetterService {
  constructor(private readonly repository: ThemeRepository) {}

  async letters(viewer: Viewer | null, consultationId: string, language: Language | null | undefined): Promise<FeedbackLetter[]> {
    const letterLanguage = (language ?? Language.FI) as LetterLanguage;
    if (!LETTER_LANGUAGES.includes(letterLanguage)) {
      throw new BadUserInputError([{ path: 'language', message: `letters are written in ${LETTER_LANGUAGES.join(', ')}` }]);
    }
    const consultation = isUuid(consultationId) ? await this.repository.findConsultation(consultationId.toLowerCase()) : null;
    if (!consultation) throw new NotFoundError('Consultation', consultationId);
    if (viewer) assertMayChangeMinistry(viewer, consultation.ministry);

    const rows = await this.repository.letterRows(consultation.id);
    const byOrganisation = new Map<string, { name: string; themes: LetterTheme[] }>();
    for (const row of rows) {
      const name = (letterLanguage === Language.SV ? row.nameSv : letterLanguage === Language.EN ? row.nameEn : null) ?? row.name;
      const entry = byOrganisation.get(row.organisationId) ?? { name, themes: [] };
      if (row.theme) entry.themes.push(row.theme);
      byOrganisation.set(row.organisationId, entry);
    }
    return [...byOrganisation].map(([organisationId, entry]) =>
      Object.assign(new FeedbackLetter(), {
        organisationId,
        language: letterLanguage,
        text: renderLetter(letterLanguage, {
          organisationName: entry.name,
          consultationTitle: consultation.title,
          ministry: consultation.ministry,
          themes: entry.themes,
        }),
      }),
    );
  }
}
