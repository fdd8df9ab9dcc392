/**
 * Browsers ask for /favicon.ico before they read a page's icon link, which Next.js streams late in the body of a
 * dynamic page; a 404 there is a console error on every first visit. The app's one icon is app/icon.svg.
 */
export function GET(): Response {
  return new Response(null, { status: 308, headers: { Location: "/icon.svg", "Cache-Control": "public, max-age=86400" } });
}
