import { describe, expect, it } from "vitest";
import { AUSTRIAN_AUTHORITY } from "@/lib/domain/notification/authorities/austrian-authority";
import { factsOf, type AuthorityRecord } from "@/lib/domain/notification/authorities/authority-record";
import { GERMAN_AUTHORITIES } from "@/lib/domain/notification/authorities/german-authorities";

/* docs/AUTHORITIES.md: every fact a lawyer reviews names the authority's own page it comes from. */
const RECORDS: AuthorityRecord[] = [...Object.values(GERMAN_AUTHORITIES), AUSTRIAN_AUTHORITY];

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

describe("the authority records", () => {
  it("are 16 Länder and Austria, one per region", () => {
    expect(RECORDS).toHaveLength(17);
    expect(new Set(RECORDS.map((record) => record.region ?? record.country)).size).toBe(17);
  });

  it.each(RECORDS.map((record) => [record.id, record] as const))("%s: each fact has an https source", (_id, record) => {
    const facts = factsOf(record);
    expect(facts.map((fact) => fact.fact)).toEqual(expect.arrayContaining(["name", "language", "website"]));
    expect(record.submission.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(fact.source, `${record.id} ${fact.fact}`).toMatch(/^https:\/\/[^\s/]+\.[a-z]{2,}(\/\S*)?$/);
      if (fact.checkedOn) expect(fact.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(RECORDS.map((record) => [record.id, record] as const))("%s: every source is one of the authority's own sites", (_id, record) => {
    // Bavaria's authority runs its breach portal on a second domain of its own; Rhineland-Palatinate's form is on
    // the Land's form service. Any other host is a third party and no source.
    const portals: Record<string, string> = { "de-by": "lda.dsb-meldung.de", "de-rp": "fms.service24.rlp.de" };
    const ownHosts = new Set([hostOf(record.website.value), ...(portals[record.id] ? [portals[record.id]!] : [])]);
    const official = (host: string) => [...ownHosts].some((own) => host === own || host.endsWith(`.${own}`) || own.endsWith(`.${host}`));
    for (const fact of factsOf(record)) expect(official(hostOf(fact.source)), `${record.id} ${fact.fact}: ${fact.source}`).toBe(true);
  });

  it.each(RECORDS.map((record) => [record.id, record] as const))(
    "%s: an address is given only where it was read on the authority's page",
    (_id, record) => {
      if (record.postalAddress) expect(record.postalAddress.checkedOn).toBeDefined();
      for (const route of record.submission) {
        // A route Breachdesk could not confirm is never invented: it points to the website.
        if (!route.checkedOn) expect(route.value.kind).toBe("see_website");
      }
    },
  );
});
