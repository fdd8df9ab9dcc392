import {
  communicationFollowUpSchema,
  type CommunicationChannel,
  type CommunicationFollowUp,
  type CommunicationFollowUpInput,
  type Recipient,
} from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { at, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { changedBy } from "@/lib/server/incidents/permissions";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import { parsingEntry } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { toCommunicationDto, type CommunicationDto } from "./communication-dto";
import { insertDraft, UNREACHED_STATUSES } from "./draft-row";
import { storeRecipients } from "./recipients-store";

export interface FollowUp {
  communication: CommunicationDto;
  /** People of the earlier communication not reached. */
  unreached: number;
  /** Of them, written to by the follow-up (all of them for a public notice, which addresses nobody by name). */
  covered: number;
  /** Not on the follow-up's list because the channel needs what is not known of them (an e-mail or a postal address). */
  lacking: { name: string; needs: "email" | "postal address" }[];
}

const LACKING_SHOWN = 200;

/** The entry for an input nobody parsed yet (the CLI, scripts, tests): parsed here, once. */
export const followUpUnreached = parsingEntry<CommunicationFollowUpInput, CommunicationFollowUp, FollowUp>(
  communicationFollowUpSchema,
  followUpUnreachedParsed,
);

/**
 * Starts a new draft, in the same language, for the people an earlier communication did not reach (GDPR
 * Art. 34: they are still not told). By e-mail again (after a mail server problem was fixed), by letter
 * (for e-mails that bounced) or as a public notice (Art. 34(3)(c), when the rest cannot be reached
 * individually). The draft is approved and sent like any other; once it is, the Art. 34 clock is met.
 * Manager or DPO; only a communication that ended partly failed has anyone to follow up.
 */
export async function followUpUnreachedParsed(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationFollowUp,
): Promise<ServiceResult<FollowUp>> {
  const { communicationId, channel } = input;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, communicationId, "edit");
    if (!found.ok) return found;
    const earlier = found.value;
    if (earlier.status !== "partially_failed") {
      return conflict(
        `Only a communication that did not reach everyone can be followed up; this one is ${earlier.status.replace("_", " ")}.`,
      );
    }
    const rows = await tx.recipient.findMany({
      where: { communicationId, status: { in: UNREACHED_STATUSES } },
      select: { id: true, name: true, email: true, postalAddress: true },
      orderBy: { position: "asc" },
    });
    const people = rows.map((row) => ({
      name: unseal(row.name, at("recipient", "name", row.id)),
      email: unsealOptional(row.email, at("recipient", "email", row.id)),
      postalAddress: unsealOptional(row.postalAddress, at("recipient", "postalAddress", row.id)),
    }));
    const { listed, lacking } = splitByChannel(people, channel);
    if (channel !== "public_notice" && listed.length === 0) {
      const needs = channel === "letter" ? "a postal address" : "an e-mail address";
      return invalid([
        {
          field: "channel",
          problem:
            `cannot reach anyone: none of the ${people.length} ` +
            `people not reached has ${needs}; choose another ` +
            `channel, or a public notice`,
        },
      ]);
    }

    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: earlier.incident.organizationId },
      select: { name: true },
    });
    const created = await insertDraft(tx, {
      incidentId: earlier.incidentId,
      language: earlier.language,
      channel,
      organisationName: organization.name,
      createdById: changedBy(actor),
      now,
      followUpOfId: earlier.id,
    });
    const stored = await storeRecipients(tx, created.id, listed);
    const covered = channel === "public_notice" ? people.length : stored.added + stored.mergedPositions.length;
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.follow_up",
        organizationId: earlier.incident.organizationId,
        incidentId: earlier.incidentId,
        // Counts only: who was not reached stays on the people's rows.
        detail: {
          communicationId: created.id,
          followUpOf: earlier.id,
          channel,
          unreached: people.length,
          covered,
          lacking: lacking.length,
        },
      },
      now,
    );
    return ok({ communication: toCommunicationDto(created), unreached: people.length, covered, lacking: lacking.slice(0, LACKING_SHOWN) });
  });
}

/** Who the channel can reach with what is known of them; a public notice lists nobody. */
function splitByChannel(people: { name: string; email: string | null; postalAddress: string | null }[], channel: CommunicationChannel) {
  const listed: Recipient[] = [];
  const lacking: FollowUp["lacking"] = [];
  if (channel === "public_notice") return { listed, lacking };
  for (const person of people) {
    if (channel === "letter" && !person.postalAddress) lacking.push({ name: person.name, needs: "postal address" });
    else if (channel === "email" && !person.email) lacking.push({ name: person.name, needs: "email" });
    // A letter follow-up keeps the e-mail out: its people are those e-mail did not reach.
    else listed.push({ name: person.name, email: channel === "letter" ? null : person.email, postalAddress: person.postalAddress });
  }
  return { listed, lacking };
}
