import { describe, expect, it } from "vitest";
import { DEFAULT_SHARED_FIELDS } from "../../../shared/referrals/fields.js";
import { ApiError } from "../../api/client.js";
import type { CaseDetail } from "../cases/case-types.js";
import { consentProblem } from "./consent-problem.js";
import { toProvided } from "./provided-rows.js";
import {
  type ChosenService,
  initialValues,
  MAX_SERVICES,
  SCREENING_SHARED_FIELDS,
  screeningInitialValues,
  sharingDecision,
  toggleService,
  toReferralInput,
} from "./refer-form.js";
import { queueOrder } from "./referral-order.js";

const VICTIM = "00000000-0000-4000-8000-000000000001";
const MOTHER = "00000000-0000-4000-8000-000000000002";
const CASE = "00000000-0000-4000-8000-0000000000c1";
const SCREENING = "00000000-0000-4000-8000-0000000000d1";

const person = (id: string, role: string, sharing?: string) =>
  ({
    role,
    person: { id },
    consents: sharing ? { current: { referral_sharing: { decision: sharing } }, history: [] } : null,
  }) as unknown as CaseDetail["people"][number];

const service = (n: number): ChosenService => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  name: `Service ${n}`,
  providerName: "Provider",
  serviceType: "Legal",
  outside: false,
});

const messages = { required: "required", notANumber: "nan", unitNeeded: "unit" };

describe("the referral form", () => {
  it("refers the victim by default and ticks exactly the minimum to share", () => {
    const values = initialValues({
      personId: MOTHER,
      people: [person(MOTHER, "family_member"), person(VICTIM, "victim")],
    });
    expect(values.personId).toBe(VICTIM);
    expect(values.sharedFields).toEqual([...DEFAULT_SHARED_FIELDS]);
    expect(values.urgency).toBe("normal");
  });

  it("sends the shared fields in catalogue order, a blank message as none, and the override only when given", () => {
    const values = {
      ...initialValues({ personId: VICTIM, people: [person(VICTIM, "victim")] }),
      services: [service(1), service(2)],
      sharedFields: ["phones", "name", "address"] as const,
      message: "   ",
    };
    const body = toReferralInput(
      { caseId: CASE },
      { ...values, sharedFields: [...values.sharedFields] },
      { send: true },
    );
    expect(body).toMatchObject({
      caseId: CASE,
      personId: VICTIM,
      serviceIds: [service(1).id, service(2).id],
      sharedFields: ["name", "phones", "address"],
      message: null,
      send: true,
    });
    expect(body).not.toHaveProperty("emergencyOverride");
    const draft = toReferralInput(
      { caseId: CASE },
      { ...values, sharedFields: [] },
      { send: false, overrideReason: "Person in danger tonight" },
    );
    expect(draft.send).toBe(false);
    expect(draft.emergencyOverride).toEqual({ reason: "Person in danger tonight" });
  });

  it("from a screening, names only the screening and ticks what a screening holds", () => {
    const values = { ...screeningInitialValues(), services: [service(1)] };
    expect(values.sharedFields).toEqual([
      "name",
      "birthYear",
      "sex",
      "citizenships",
      "languages",
      "vulnerabilityFlags",
    ]);
    expect(values.sharedFields).not.toContain("phones");
    const body = toReferralInput({ screeningId: SCREENING }, values, { send: true });
    expect(body).toMatchObject({ screeningId: SCREENING, serviceIds: [service(1).id], send: true });
    expect(body).not.toHaveProperty("caseId");
    expect(body).not.toHaveProperty("personId");
    expect(body.sharedFields).toEqual([...SCREENING_SHARED_FIELDS]);
  });

  it("toggles a service in and out, and never holds more than the server accepts", () => {
    let chosen: ChosenService[] = [];
    for (let n = 1; n <= MAX_SERVICES + 2; n++) chosen = toggleService(chosen, service(n));
    expect(chosen).toHaveLength(MAX_SERVICES);
    chosen = toggleService(chosen, service(3));
    expect(chosen.map((c) => c.name)).not.toContain("Service 3");
  });

  it("reads the person's sharing decision from the case, or none", () => {
    const item = { people: [person(VICTIM, "victim", "refused"), person(MOTHER, "family_member")] };
    expect(sharingDecision(item, VICTIM)).toBe("refused");
    expect(sharingDecision(item, MOTHER)).toBeNull();
  });
});

describe("what was provided", () => {
  it("turns rows into items, reading a decimal comma, with no unit when no amount", () => {
    const { items, problems } = toProvided(
      [
        { assistanceType: "ShelterAndAccommodation", providedOn: "2026-03-02", quantity: "2,5", unit: "night" },
        { assistanceType: "Legal", providedOn: "2026-03-03", quantity: "", unit: "" },
      ],
      messages,
    );
    expect(problems).toEqual({});
    expect(items).toEqual([
      { assistanceType: "ShelterAndAccommodation", providedOn: "2026-03-02", quantity: 2.5, unit: "night" },
      { assistanceType: "Legal", providedOn: "2026-03-03", quantity: null, unit: null },
    ]);
  });

  it("names each problem by row and field, as the server does", () => {
    const { problems } = toProvided(
      [
        { assistanceType: "", providedOn: "", quantity: "three", unit: "" },
        { assistanceType: "Food", providedOn: "2026-03-03", quantity: "3", unit: "" },
      ],
      messages,
    );
    expect(problems).toEqual({
      "0.assistanceType": "required",
      "0.providedOn": "required",
      "0.quantity": "nan",
      "1.unit": "unit",
    });
  });
});

describe("the consent problem", () => {
  it("is recognised only in the server's 400 naming the body", () => {
    const refused = new ApiError(400, "validation", "Invalid", [
      { field: "body", problem: "sharing_consent_refused", message: "The person refused." },
    ]);
    expect(consentProblem(refused)).toBe("The person refused.");
    const other = new ApiError(400, "validation", "Invalid", [
      { field: "body.urgency", problem: "required", message: "Required" },
    ]);
    expect(consentProblem(other)).toBeNull();
    expect(consentProblem(new ApiError(409, "conflict", ""))).toBeNull();
  });
});

describe("the receiver's queue", () => {
  it("puts late answers first, then the most urgent, keeping the server's newest-first order within each", () => {
    const items = [
      { id: "a", overdue: false, urgency: "normal" },
      { id: "b", overdue: true, urgency: "low" },
      { id: "c", overdue: false, urgency: "emergency" },
      { id: "d", overdue: true, urgency: "high" },
      { id: "e", overdue: false, urgency: "normal" },
    ];
    expect(queueOrder(items).map((item) => item.id)).toEqual(["d", "b", "c", "a", "e"]);
  });
});
