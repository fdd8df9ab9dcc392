import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { communicationFiles, packetCommunicationSelect } from "@/lib/server/packet/communication-files";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * People are listed in the order they were added: a CSV file's rows in the file's order, then whoever is
 * added after. Rows imported together share their createdAt and get ids random within a millisecond, so
 * only the stored position keeps the order; 200 rows in one file would come back shuffled without it.
 */
let ctx: TestContext;
let manager: Actor;
let incidentId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await practice(ctx, "practice-order");
  manager = await person(ctx, "manager", a.id, "manager");
  incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, "BD-2026-0042");
});
afterAll(async () => ctx.close());

/** Names that sort neither alphabetically nor by number in file order, so no other sort can pass for it. */
const names = Array.from({ length: 200 }, (_, i) => `Person ${String((i * 73) % 200).padStart(3, "0")} ${i % 2 ? "Zed" : "Abel"}`);
const csvOf = (people: readonly string[]) =>
  `name,email\n${people.map((name) => `${name},${name.toLowerCase().replaceAll(" ", ".")}@example.org`).join("\n")}\n`;

async function draft(): Promise<string> {
  return value(await createCommunicationDraft(ctx, manager, { incidentId, language: "en", channel: "email" })).communication.id;
}

async function listedNames(communicationId: string): Promise<string[]> {
  const all: string[] = [];
  for (let page = 1; ; page++) {
    const listed = value(await listRecipients(ctx, manager, { communicationId, page, pageSize: 200 }));
    all.push(...listed.recipients.map((recipient) => recipient.name));
    if (all.length >= listed.total) return all;
  }
}

describe("the order of a communication's people", () => {
  it("lists 200 people imported in one file in the file's order, on every page", async () => {
    const id = await draft();
    expect(value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: csvOf(names) }))).toMatchObject({ added: 200 });
    expect(await listedNames(id)).toEqual(names);
    const third = value(await listRecipients(ctx, manager, { communicationId: id, page: 3, pageSize: 30 }));
    expect(third.recipients.map((recipient) => recipient.name)).toEqual(names.slice(60, 90));
  });

  it("puts people added later after those already listed, one by one or by file", async () => {
    const id = await draft();
    const first = names.slice(0, 120);
    const later = names.slice(120);
    value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: csvOf(first) }));
    value(await addRecipient(ctx, manager, { communicationId: id, recipient: { name: "Added By Hand", email: "hand@example.org" } }));
    // A file whose first row is already listed: the merged row takes no place, the others follow in order.
    value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: csvOf([first[0]!, ...later]) }));
    expect(await listedNames(id)).toEqual([...first, "Added By Hand", ...later]);
  });

  it("writes the delivery log of the submission packet in the same order", async () => {
    const id = await draft();
    value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: csvOf(names) }));
    const listed = value(await listRecipients(ctx, manager, { communicationId: id, pageSize: 200 })).recipients;
    const nameOf = new Map(listed.map((recipient) => [recipient.id, recipient.name]));
    const communication = await ctx.db.communication.findUniqueOrThrow({ where: { id }, select: packetCommunicationSelect });
    const log = communicationFiles(ctx.db, [communication]).find((file) => file.path.endsWith("delivery-log.csv"));
    if (!log || typeof log.content !== "function") throw new Error("the packet has no delivery log for the e-mail communication");
    const lines = (await text(await log.content())).trim().split("\n").slice(1);
    // The log names nobody; its recipient ids, looked up on the list, give back the file's order.
    expect(lines.map((line) => nameOf.get(line.split(",")[0]!))).toEqual(names);
  });
});
