/**
 * The erasure's matching rules, as PostgreSQL regular expressions (AREs, used with the case-insensitive
 * flag): what counts as a mention of an erased person in free text. Pure functions, no SQL.
 */

/** The names, email addresses and phone numbers a contact has had: its current ones and those its audit events recorded. */
export interface PersonalValues {
  firstName: Set<string>;
  lastName: Set<string>;
  email: Set<string>;
  phone: Set<string>;
}

/** Characters that may stand between two names or the digits of a phone number: white space and punctuation, Unicode's too. */
const SEPARATOR_CHARACTERS = [
  '\\s',
  // ASCII punctuation, each escaped; the double quote and the backslash are left out, so that a match never eats the
  // quoting of a JSON text stored in a string (audit events' old and new values).
  ...[..."!#$%&'()*+,-./:;<=>?@[]^_`{|}~"].map((character) => `\\${character}`),
  '\u00a0', // no-break space
  '\u00ab\u00bb\u00b7', // « » ·
  '\u1680',
  '\u2000-\u200d', // en quad … zero-width joiner (spaces of every width, zero-width space)
  '\u2010-\u2027', // hyphens, dashes, curly quotes, bullets, leaders, line and paragraph separators
  '\u202f\u205f\u2060\u3000\ufeff', // narrow no-break space, medium mathematical space, word joiner, ideographic space, BOM
].join('');

/**
 * One or more separators: a character above, or an escaped control character of a JSON text (`\n`, `\t`,
 * `\u00a0`, escaped once or twice: a value in an audit event is JSON text inside a JSON document).
 */
const SEPARATOR = `(?:[${SEPARATOR_CHARACTERS}]|\\\\+(?:[nrtfb]|u[0-9a-f]{4}))`;
const SEPARATORS = `${SEPARATOR}+`;

/** Phone numbers shorter than this (national significant digits) are not matched: too likely to be something else. */
const PHONE_MIN_DIGITS = 5;

/** `text` escaped to match itself literally in a PostgreSQL regular expression. */
export function literal(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}-]/g, (character) => `\\${character}`);
}

/** A name shorter than this (letters and digits) is not looked for: "A B" would match ordinary text. */
const NAME_MIN_LENGTH = 2;

/** A name as a pattern: its words (letters and digits) with any separators between them ("Anna-Liisa" ≡ "Anna Liisa"). */
function namePattern(name: string): string | null {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  return words.join('').length >= NAME_MIN_LENGTH ? words.map(literal).join(SEPARATORS) : null;
}

/** A full name either way round ("Ville Valtonen", "Valtonen, Ville", "Valtonen Ville"), any separators between. */
export function fullNamePatterns(firstName: string, lastName: string): string[] {
  const first = namePattern(firstName);
  const last = namePattern(lastName);
  if (!first || !last) return [];
  return [`${first}${SEPARATORS}${last}`, `${last}${SEPARATORS}${first}`];
}

/** The digits with any separators between them. */
const spacedDigits = (digits: string) => [...digits].join(`${SEPARATOR}*`);

/**
 * A phone number by its digits, however written: separators anywhere, and a Finnish number in national
 * ("050 765 4321") or international form ("+358 50 765 4321", "00358 50 7654321", "+358 (0)50 …") alike.
 * Other countries' numbers match with their country code (+ or 00). Not inside a longer run of digits.
 */
export function phonePattern(phone: string): string | null {
  const international = /^\s*(\+|00)/.test(phone);
  let digits = phone.replace(/\D/g, '');
  if (international && phone.trim().startsWith('00')) digits = digits.slice(2);
  let national: string | null = null;
  if (international && digits.startsWith('358')) national = digits.slice(3).replace(/^0/, '');
  else if (!international && digits.startsWith('0')) national = digits.slice(1);
  const body = national ?? digits;
  if (body.length < PHONE_MIN_DIGITS) return null;
  const finnishPrefix = `(?:(?:\\+|00)${SEPARATOR}*358${SEPARATOR}*(?:\\(${SEPARATOR}*0${SEPARATOR}*\\)${SEPARATOR}*)?|0${SEPARATOR}*)`;
  const prefix = national !== null ? finnishPrefix : international ? `(?:\\+|00)${SEPARATOR}*` : '';
  return `(?<![0-9])${prefix}${spacedDigits(body)}(?![0-9])`;
}

/**
 * The values that identify the person on their own, wherever they are written: a full name (either way
 * round), an email address (any letter case: the pattern is used case-insensitively), a phone number,
 * current or former. A first or a last name alone is not one of them: scrubbing every "Virtanen" would
 * erase other people's data. Null when there is nothing to look for.
 */
export function mentionPattern(values: PersonalValues): string | null {
  const names = [...values.firstName].flatMap((first) => [...values.lastName].flatMap((last) => fullNamePatterns(first, last)));
  const emails = [...values.email]
    .map((email) => email.trim())
    .filter((email) => email.length >= 3)
    .map(literal);
  const phones = [...values.phone].map(phonePattern).filter((pattern): pattern is string => pattern !== null);
  const patterns = [...new Set([...names, ...emails, ...phones])];
  return patterns.length > 0 ? `(?:${patterns.join('|')})` : null;
}
