import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { RiskLevelResult } from "./risk-level";
import type { Duties, Duty, Exemption, Reason, RiskLevel } from "./types";

export interface Obligations {
  notifyAuthority: boolean;
  communicateSubjects: boolean;
  publicCommunicationInstead: boolean;
  notifyController: boolean;
  duties: Duties;
  exemptions: Exemption[];
  reasons: Reason[];
}

/**
 * What the level means for the controller (Art. 33 and 34).
 *
 * Exemptions: `exemptions` lists the Art. 34(3) grounds on which people who would otherwise have to be told
 * individually need not be. (b) and (c) are listed only when the level is high: they spare the Art. 34
 * message, not the Art. 33 notification, so the level stays high. (a) is different: state-of-the-art
 * encryption is a measure in place before the breach, and it already makes the breach unlikely to result in
 * a risk (EDPB 9/2022 section II.D; 01/2021 Case No. 10). It is listed when the breach would have been high
 * risk through its disclosure alone without that encryption - the register then shows the ground relied on
 * - even though the level is none. (c) is listed only when neither (a) nor (b) applies, because only then is
 * there a message to replace; it sets `publicCommunicationInstead`.
 *
 * `withoutEncryption` is the level the same facts would have had with readable data.
 */
export function obligationsFor(facts: BreachFacts, level: RiskLevelResult, withoutEncryption: RiskLevelResult): Obligations {
  const reasons: Reason[] = [];
  const { riskLevel } = level;
  const exemptions: Exemption[] = [];

  const otherTypesHigh = level.byType.availability === "high" || level.byType.integrity === "high";
  const encryptionSparesMessage =
    facts.encryption === "state_of_the_art" && withoutEncryption.byType.confidentiality === "high" && !otherTypesHigh;
  if (encryptionSparesMessage) {
    exemptions.push("art34_3_a");
    reasons.push({
      factor: "art34_3_a",
      effect: "lowers",
      explanation:
        "Without the encryption this disclosure would have been high risk; because the data cannot be read, the people need not be told.",
      basis: BASIS.art34_3_a,
    });
  }

  if (riskLevel === "high" && facts.mitigation.highRiskNoLongerLikely) {
    exemptions.push("art34_3_b");
    reasons.push({
      factor: "art34_3_b",
      effect: "lowers",
      explanation:
        "Measures taken since the breach make the high risk no longer likely, so the people need not be told; " +
        "the authority must still be notified and can ask for the message (Art. 34(4)).",
      basis: BASIS.art34_3_b,
    });
  } else if (facts.mitigation.highRiskNoLongerLikely) {
    reasons.push(notApplicable("art34_3_b", riskLevel, BASIS.art34_3_b));
  }

  const contactDisproportionate = facts.mitigation.individualContactDisproportionate;
  if (riskLevel === "high" && contactDisproportionate && exemptions.length === 0) {
    exemptions.push("art34_3_c");
    reasons.push({
      factor: "art34_3_c",
      effect: "neutral",
      explanation:
        "Telling each person would take disproportionate effort (for example, no contact details), so a " +
        "public communication that reaches them as effectively must be made instead.",
      basis: BASIS.art34_3_c,
    });
  } else if (contactDisproportionate) {
    reasons.push(notApplicable("art34_3_c", riskLevel, BASIS.art34_3_c));
  }

  const notifyAuthority = riskLevel !== "none";
  const communicateSubjects = riskLevel === "high" && exemptions.length === 0;
  const publicCommunicationInstead = exemptions.includes("art34_3_c");

  reasons.push(
    notifyAuthority
      ? {
          factor: "notify_authority",
          effect: "neutral",
          explanation:
            "The breach is likely to result in a risk: the supervisory authority must be notified without undue " +
            "delay, within 72 hours of awareness where feasible.",
          basis: BASIS.art33_1,
        }
      : {
          factor: "no_notification_needed",
          effect: "neutral",
          explanation:
            "The breach is unlikely to result in a risk: no notification, but it must be recorded in the breach " +
            "register with the reasons for this decision.",
          basis: `${BASIS.art33_1}; GDPR Art. 33(5)`,
        },
  );
  if (communicateSubjects) {
    reasons.push({
      factor: "communicate_subjects",
      effect: "neutral",
      explanation:
        "The risk is high: the people affected must be told without undue delay, in plain language, with advice on protecting themselves.",
      basis: BASIS.art34_1,
    });
  }
  if (facts.role === "processor") {
    reasons.push({
      factor: "processor_role",
      effect: "neutral",
      explanation:
        "The practice acts as a processor here: it must tell the controller without undue delay, whatever the " +
        "risk. Notifying the authority and the people is the controller's duty; this assessment is for the " +
        "controller to use.",
      basis: BASIS.art33_2,
    });
  }

  const notifyController = facts.role === "processor";
  return {
    notifyAuthority,
    communicateSubjects,
    publicCommunicationInstead,
    notifyController,
    duties: dutiesOf({ notifyAuthority, communicateSubjects, publicCommunicationInstead, notifyController }, facts.role),
    exemptions,
    reasons,
  };
}

type DutyFlags = { notifyAuthority: boolean; communicateSubjects: boolean; publicCommunicationInstead: boolean; notifyController: boolean };

/**
 * Whose duty each answer is. `notifyAuthority` and `communicateSubjects` keep their contract meaning (what the
 * breach calls for under Art. 33(1) and 34), but for a processor they are the controller's duties: its own is
 * telling the controller (Art. 33(2)), and the rest is advice to pass on. Works on stored suggestions too,
 * which predate `duties`.
 */
export function dutiesOf(flags: DutyFlags, role: string | null | undefined): Duties {
  const controllerDuties: Duty[] = [
    ...(flags.notifyAuthority ? (["notify_authority"] as const) : []),
    ...(flags.communicateSubjects ? (["communicate_subjects"] as const) : []),
    ...(flags.publicCommunicationInstead ? (["public_communication"] as const) : []),
  ];
  if (role === "processor") {
    return { party: "processor", own: flags.notifyController ? ["notify_controller"] : [], adviseController: controllerDuties };
  }
  return { party: "controller", own: controllerDuties, adviseController: [] };
}

const DUTY_WORDS: Record<Duty, string> = {
  notify_controller: "Tell the controller without undue delay (GDPR Art. 33(2))",
  notify_authority: "Notify the supervisory authority (GDPR Art. 33)",
  communicate_subjects: "Tell the people affected (GDPR Art. 34)",
  public_communication: "Publish a public notice instead of individual messages (GDPR Art. 34(3)(c))",
};

export interface DutyHeadline {
  /** "own": what this practice must do; "advice": what to tell the controller it will likely have to do. */
  kind: "own" | "advice";
  text: string;
}

/** The headline answers people read, the practice's own duty first: the same words on every page and document. */
export function dutyHeadlines(duties: Duties): DutyHeadline[] {
  const own: DutyHeadline[] = duties.own.length
    ? duties.own.map((duty) => ({ kind: "own", text: DUTY_WORDS[duty] }))
    : [
        {
          kind: "own",
          text:
            duties.party === "processor"
              ? "Nothing to tell the controller"
              : "No notification: record the breach in the register (GDPR Art. 33(5))",
        },
      ];
  if (duties.party !== "processor") return own;
  const advice: DutyHeadline[] = duties.adviseController.length
    ? duties.adviseController.map((duty) => ({
        kind: "advice",
        text: `For the controller to decide: ${DUTY_WORDS[duty].charAt(0).toLowerCase()}${DUTY_WORDS[duty].slice(1)}`,
      }))
    : [{ kind: "advice", text: "For the controller to decide: no notification likely needed, only its register" }];
  return [...own, ...advice];
}

function notApplicable(factor: Exemption, riskLevel: RiskLevel, basis: string): Reason {
  return {
    factor,
    effect: "neutral",
    explanation:
      riskLevel === "high"
        ? "This exemption is not needed: another one already spares the message to the people."
        : "This exemption only matters when the risk is high, so it changes nothing here.",
    basis,
  };
}
