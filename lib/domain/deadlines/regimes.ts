/** The notification regimes Breachdesk tracks, as data: who must be told, on what basis, within what period. */
import { days, hours, months, type Period } from "./periods";

export const REGIME_IDS = ["gdpr", "uk-gdpr", "nis2", "hipaa", "eprivacy"] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const OBLIGATION_IDS = [
  "notify-authority",
  "notify-controller",
  "communicate-subjects",
  "follow-up-notification",
  "complete-notification",
  "early-warning",
  "incident-notification",
  "final-report",
  "notify-individuals",
  "notify-hhs",
  "notify-media",
  "notify-covered-entity",
  "notify-subscribers",
] as const;
export type ObligationId = (typeof OBLIGATION_IDS)[number];

/**
 * What a period runs from: the moment of awareness (or detection, or discovery: the regime's own word), the
 * filing of the regime's first authority notification, or the end of the calendar year of discovery.
 */
export type PeriodStart = "awareness" | "first-filing" | "end-of-year";

export interface Obligation {
  regime: RegimeId;
  obligation: ObligationId;
  /** The legal source, e.g. "GDPR Art. 33(1)". */
  basis: string;
  period: Period;
  runsFrom: PeriodStart;
  /**
   * True where the period is set by EU law, so Regulation 1182/71 gives a legal outer limit. False for the
   * UK (not EU law), the US, and for internal targets (the law says only "without undue delay").
   */
  counted1182: boolean;
  /** A target the organisation sets for itself where the law names no period. */
  internalTarget: boolean;
}

export function isRegimeId(value: string): value is RegimeId {
  return (REGIME_IDS as readonly string[]).includes(value);
}

/** Targets where the law says "without undue delay"; every one can be changed per organisation. */
export interface InternalTargets {
  /** A processor telling its controller (Art. 33(2)). Default 24 h: a third of the controller's 72 h. */
  notifyControllerHours: number;
  /**
   * Telling the people affected by a high-risk breach (Art. 34(1)). Default 72 h: the law wants it without
   * undue delay and the EDPB expects it alongside, or even before, the authority notification, so it should
   * not come later than the authority's 72 h.
   */
  communicateSubjectsHours: number;
  /**
   * A follow-up to a phased notification (Art. 33(4), "without undue further delay"). Default 72 h after the
   * initial filing: the same rhythm as ePrivacy's 3 days for completing an initial notification, the only
   * figure EU law sets for the same question.
   */
  followUpHours: number;
}

export const DEFAULT_INTERNAL_TARGETS: InternalTargets = {
  notifyControllerHours: 24,
  communicateSubjectsHours: 72,
  followUpHours: 72,
};

function gdprLike(regime: "gdpr" | "uk-gdpr", label: string, targets: InternalTargets, counted1182: boolean) {
  return {
    "notify-authority": {
      regime,
      obligation: "notify-authority",
      basis: `${label} Art. 33(1)`,
      period: hours(72),
      runsFrom: "awareness",
      counted1182,
      internalTarget: false,
    },
    "notify-controller": {
      regime,
      obligation: "notify-controller",
      basis: `${label} Art. 33(2)`,
      period: hours(targets.notifyControllerHours),
      runsFrom: "awareness",
      counted1182: false,
      internalTarget: true,
    },
    "communicate-subjects": {
      regime,
      obligation: "communicate-subjects",
      basis: `${label} Art. 34(1)`,
      period: hours(targets.communicateSubjectsHours),
      runsFrom: "awareness",
      counted1182: false,
      internalTarget: true,
    },
    "follow-up-notification": {
      regime,
      obligation: "follow-up-notification",
      basis: `${label} Art. 33(4)`,
      period: hours(targets.followUpHours),
      runsFrom: "first-filing",
      counted1182: false,
      internalTarget: true,
    },
  } satisfies Record<string, Obligation>;
}

/** Every obligation of every regime, with the given internal targets. */
export function regimeCatalogue(targets: InternalTargets = DEFAULT_INTERNAL_TARGETS) {
  return {
    gdpr: gdprLike("gdpr", "GDPR", targets, true),
    "uk-gdpr": gdprLike("uk-gdpr", "UK GDPR", targets, false),
    nis2: {
      "early-warning": {
        regime: "nis2",
        obligation: "early-warning",
        basis: "NIS2 Art. 23(4)(a)",
        period: hours(24),
        runsFrom: "awareness",
        counted1182: true,
        internalTarget: false,
      },
      "incident-notification": {
        regime: "nis2",
        obligation: "incident-notification",
        basis: "NIS2 Art. 23(4)(b)",
        period: hours(72),
        runsFrom: "awareness",
        counted1182: true,
        internalTarget: false,
      },
      "final-report": {
        regime: "nis2",
        obligation: "final-report",
        basis: "NIS2 Art. 23(4)(d)",
        period: months(1),
        runsFrom: "first-filing",
        counted1182: true,
        internalTarget: false,
      },
    },
    eprivacy: {
      "notify-authority": {
        regime: "eprivacy",
        obligation: "notify-authority",
        basis: "Regulation 611/2013 Art. 2(2)",
        period: hours(24),
        runsFrom: "awareness",
        counted1182: true,
        internalTarget: false,
      },
      "complete-notification": {
        regime: "eprivacy",
        obligation: "complete-notification",
        basis: "Regulation 611/2013 Art. 2(3)",
        period: days(3),
        runsFrom: "first-filing",
        counted1182: true,
        internalTarget: false,
      },
      // Art. 3(3) says "without undue delay after the detection": the practice's target for telling people.
      "notify-subscribers": {
        regime: "eprivacy",
        obligation: "notify-subscribers",
        basis: "Regulation 611/2013 Art. 3(1)",
        period: hours(targets.communicateSubjectsHours),
        runsFrom: "awareness",
        counted1182: false,
        internalTarget: true,
      },
    },
    hipaa: {
      "notify-individuals": {
        regime: "hipaa",
        obligation: "notify-individuals",
        basis: "45 CFR 164.404(b)",
        period: days(60),
        runsFrom: "awareness",
        counted1182: false,
        internalTarget: false,
      },
      "notify-hhs": {
        regime: "hipaa",
        obligation: "notify-hhs",
        basis: "45 CFR 164.408(b)",
        period: days(60),
        runsFrom: "awareness",
        counted1182: false,
        internalTarget: false,
      },
      "notify-hhs-annual": {
        regime: "hipaa",
        obligation: "notify-hhs",
        basis: "45 CFR 164.408(c)",
        period: days(60),
        runsFrom: "end-of-year",
        counted1182: false,
        internalTarget: false,
      },
      "notify-media": {
        regime: "hipaa",
        obligation: "notify-media",
        basis: "45 CFR 164.406",
        period: days(60),
        runsFrom: "awareness",
        counted1182: false,
        internalTarget: false,
      },
      // A business associate tells the covered entity, naming each individual (164.410(c)); the covered
      // entity then owes the notices to individuals, HHS and the media.
      "notify-covered-entity": {
        regime: "hipaa",
        obligation: "notify-covered-entity",
        basis: "45 CFR 164.410(b)",
        period: days(60),
        runsFrom: "awareness",
        counted1182: false,
        internalTarget: false,
      },
    },
  } as const satisfies Record<RegimeId, Record<string, Obligation>>;
}

/** HIPAA: 500 or more people makes the HHS notice immediate rather than annual (45 CFR 164.408(b)). */
export const HIPAA_HHS_IMMEDIATE_FROM = 500;
/** HIPAA: more than 500 residents of one State requires media notice (45 CFR 164.406). */
export const HIPAA_MEDIA_ABOVE = 500;
