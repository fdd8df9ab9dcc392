import type { Assessment } from "@/lib/domain/risk";
import type { AuthorityDecision, DecisionChoice, SubjectsDecision } from "@/lib/schemas/assessment";
import type { FieldError } from "@/lib/schemas/field-errors";

/*
 * From the suggestion and the DPO's accept/override to the decision recorded, for the authority (Art. 33)
 * and the people (Art. 34) separately. Pure, so the form can show what an override will mean.
 */
export function suggestedForAuthority(suggestion: Pick<Assessment, "notifyAuthority">): AuthorityDecision {
  return suggestion.notifyAuthority ? "notify" : "do_not_notify";
}

export function suggestedForSubjects(suggestion: Pick<Assessment, "communicateSubjects" | "publicCommunicationInstead">): SubjectsDecision {
  if (suggestion.communicateSubjects) return "communicate";
  return suggestion.publicCommunicationInstead ? "public_communication" : "do_not_communicate";
}

export interface DecidedParts {
  authorityDecision: AuthorityDecision;
  authorityOverridden: boolean;
  subjectsDecision: SubjectsDecision;
  subjectsOverridden: boolean;
}

export function decide(
  suggestion: Assessment,
  choices: { authorityDecision: DecisionChoice; subjectsDecision: DecisionChoice; subjectsOverrideTo?: SubjectsDecision | undefined },
): { ok: true; value: DecidedParts } | { ok: false; fields: FieldError[] } {
  const authoritySuggested = suggestedForAuthority(suggestion);
  const subjectsSuggested = suggestedForSubjects(suggestion);
  const authorityOverridden = choices.authorityDecision === "override";
  const subjectsOverridden = choices.subjectsDecision === "override";
  if (choices.subjectsOverrideTo !== undefined) {
    if (!subjectsOverridden) {
      return {
        ok: false,
        fields: [{ field: "subjectsOverrideTo", problem: "applies only when overriding the suggestion for the people" }],
      };
    }
    if (choices.subjectsOverrideTo === subjectsSuggested) {
      return {
        ok: false,
        fields: [
          { field: "subjectsOverrideTo", problem: `is what the suggestion already says (${subjectsSuggested}); choose accept instead` },
        ],
      };
    }
  }
  const subjectsOverride: SubjectsDecision =
    choices.subjectsOverrideTo ?? (subjectsSuggested === "do_not_communicate" ? "communicate" : "do_not_communicate");
  return {
    ok: true,
    value: {
      authorityDecision: authorityOverridden ? (authoritySuggested === "notify" ? "do_not_notify" : "notify") : authoritySuggested,
      authorityOverridden,
      subjectsDecision: subjectsOverridden ? subjectsOverride : subjectsSuggested,
      subjectsOverridden,
    },
  };
}
