import { describe, expect, it } from "vitest";
import {
  AREA_LEVELS,
  ELIGIBILITY_CRITERIA,
  MATCH_REASON_CODES,
  type MatchReason,
  reasonMessage,
} from "../../../../shared/directory/match-reasons.js";
import { AVAILABILITIES } from "../../../../shared/directory/vocab.js";
import { LANGUAGES } from "../../../../shared/i18n/languages.js";
import { translator } from "../../../i18n.js";

/** One reason of every code and every value that changes the sentence. */
const EVERY_REASON: MatchReason[] = MATCH_REASON_CODES.flatMap((code): MatchReason[] => {
  switch (code) {
    case "serves_area":
      return AREA_LEVELS.map((level) => ({ code, params: { level } }));
    case "availability":
      return AVAILABILITIES.map((value) => ({ code, params: { value } }));
    case "eligibility_unknown":
      return ELIGIBILITY_CRITERIA.map((criterion) => ({ code, params: { criterion } }));
    case "verification_due":
      return [1, 2, 5, 22].map((months) => ({ code, params: { months } }));
    case "need_met":
      return [{ code, params: { serviceType: "Legal" } }];
    case "speaks":
      return [{ code, params: { language: "uk" } }];
    case "distance":
      return [{ code, params: { km: 4.5 } }];
    default:
      return [{ code, params: {} }];
  }
});

describe("match reasons as sentences", () => {
  it.each(LANGUAGES)("has a sentence for every reason in %s, with its values filled in", (language) => {
    const t = translator(language);
    for (const reason of EVERY_REASON) {
      const { key, values } = reasonMessage(reason, { serviceType: (code) => `<${code}>` });
      const text = t(key, { ...values, defaultValue: "" });
      expect([reason.code, text]).not.toEqual([reason.code, ""]);
      expect(text).not.toContain("{{");
      for (const value of Object.values(values)) expect(text).toContain(String(value));
    }
  });

  it("fills in labels and picks the plural form", () => {
    const en = translator("en");
    const uk = translator("uk");
    const say = (t: typeof en, reason: MatchReason) => {
      const { key, values } = reasonMessage(reason, { serviceType: () => "legal aid", language: () => "Ukrainian" });
      return t(key, values);
    };
    expect(say(en, { code: "need_met", params: { serviceType: "Legal" } })).toBe(
      "Offers legal aid, which the person needs",
    );
    expect(say(en, { code: "speaks", params: { language: "uk" } })).toBe("Speaks Ukrainian");
    expect(say(en, { code: "verification_due", params: { months: 1 } })).toBe("Entry not verified for 1 month");
    expect(say(en, { code: "verification_due", params: { months: 7 } })).toBe("Entry not verified for 7 months");
    expect(say(uk, { code: "verification_due", params: { months: 7 } })).toBe("Запис не перевіряли 7 місяців");
    expect(say(uk, { code: "verification_due", params: { months: 3 } })).toBe("Запис не перевіряли 3 місяці");
    expect(say(en, { code: "serves_area", params: { level: "region" } })).toBe("Serves the person's region");
    expect(say(en, { code: "distance", params: { km: 12 } })).toBe("12 km away");
  });
});
