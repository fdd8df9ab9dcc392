/** Plain words for the assessment's ids, shared by the questionnaire, the suggestion and the decision form. */
export const RISK_WORDS: Record<string, string> = {
  none: "Unlikely to result in a risk",
  risk: "Risk",
  high: "High risk",
};

export const DECISION_WORDS: Record<string, string> = {
  notify: "Notify the supervisory authority",
  do_not_notify: "Do not notify the authority (document it in the register)",
  communicate: "Tell the people affected",
  do_not_communicate: "Do not tell the people individually",
  public_communication: "Publish a public notice instead (Art. 34(3)(c))",
};

/** The note under each decision: optional when the suggestion is accepted, the reason when it is overridden. */
export const RATIONALE_WORDS = {
  accept: "Note (optional): anything the register should add to the suggestion's reasons",
  override: (min: number) =>
    `Why you decide otherwise than the suggestion (at least ${min} characters; the authority and the register read it)`,
};

export const EXEMPTION_WORDS: Record<string, string> = {
  art34_3_a: "Art. 34(3)(a): the data was unintelligible (e.g. strong encryption)",
  art34_3_b: "Art. 34(3)(b): later measures make the high risk no longer likely",
  art34_3_c: "Art. 34(3)(c): contacting each person would take disproportionate effort",
};

export const riskBadge = (level: string) =>
  level === "high" ? "badge badge-danger" : level === "risk" ? "badge badge-warn" : "badge badge-ok";
