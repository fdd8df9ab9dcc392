import { describe, expect, it } from "vitest";
import { buildArt33Content } from "@/lib/domain/notification/art33-content";
import { diffNotifications } from "@/lib/domain/notification/diff-notifications";
import { ON_TIME, completeIncident } from "./complete-incident";

describe("diffNotifications", () => {
  it("finds nothing between identical contents", () => {
    const content = buildArt33Content(completeIncident(), ON_TIME);
    expect(diffNotifications(content, buildArt33Content(completeIncident(), ON_TIME))).toEqual([]);
  });

  it("reports each changed field with its value before and after", () => {
    const initialInput = completeIncident();
    initialInput.incident.facts = { ...initialInput.incident.facts, subjects: { count: null, categories: ["patients"] } };
    initialInput.incident.measuresTaken = "The file was taken offline.";
    const previous = buildArt33Content(initialInput, ON_TIME);

    const current = buildArt33Content(completeIncident(), ON_TIME);
    expect(diffNotifications(previous, current)).toEqual([
      {
        path: "measures.taken",
        before: "The file was taken offline.",
        after: "The file was taken offline and the provider's server was isolated.",
      },
      { path: "nature.approximateSubjects", before: null, after: 5300 },
    ]);
  });

  it("reports added categories, but not a mere change of order", () => {
    const previous = buildArt33Content(completeIncident(), ON_TIME);
    const reordered = completeIncident();
    reordered.incident.facts = { ...reordered.incident.facts, dataCategories: ["health", "contact", "identification"] };
    expect(diffNotifications(previous, buildArt33Content(reordered, ON_TIME))).toEqual([]);

    const widened = completeIncident();
    widened.incident.facts = { ...widened.incident.facts, dataCategories: ["identification", "contact", "health", "financial"] };
    const changes = diffNotifications(previous, buildArt33Content(widened, ON_TIME));
    expect(changes).toEqual([
      {
        path: "nature.dataCategories",
        before: ["identification", "contact", "health"],
        after: ["identification", "contact", "health", "financial"],
      },
    ]);
  });
});
