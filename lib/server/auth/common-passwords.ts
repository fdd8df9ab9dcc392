import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

/** About 49,000 commonly used passwords, shipped with the app (from @zxcvbn-ts/language-common). */
export function isCommonPassword(normalised: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((password) => password.toLowerCase()));
  return common.has(normalised);
}
