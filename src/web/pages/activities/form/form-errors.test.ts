import { describe, expect, it } from "vitest";
import { ApiError } from "../../../api/client.js";
import { activityFieldErrors } from "./form-errors.js";

const refused = (...fields: [string, string][]) =>
  new ApiError(
    400,
    "validation",
    "Some fields need attention.",
    fields.map(([field, message]) => ({ field, problem: "invalid", message })),
  );

describe("server problems at the activity form's inputs", () => {
  it("leaves the kind out of a detail's path, so one key serves the kind on screen", () => {
    const errors = activityFieldErrors(
      refused(
        ["body.details.training.participants.total", "Women, men and other add up to 23, not 25."],
        ["body.details.awareness.materials.1.distributed", "More handed out than printed."],
      ),
    );
    expect(errors["details.participants.total"]).toBe("Women, men and other add up to 23, not 25.");
    expect(errors["details.materials.1.distributed"]).toBe("More handed out than printed.");
    expect(errors).not.toHaveProperty("details.training.participants.total");
  });

  it("keeps a path that names no kind, and files the kind's own problem under details", () => {
    const errors = activityFieldErrors(
      refused(
        ["body.details.participants.female", "Required."],
        ["body.details.training", "Fill in the training."],
        ["body.details.kind", "Choose a kind."],
      ),
    );
    expect(errors["details.participants.female"]).toBe("Required.");
    expect(errors.details).toBe("Fill in the training.");
    expect(errors["details.kind"]).toBe("Choose a kind.");
  });

  it("maps common fields and participant rows by their place", () => {
    const errors = activityFieldErrors(
      refused(
        ["body.title", "Required."],
        ["body.participantList.3.name", "Required."],
        ["body.endsOn", "Too late."],
        ["body.details.training.byProfile.2", "Unknown profile."],
      ),
    );
    expect(errors).toMatchObject({
      title: "Required.",
      endsOn: "Too late.",
      "participantList.3.name": "Required.",
      // A problem with a whole row is also filed under its list, where a list-level message is shown.
      "details.byProfile.2": "Unknown profile.",
      "details.byProfile": "Unknown profile.",
    });
  });

  it("keeps the first message for a field and ignores what is not a refusal from the server", () => {
    const errors = activityFieldErrors(
      refused(["body.details.research.collectedTo", "First."], ["body.details.research.collectedTo", "Second."]),
    );
    expect(errors["details.collectedTo"]).toBe("First.");
    expect(activityFieldErrors(new Error("offline"))).toEqual({});
    expect(activityFieldErrors(null)).toEqual({});
  });
});
