/**
 * A fresh, unguessable value per response that marks the scripts and styles the server itself wrote
 * (Content-Security-Policy 'nonce-…'). Web Crypto, so it works in any runtime the proxy runs in.
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
