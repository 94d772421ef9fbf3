import { describe, expect, it } from "vitest";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import {
  activityFormFrom,
  activityInputFrom,
  activityPatchFrom,
  emptyActivityForm,
  withKind,
} from "./activity-form.js";

const OFFICE = "5b0e3f0a-8d7c-4b1e-9a55-2f1c0d9e8a71";

function trainingForm() {
  const form = withKind(emptyActivityForm({ officeId: OFFICE, country: "PL" }), "training");
  form.title = " Identification for border guards ";
  form.startsOn = "2022-05-10";
  form.endsOn = "2022-05-11";
  form.admin1Pcode = "pl14";
  form.details.training = {
    ...form.details.training,
    targetGroups: ["border_guards"],
    modality: "in_person",
    durationDays: "1,5",
    participants: { total: "25", female: "13", male: "10", other: "" },
    byProfile: [{ profile: "border_guards", count: "25" }],
  };
  return form;
}

describe("the activity form's body", () => {
  it("sends the chosen kind's details with numbers as numbers, a decimal comma read as a point", () => {
    const input = activityInputFrom(trainingForm()) as unknown as Record<string, unknown>;
    expect(input).toMatchObject({
      officeId: OFFICE,
      section: "training",
      title: "Identification for border guards",
      country: "PL",
      admin1Pcode: "PL14",
      place: null,
      details: {
        kind: "training",
        training: {
          targetGroups: ["border_guards"],
          modality: "in_person",
          durationDays: 1.5,
          participants: { total: 25, female: 13, male: 10, other: 0 },
          byProfile: [{ profile: "border_guards", count: 25 }],
        },
      },
    });
    // Other kinds' fields, kept in the form while it is open, are not sent.
    expect(JSON.stringify(input)).not.toContain("awareness");
    expect(input.participantList).toBeUndefined();
  });

  it("sends a figure that is not a number as typed, for the server to name its field", () => {
    const form = trainingForm();
    form.details.training.participants.total = "twenty";
    const input = activityInputFrom(form) as unknown as { details: { training: { participants: { total: unknown } } } };
    expect(input.details.training.participants.total).toBe("twenty");
  });

  it("moves the section with the kind until one is chosen by hand", () => {
    const form = withKind(emptyActivityForm(), "awareness");
    expect(form.section).toBe("advocacy");
    expect(withKind(form, "research").section).toBe("research");
    expect(withKind({ ...form, section: "convening", sectionChosen: true }, "research").section).toBe("convening");
  });

  it("sends participant names only for a training, and removes a kept list when asked", () => {
    const form = trainingForm();
    form.participantRows = [{ name: " Ola Nowak ", organisation: "", position: "Officer", sex: "female" }];
    expect(activityInputFrom(form).participantList).toEqual([
      { name: "Ola Nowak", organisation: undefined, position: "Officer", sex: "female" },
    ]);
    expect(activityInputFrom(withKind(form, "research")).participantList).toBeUndefined();

    const kept = { ...form, keptParticipants: 12, participantRows: [] };
    expect(activityPatchFrom(kept, 3).participantList).toBeUndefined();
    expect(activityPatchFrom({ ...kept, participantAction: "remove" }, 3).participantList).toBeNull();
    expect(
      activityPatchFrom({ ...kept, participantAction: "replace", participantRows: form.participantRows }, 3),
    ).toMatchObject({ version: 3, participantList: [{ name: "Ola Nowak" }] });
  });

  it("reads a stored activity back into the form unchanged", () => {
    const input = activityInputFrom(trainingForm()) as unknown as ActivityDetail;
    const stored = {
      ...input,
      id: "7d4f7c52-1d55-4ef6-a0f7-0f7b0e5e1c11",
      kind: "training",
      place: null,
      admin1Pcode: "PL14",
      partners: [],
      narrative: "",
      participantListCount: 4,
      version: 2,
    } as unknown as ActivityDetail;
    const form = activityFormFrom(stored);
    expect(form.details.training.participants).toEqual({ total: "25", female: "13", male: "10", other: "" });
    expect(form.details.training.durationDays).toBe("1.5");
    expect(form.sectionChosen).toBe(false);
    expect(form.keptParticipants).toBe(4);
    expect(activityPatchFrom(form, 2)).toMatchObject({
      version: 2,
      details: input.details,
      participantList: undefined,
    });
  });
});
