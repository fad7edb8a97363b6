import styled from 'styled-components';

/** Layout pieces shared by the pages: a wrapping bar of controls, a section (wide tables scroll in scroll-region.tsx). */
export const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 16px;
  align-items: flex-end;
  margin: 16px 0;
  & > * {
    min-width: 0;
    max-width: 100%;
  }
`;

export const Section = styled.section`
  margin-top: 24px;
`;

export const Details = styled.dl`
  display: grid;
  grid-template-columns: minmax(8em, max-content) 1fr;
  gap: 8px 24px;
  margin: 0 0 16px;
  div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 480px) {
    grid-template-columns: 1fr;
    dd {
      margin-bottom: 8px;
    }
  }
`;

/** "0.75" → "75 %" in the language's number format; null → "—". */
export function percent(ratio: number | null | undefined, language: string): string {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(`${language}-FI`, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
