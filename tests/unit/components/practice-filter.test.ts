import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PracticeFilter, PRACTICES_LISTED_AT_MOST } from "@/components/forms/practice-filter";
import { messagesOf } from "@/lib/i18n/catalogue";

const practices = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ slug: `practice-${i}`, name: `Cabinet ${String(i).padStart(4, "0")}` }));

function rendered(count: number, value?: string, locale: "en" | "fr" = "en") {
  const filter = createElement(PracticeFilter, {
    id: "f",
    label: "Practice",
    allLabel: "All practices",
    organizations: practices(count),
    value,
  });
  // The provider's children come as createElement's third argument, which its props type does not count.
  const provider = { locale, messages: messagesOf(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider, filter));
}

describe("the practice filter of a list", () => {
  it("offers each practice as a choice while they fit in a list", () => {
    const html = rendered(PRACTICES_LISTED_AT_MOST, "practice-3");
    expect(html.match(/<option/g)).toHaveLength(PRACTICES_LISTED_AT_MOST + 1);
    expect(html).toContain('<option value="practice-3" selected="">Cabinet 0003</option>');
  });

  it("past that, is a text field of a few hundred bytes, however many practices, showing a chosen one by its name", () => {
    const html = rendered(1_000, "practice-3");
    expect(html).not.toContain("<option");
    expect(html).toContain('name="organization"');
    expect(html).toContain('value="Cabinet 0003"');
    expect(html).toContain("You have 1,000 practices");
    expect(html.length).toBeLessThan(600);
  });

  it("keeps what the person typed, and speaks their language", () => {
    const html = rendered(200, "lyon", "fr");
    expect(html).toContain('value="lyon"');
    expect(html).toContain("Vous avez accès à 200 cabinets");
  });
});
