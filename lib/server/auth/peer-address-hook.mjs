/**
 * Preloaded into the server process (`node --import`, see scripts/start.ts) before Next.js starts.
 * Route handlers and server actions see headers only, never the socket, and Next.js keeps any
 * X-Forwarded-For a client sends; so every request gets the socket's address in this header, replacing
 * whatever a client sent under the same name. lib/server/auth/client-ip.ts starts from it.
 */
import http from "node:http";

const PEER_ADDRESS_HEADER = "x-breachdesk-peer-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function stampPeerAddress(event, request, ...rest) {
  if ((event === "request" || event === "upgrade") && request && request.headers) {
    request.headers[PEER_ADDRESS_HEADER] = (request.socket && request.socket.remoteAddress) || "";
  }
  return emit.call(this, event, request, ...rest);
};
