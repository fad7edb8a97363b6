import { registerEnumType } from '@nestjs/graphql';

/** What the ministry did with a theme that stakeholders raised ("you said, we did"), in this order. */
export enum ThemeResponse {
  UNDER_CONSIDERATION = 'UNDER_CONSIDERATION',
  ADOPTED = 'ADOPTED',
  PARTLY_ADOPTED = 'PARTLY_ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
}

registerEnumType(ThemeResponse, { name: 'ThemeResponse' });
