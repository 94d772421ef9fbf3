import { describe, expect, it } from "vitest";
import type { ContactDetail, ContactPatch } from "../../../shared/api/hotline.js";
import { ApiError } from "../../api/client.js";
import type { ContactForm } from "./contact-form.js";
import { ContactSaver, type SaverState } from "./contact-saver.js";

const FORM: ContactForm = {
  callerNumber: "",
  channel: "phone",
  direction: "incoming",
  language: "",
  callerType: "",
  callerCountry: "",
  callerPlace: "",
  anonymous: false,
  callerName: "",
  callerEmail: "",
  notes: "",
  consultations: [],
  outcome: "",
  followUpOn: "",
  followUpNote: "",
};

const badNumber = () =>
  new ApiError(400, "validation", "Check the fields", [
    { field: "body.callerNumber", problem: "phone_number", message: "Not a phone number" },
  ]);

/** A saver whose timers run when the test says, and whose server answers as the test scripts it. */
function setUp(answers: ((body: ContactPatch) => Promise<ContactDetail>)[], pendingFields: (keyof ContactForm)[] = []) {
  const sent: ContactPatch[] = [];
  const kept: Partial<ContactForm>[] = [];
  const states: SaverState[] = [];
  let timers: (() => void)[] = [];
  const saver = new ContactSaver(FORM, pendingFields, {
    patch: (body) => {
      sent.push(body);
      const answer = answers.shift();
      return answer ? answer(body) : Promise.resolve({} as ContactDetail);
    },
    keep: (values) => kept.push(values),
    onState: (state) => states.push(state),
    onSaved: () => undefined,
    later: (run) => {
      timers.push(run);
      return () => {
        timers = timers.filter((timer) => timer !== run);
      };
    },
  });
  saver.start();
  /** Runs the timers due and lets the saves they start settle. */
  const tick = async () => {
    const due = timers;
    timers = [];
    for (const run of due) run();
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  };
  const status = () => states.at(-1)?.status;
  return { saver, sent, kept, states, tick, status };
}

describe("saving a contact as the operator types", () => {
  it("sends only the fields changed, after a pause, and forgets them on the device once saved", async () => {
    const { saver, sent, kept, tick, status } = setUp([]);
    saver.change({ notes: "Calls about work in Poland" });
    saver.change({ language: "ru" });
    expect(sent).toEqual([]);
    expect(kept.at(-1)).toEqual({ notes: "Calls about work in Poland", language: "ru" });
    await tick();
    expect(sent).toEqual([{ notes: "Calls about work in Poland", language: "ru" }]);
    expect(kept.at(-1)).toEqual({});
    expect(status()).toBe("saved");
  });

  it("keeps the changes on the device while the network is down and sends them when it is back", async () => {
    const { saver, sent, kept, tick, status } = setUp([() => Promise.reject(new ApiError(0, "network", ""))]);
    saver.change({ callerPlace: "Przemyśl" });
    await tick();
    expect(status()).toBe("offline");
    expect(kept.at(-1)).toEqual({ callerPlace: "Przemyśl" });
    await tick();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ callerPlace: "Przemyśl" });
    expect(kept.at(-1)).toEqual({});
    expect(status()).toBe("saved");
  });

  it("holds back a refused field, saves the others without it, and sends it again once corrected", async () => {
    const { saver, sent, states, tick, status } = setUp([() => Promise.reject(badNumber())]);
    saver.change({ callerNumber: "12", notes: "Afraid of the employer" });
    await tick();
    expect(status()).toBe("invalid");
    expect(states.at(-1)?.problems).toEqual({ callerNumber: "Not a phone number" });
    await tick();
    expect(sent[1]).toEqual({ notes: "Afraid of the employer" });
    expect(status()).toBe("invalid");
    expect(saver.hasUnsent).toBe(true);

    saver.change({ callerNumber: "+48 601 555 123" });
    expect(states.at(-1)?.problems).toEqual({});
    await tick();
    expect(sent[2]).toEqual({ callerNumber: "+48 601 555 123" });
    expect(status()).toBe("saved");
  });

  it("sends a value typed while the previous save was on its way", async () => {
    let release: (detail: ContactDetail) => void = () => undefined;
    const slow = () => new Promise<ContactDetail>((resolve) => (release = resolve));
    const { saver, sent, tick, status } = setUp([slow]);
    saver.change({ notes: "first" });
    await tick();
    saver.change({ notes: "first and second" });
    release({} as ContactDetail);
    await tick();
    await tick();
    expect(sent.map((body) => body.notes)).toEqual(["first", "first and second"]);
    expect(status()).toBe("saved");
  });

  it("finishes with everything left, held-back fields included, and reports the server's problems", async () => {
    const refusal = new ApiError(400, "validation", "Check the fields", [
      { field: "body.outcome", problem: "required", message: "Choose an outcome" },
    ]);
    const { saver, sent, states, tick } = setUp([() => Promise.reject(badNumber()), () => Promise.reject(refusal)]);
    saver.change({ callerNumber: "12" });
    await tick();
    saver.change({ notes: "Typed just before Finish" });
    expect(await saver.finish()).toBeNull();
    expect(sent.at(-1)).toEqual({ callerNumber: "12", notes: "Typed just before Finish", complete: true });
    expect(states.at(-1)).toMatchObject({
      status: "invalid",
      fromFinish: true,
      problems: { callerNumber: "Not a phone number", outcome: "Choose an outcome" },
    });

    // The note was refused with the finish; it is saved on its own at once, the problems still shown.
    await tick();
    expect(sent.at(-1)).toEqual({ notes: "Typed just before Finish" });
    expect(states.at(-1)).toMatchObject({
      status: "invalid",
      problems: { callerNumber: "Not a phone number", outcome: "Choose an outcome" },
    });

    saver.change({ callerNumber: "+48 601 555 123", outcome: "information_given" });
    expect(await saver.finish()).toEqual({});
    expect(sent.at(-1)).toEqual({ callerNumber: "+48 601 555 123", outcome: "information_given", complete: true });
    expect(states.at(-1)).toMatchObject({ status: "saved", problems: {} });
  });

  it("sends changes left on the device by an earlier visit as soon as the contact is opened", async () => {
    const restored = setUp([], ["notes"]);
    expect(restored.saver.current.status).toBe("saving");
    await restored.tick();
    expect(restored.sent).toEqual([{ notes: null }]);
    expect(restored.status()).toBe("saved");
  });
});
