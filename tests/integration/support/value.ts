import type { ServiceResult } from "@/lib/server/result";

/** The value of a result the test expects to succeed; any failure stops the test, showing the result. */
export function value<T>(result: ServiceResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}
