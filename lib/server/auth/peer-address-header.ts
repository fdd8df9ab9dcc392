/**
 * The request header in which the server records the address that opened the connection. Its name is
 * repeated in peer-address-hook.mjs, which runs before any TypeScript is loaded.
 */
export const PEER_ADDRESS_HEADER = "x-breachdesk-peer-address";
