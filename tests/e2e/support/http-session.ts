/** Signs in through next-auth's credentials endpoint with plain HTTP and returns the session cookie. */
export async function signInOverHttp(baseUrl: string, email: string, password: string, code?: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, code: code ?? "", json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status} ${response.headers.get("location")}`);
  return session;
}
