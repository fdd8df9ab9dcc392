import { publishedSigningKey } from "@/lib/server/signing/published-key";

export const dynamic = "force-dynamic";

/**
 * The public key that signs packets and audit checkpoints, for anyone to compare with a packet's
 * signing-key.pem: PEM by default, JSON with `?format=json`. No sign-in: it is public by design and holds no data.
 */
export async function GET(request: Request) {
  let published;
  try {
    published = await publishedSigningKey();
  } catch (error) {
    console.error("signing key unavailable", error);
    return Response.json(
      { status: "unavailable", problem: "the signing key is not available" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
  const headers = { "Cache-Control": "no-cache", "X-Signing-Key-Fingerprint": published.keyId };
  if (new URL(request.url).searchParams.get("format") === "json") return Response.json(published, { headers });
  return new Response(published.publicKey, { headers: { ...headers, "Content-Type": "application/x-pem-file; charset=utf-8" } });
}
