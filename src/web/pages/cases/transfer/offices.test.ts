import { describe, expect, it } from "vitest";
import type { ProviderSummary } from "../../../../shared/api/directory.js";
import { officeOptions } from "./offices.js";

const OWN = "00000000-0000-4000-8000-0000000000a1";
const OTHER = "00000000-0000-4000-8000-0000000000a2";

const provider = (id: string, name: string, memberOrganisationId: string | null, city: string | null = null) =>
  ({ id, name, memberOrganisationId, city, keptByCaller: false }) as unknown as ProviderSummary;

describe("offices a case can be transferred to", () => {
  it("offers only other organisations of the deployment, named with their city", () => {
    const options = officeOptions(
      [
        provider("p1", "Our own office", OWN),
        provider("p2", "Shelter outside the deployment", null),
        provider("p3", "La Strada Chișinău", OTHER, "Chișinău"),
        provider("p4", "Partner office", OTHER),
      ],
      OWN,
    );
    expect(options).toEqual([
      { value: "p3", label: "La Strada Chișinău, Chișinău" },
      { value: "p4", label: "Partner office" },
    ]);
  });
});
