import { describe, expect, it } from "vitest";
import { problemsIn } from "../support/lint-problems";

/*
 * The referrer policy is the header's, same-origin (lib/security/headers.ts). A page that set no-referrer in its
 * metadata made Chromium post a form sent before hydration with "Origin: null", and Next.js refused the action.
 */
const pageWithItsOwnPolicy = `export async function generateMetadata() {
  return { title: "Invitation", referrer: "no-referrer" as const };
}
export default function Page() {
  return <form action="/x" method="post" />;
}
`;

const pageWithTitleOnly = pageWithItsOwnPolicy.replace(', referrer: "no-referrer" as const', "");

describe("the rule on referrer policies", () => {
  it("refuses a page or layout that sets its own", async () => {
    for (const file of ["app/invite/[token]/page.tsx", "app/(workspace)/layout.tsx"]) {
      const problems = await problemsIn(file, pageWithItsOwnPolicy);
      expect(problems.filter((problem) => problem.includes("referrer policy is the header's"))).toHaveLength(1);
    }
  });

  it("accepts metadata without one", async () => {
    const problems = await problemsIn("app/invite/[token]/page.tsx", pageWithTitleOnly);
    expect(problems.filter((problem) => problem.includes("referrer"))).toEqual([]);
  });
});
