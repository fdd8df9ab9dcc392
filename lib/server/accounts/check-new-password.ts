import { passwordProblems } from "@/lib/domain/accounts/password-policy";
import { isCommonPassword } from "@/lib/server/auth/common-passwords";
import type { FieldError } from "@/lib/schemas/field-errors";

export function newPasswordErrors(password: string | undefined, email: string, organizationNames: string[]): FieldError[] {
  if (!password) return [{ field: "password", problem: "is required" }];
  return passwordProblems(password, { email, organizationNames, isCommon: isCommonPassword }).map((problem) => ({
    field: "password",
    problem,
  }));
}
