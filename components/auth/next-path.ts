/** Where to go after signing in: only an invitation link of this app, never an address a crafted link could inject. */
export function safeNextPath(next: string | undefined): string {
  return next && /^\/invite\/[A-Za-z0-9_-]+$/.test(next) ? next : "/";
}
