import { describe, expect, it } from "vitest";
import { assistedAndOutcomes, fixedScale, handlingTime, partition } from "./figures-suppression.js";

const counts = (entries: Record<string, number>) => Object.entries(entries).map(([key, count]) => ({ key, count }));

describe("helpline figures suppression", () => {
  it("orders withheld cells by key, so their order says nothing about their size", () => {
    const cells = partition(counts({ phone: 20, viber: 4, email: 1, telegram: 9 }));
    expect(cells).toEqual([
      { key: "phone", count: 20 },
      { key: "telegram", count: 9 },
      { key: "email", count: null },
      { key: "viber", count: null },
    ]);
  });

  it("withholds a second cell when a lone small one could be found by subtraction", () => {
    const cells = partition(counts({ uk: 30, ru: 7, en: 2 }));
    expect(cells).toEqual([
      { key: "uk", count: 30 },
      { key: "en", count: null },
      { key: "ru", count: null },
    ]);
  });

  it("lists every hour, zeros shown, and suppresses them as one partition", () => {
    const hours = fixedScale(counts({ "9": 12, "10": 3 }), ["8", "9", "10"]);
    expect(hours).toEqual([
      { key: "8", count: 0 },
      { key: "9", count: null },
      { key: "10", count: null },
    ]);
  });

  it("shows contacts assisted and each side's outcomes when neither side is small", () => {
    const result = assistedAndOutcomes(
      40,
      30,
      counts({ information_given: 27, referral_made: 3, dropped: 6, test_call: 4 }),
    );
    expect(result.contactsAssisted).toBe(30);
    // Each side is a partition of its own total: one small cell per side takes another of its side with it.
    expect(result.byOutcome).toEqual([
      { key: "dropped", count: null },
      { key: "information_given", count: null },
      { key: "referral_made", count: null },
      { key: "test_call", count: null },
    ]);
  });

  it("keeps outcomes that cannot be worked out from the assisted total", () => {
    const result = assistedAndOutcomes(30, 20, counts({ information_given: 12, referral_made: 8, dropped: 10 }));
    expect(result).toEqual({
      contactsAssisted: 20,
      byOutcome: [
        { key: "information_given", count: 12 },
        { key: "dropped", count: 10 },
        { key: "referral_made", count: 8 },
      ],
    });
  });

  it("withholds contacts assisted when the contacts not assisted are few, and the outcomes as one partition", () => {
    const result = assistedAndOutcomes(25, 23, counts({ information_given: 23, abusive: 2 }));
    expect(result.contactsAssisted).toBeNull();
    expect(result.byOutcome).toEqual([
      { key: "abusive", count: null },
      { key: "information_given", count: null },
    ]);
  });

  it("gives handling time only over enough contacts", () => {
    expect(handlingTime(3, 900)).toEqual({ contacts: null, totalMinutes: null, averageMinutes: null });
    expect(handlingTime(0, 0)).toEqual({ contacts: 0, totalMinutes: 0, averageMinutes: null });
    expect(handlingTime(6, 3690)).toEqual({ contacts: 6, totalMinutes: 62, averageMinutes: 10.3 });
  });
});
