const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The Y-tunnus check digit of seven digits, or null when no business ID has them (r = 1). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) throw new Error('expected seven digits');
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(sevenDigits[index]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** True for a Finnish business ID "NNNNNNN-C" whose check digit is right. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const check = businessIdCheckDigit(match[1]);
  return check !== null && check === Number(match[2]);
}

/**
 * Accepts the forms people write: surrounding or inner spaces, no hyphen ("01120389"), a missing leading
 * zero ("112038-9"), or the VAT number ("FI01120389", "FI 0112038-9"); returns "NNNNNNN-C", or the
 * trimmed input unchanged when it is none of these (the check digit is not checked here).
 */
export function normaliseBusinessId(value: string): string {
  const trimmed = value.trim();
  const compact = trimmed.replace(/\s+/g, '');
  // Eight digits (the hyphen optional), or six and the check digit after a hyphen: seven digits alone are
  // left as they are (a business ID being typed, not one without its leading zero).
  const match = /^(?:FI)?(\d{7})-?(\d)$/i.exec(compact) ?? /^(?:FI)?(\d{6})-(\d)$/i.exec(compact);
  if (!match) return trimmed;
  return `${match[1].padStart(7, '0')}-${match[2]}`;
}

/** The business ID written in any form normaliseBusinessId accepts, as "NNNNNNN-C"; null when it is not a valid one. */
export function businessIdInAnyForm(value: string): string | null {
  const normalised = normaliseBusinessId(value);
  return isValidBusinessId(normalised) ? normalised : null;
}
