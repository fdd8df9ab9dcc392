/**
 * One "registration number" per practice, read by the authority forms (CNIL's SIREN/SIRET, ÚOOÚ's IČO). Only
 * numbers with a published check digit are checked; elsewhere (UK and Irish company numbers, German register
 * or VAT numbers, which many doctors do not have) any plain identifier is accepted.
 */

/** Luhn: every second digit from the right doubled (digits of the product added), total a multiple of 10. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments share SIREN 356000000 and their SIRETs follow a sum-of-digits rule instead of Luhn. */
const LA_POSTE_SIREN = "356000000";
const digitSum = (digits: string) => [...digits].reduce((sum, digit) => sum + Number(digit), 0);

function siretValid(digits: string): boolean {
  if (digits.startsWith(LA_POSTE_SIREN)) return digits === "35600000000048" || digitSum(digits) % 5 === 0;
  return luhnValid(digits);
}

/** IČO: weights 8..2 on the first seven digits; the eighth is (11 - sum mod 11) mod 10. */
function icoValid(digits: string): boolean {
  const sum = [...digits.slice(0, 7)].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0);
  return (11 - (sum % 11)) % 10 === Number(digits[7]);
}

/** Spaces, dots and hyphens people type between groups of digits ("123 456 789", "123.456.789"). */
const compact = (value: string) => value.replace(/[\s.\-]/g, "");

const GENERIC = /^[\p{L}\p{N}][\p{L}\p{N} ./\-]{0,48}$/u;

/**
 * The number as stored (digits without separators where the format is digits only), or the problem in plain
 * words, for the country the practice is established in.
 */
export function checkRegistrationNumber(country: string, raw: string): { ok: true; value: string } | { ok: false; problem: string } {
  const value = raw.trim();
  switch (country.toUpperCase()) {
    case "FR": {
      const digits = compact(value);
      if (/^\d{9}$/.test(digits)) {
        return luhnValid(digits)
          ? { ok: true, value: digits }
          : { ok: false, problem: "is not a valid SIREN: its check digit does not match" };
      }
      if (/^\d{14}$/.test(digits)) {
        return siretValid(digits)
          ? { ok: true, value: digits }
          : { ok: false, problem: "is not a valid SIRET: its check digit does not match" };
      }
      return { ok: false, problem: "must be a SIREN (9 digits) or a SIRET (14 digits)" };
    }
    case "CZ": {
      const digits = compact(value);
      if (!/^\d{8}$/.test(digits)) return { ok: false, problem: "must be an IČO of 8 digits" };
      return icoValid(digits) ? { ok: true, value: digits } : { ok: false, problem: "is not a valid IČO: its check digit does not match" };
    }
    default:
      return GENERIC.test(value)
        ? { ok: true, value }
        : { ok: false, problem: "may contain only letters, digits, spaces, dots, slashes and hyphens (at most 50)" };
  }
}
