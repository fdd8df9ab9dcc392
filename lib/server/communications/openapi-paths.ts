import { MESSAGE_TEXT_MAX } from "@/lib/schemas/communication";

/*
 * The communication endpoints' part of the OpenAPI document, for lib/server/api/openapi.ts to spread into
 * its paths: `...communicationPaths(onIncident, commonProblems)`. Kept beside the services they describe.
 */
type Responses = Record<string, unknown>;

const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const json = (description: string, schema: Record<string, unknown> = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});
const refused = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const communicationStatus = {
  type: "object",
  required: ["status", "counts"],
  properties: {
    status: { enum: ["draft", "approved", "sending", "sent", "partially_failed"] },
    counts: { type: "object", properties: { queued: { type: "integer" }, sent: { type: "integer" }, failed: { type: "integer" } } },
  },
};

const offlineDelivery = {
  type: "object",
  required: ["sentAt"],
  additionalProperties: false,
  properties: {
    sentAt: {
      type: "string",
      format: "date-time",
      description:
        "When the letters were posted or the notice published (ISO 8601 with an offset; not in the future, not before the approval).",
    },
    how: { type: "string", maxLength: 500, description: "Letters only: how they were posted, e.g. registered mail." },
    where: { type: "string", maxLength: 500, description: "Public notice only, required: where it was published (a URL or a place)." },
    notPosted: {
      type: "array",
      description: "Letters only: the people whose letter was not posted; they are recorded as failed with the reason.",
      items: {
        type: "object",
        required: ["recipientId", "reason"],
        properties: { recipientId: { type: "string" }, reason: { type: "string", maxLength: 500 } },
      },
    },
  },
};

const recordedDelivery = {
  type: "object",
  required: ["communication", "posted", "notPosted"],
  properties: {
    communication: {
      type: "object",
      properties: {
        status: { enum: ["sent", "partially_failed"] },
        sentAt: { type: "string", format: "date-time" },
        sentVia: { type: ["string", "null"] },
      },
    },
    posted: { type: "integer" },
    notPosted: { type: "integer" },
  },
};

const followUp = {
  type: "object",
  required: ["communication", "unreached", "covered", "lacking"],
  properties: {
    communication: {
      type: "object",
      properties: {
        id: { type: "string" },
        status: { const: "draft" },
        channel: { enum: ["email", "letter", "public_notice"] },
        followUpOfId: { type: "string" },
      },
    },
    unreached: { type: "integer" },
    covered: { type: "integer" },
    lacking: {
      type: "array",
      items: { type: "object", properties: { name: { type: "string" }, needs: { enum: ["email", "postal address"] } } },
    },
  },
};

/** The page's form and PUT .../text share communicationTextSchema (lib/schemas/communication.ts); this mirrors it. */
const messageText = {
  type: "object",
  required: ["subject", "text"],
  additionalProperties: false,
  properties: {
    subject: { type: "string", minLength: 1, maxLength: 300, description: "One line." },
    text: {
      type: "string",
      minLength: 1,
      maxLength: MESSAGE_TEXT_MAX,
      description:
        'The whole message in the communication\'s language; "{name}" ' +
        "becomes each person's name. Approval checks that it still gives " +
        "the nature of the breach, the contact point, the likely " +
        "consequences and the measures (Art. 34(2)).",
    },
  },
};

const messageTextRead = {
  type: "object",
  required: ["subject", "text", "edited", "sha256"],
  properties: {
    subject: { type: "string" },
    text: { type: "string" },
    edited: { type: "boolean", description: "True once the DPO wrote her own wording; false while it is the text built from the facts." },
    sha256: {
      type: ["string", "null"],
      description: "The SHA-256 of the DPO's wording, which the approval records; null before she wrote one.",
    },
  },
};

export function communicationPaths(onIncident: Responses, invalidResponses: Responses) {
  return {
    "/incidents/{id}/communications": {
      get: {
        operationId: "listCommunications",
        summary: "The incident's communications to the people affected",
        parameters: [idParam],
        responses: { "200": json("The communications."), ...onIncident },
      },
      post: {
        operationId: "createCommunication",
        summary: "A draft communication (Art. 34): language, channel, optional recipients (manager or DPO)",
        parameters: [idParam],
        requestBody: { required: true, ...json("{ language, channel, recipients? }") },
        responses: { "201": json("The draft."), "403": refused("Only a manager or the DPO."), ...invalidResponses, ...onIncident },
      },
    },
    "/communications/{id}": {
      get: {
        operationId: "getCommunication",
        summary: "A communication, its status and counts",
        parameters: [idParam],
        responses: { "200": json("Status and counts.", communicationStatus), ...onIncident },
      },
    },
    "/communications/{id}/recipients": {
      get: {
        operationId: "listRecipients",
        summary: "One page of the people",
        parameters: [idParam],
        responses: { "200": json("A page of people."), ...onIncident },
      },
      post: {
        operationId: "importRecipients",
        summary: "Adds people from CSV (text/csv): rejected lines come back with their number and reason",
        parameters: [idParam],
        requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
        responses: {
          "200": json("What was added, merged and rejected."),
          "403": refused("Only a manager or the DPO."),
          "409": refused("Already sending."),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
    "/communications/{id}/text": {
      get: {
        operationId: "getCommunicationText",
        summary: "The text of a letter or e-mail: the DPO's own wording, or the one built from the facts",
        parameters: [idParam],
        responses: { "200": json("The subject and text.", messageTextRead), ...invalidResponses, ...onIncident },
      },
      put: {
        operationId: "editCommunicationText",
        summary:
          "The DPO's own wording of a letter or e-mail, in its " +
          "language, before approval (DPO only); an approved " +
          "communication goes back to draft",
        parameters: [idParam],
        requestBody: { required: true, ...json("{ subject, text }", messageText) },
        responses: {
          "200": json("Saved: its SHA-256, and whether an approval was taken back.", {
            type: "object",
            required: ["sha256", "approvalVoided"],
            properties: { sha256: { type: "string" }, approvalVoided: { type: "boolean" } },
          }),
          "403": refused("Only the DPO."),
          "409": refused("Already sent: the text can no longer change."),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
    "/communications/{id}/approve": {
      post: {
        operationId: "approveCommunication",
        summary: "The DPO approves (freezes) the content",
        parameters: [idParam],
        responses: {
          "200": json("Approved."),
          "403": refused("Only the DPO."),
          "409": refused("Not a draft."),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
    "/communications/{id}/delivered": {
      post: {
        operationId: "recordOfflineDelivery",
        summary: "The DPO records that the approved letters were posted, or the public notice published: the communication becomes sent",
        parameters: [idParam],
        requestBody: {
          required: true,
          ...json("Letters: { sentAt, how?, notPosted? }; public notice: { sentAt, where }.", offlineDelivery),
        },
        responses: {
          "200": json("Recorded: the communication, letters posted and not posted.", recordedDelivery),
          "403": refused("Only the DPO."),
          "409": refused("Not approved yet, or already recorded."),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
    "/communications/{id}/follow-up": {
      post: {
        operationId: "followUpUnreached",
        summary:
          "A new draft for the people this communication did not reach " +
          "(failed, bounced, not posted), by e-mail, letter or public " +
          "notice (manager or DPO)",
        parameters: [idParam],
        requestBody: {
          required: true,
          ...json("{ channel }", {
            type: "object",
            required: ["channel"],
            additionalProperties: false,
            properties: { channel: { enum: ["email", "letter", "public_notice"] } },
          }),
        },
        responses: {
          "201": json("The draft; unreached, covered, and lacking (the people the channel cannot reach for want of an address).", followUp),
          "403": refused("Only a manager or the DPO."),
          "409": refused("The communication reached everyone, or has not finished."),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
    "/communications/{id}/send": {
      post: {
        operationId: "sendCommunication",
        summary: "Queues one e-mail per person (DPO only); 202",
        parameters: [idParam],
        responses: {
          "202": json("Queued.", communicationStatus),
          "403": refused("Only the DPO."),
          "409": refused("Not approved."),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
  };
}
