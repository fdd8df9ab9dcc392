/*
 * Password rules in the spirit of NIST SP 800-63B: length over composition. At least 12 characters,
 * not a known common password, not built from the person's e-mail or their organisation's name.
 * No rules about digits or symbols: they push people to predictable patterns.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export interface PasswordContext {
  email: string;
  organizationNames: string[];
  isCommon: (normalisedPassword: string) => boolean;
}

const normalise = (text: string) => text.normalize("NFKC").toLowerCase();

/** Parts of a name or address long enough to matter ("dupont", "cabinet"), not "de" or "la". */
function meaningfulParts(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= 4);
}

/** Returns the problems in words a person can act on; an empty list means the password is acceptable. */
export function passwordProblems(password: string, context: PasswordContext): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters (it has ${length})`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters`);
  const lowered = normalise(password);
  if (context.isCommon(lowered) || context.isCommon(lowered.replace(/\d+$/, ""))) {
    problems.push("is on a list of commonly used passwords; choose another");
  }
  const email = normalise(context.email);
  const localPart = email.split("@")[0] ?? "";
  if (email && (lowered.includes(email) || (localPart.length >= 4 && lowered.includes(localPart)))) {
    problems.push("must not contain your e-mail address");
  }
  for (const name of context.organizationNames) {
    const whole = normalise(name).replace(/[^\p{L}\p{N}]+/gu, "");
    const parts = meaningfulParts(name);
    const compact = lowered.replace(/[^\p{L}\p{N}]+/gu, "");
    if ((whole.length >= 4 && compact.includes(whole)) || parts.some((part) => compact.includes(part) && part.length >= 5)) {
      problems.push("must not contain your organisation's name");
      break;
    }
  }
  return problems;
}
