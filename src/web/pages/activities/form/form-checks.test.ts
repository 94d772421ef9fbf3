import { describe, expect, it } from "vitest";
import { materialProblem, participantsCheck, profilesCheck, readCount } from "./form-checks.js";

describe("counts as typed", () => {
  it("reads whole numbers, with spaces between thousands, and nothing else", () => {
    expect(readCount("25")).toBe(25);
    expect(readCount(" 1 250 ")).toBe(1250);
    expect(readCount("1\u00a0250")).toBe(1250);
    expect(readCount("")).toBeNull();
    expect(readCount("2.5")).toBeNull();
    expect(readCount("-3")).toBeNull();
    expect(readCount("twelve")).toBeNull();
  });
});

describe("participants by sex against the total", () => {
  const counts = (total: string, female: string, male: string, other = "") => ({ total, female, male, other });

  it("adds up when women, men and other make the total; other may be blank", () => {
    expect(participantsCheck(counts("25", "15", "10"))).toEqual({ state: "adds_up", sum: 25, total: 25 });
    expect(participantsCheck(counts("25", "14", "10", "1")).state).toBe("adds_up");
  });

  it("says short or over, with the sum so far", () => {
    expect(participantsCheck(counts("25", "13", "10"))).toEqual({ state: "short", sum: 23, total: 25 });
    expect(participantsCheck(counts("25", "16", "10", "1"))).toEqual({ state: "over", sum: 27, total: 25 });
  });

  it("waits while a required part is blank or not a count, unless the total is already passed", () => {
    expect(participantsCheck(counts("25", "15", "")).state).toBe("incomplete");
    expect(participantsCheck(counts("", "15", "10")).state).toBe("incomplete");
    expect(participantsCheck(counts("25", "15", "10", "x")).state).toBe("incomplete");
    expect(participantsCheck(counts("25", "30", "")).state).toBe("over");
  });
});

describe("participants by profile against the total", () => {
  it("is not checked without rows, and adds up or not with them", () => {
    expect(profilesCheck("25", [])).toBeNull();
    expect(profilesCheck("25", [{ count: "20" }, { count: "5" }])?.state).toBe("adds_up");
    expect(profilesCheck("25", [{ count: "20" }])?.state).toBe("short");
    expect(profilesCheck("25", [{ count: "20" }, { count: "" }])?.state).toBe("incomplete");
  });
});

describe("a material line's quantities", () => {
  const line = (produced: string, printed: string, distributed: string) => ({ produced, printed, distributed });

  it("refuses more handed out than printed, or than produced when nothing was printed", () => {
    expect(materialProblem(line("", "1000", "1200"))).toBe("distributed_over");
    expect(materialProblem(line("500", "", "600"))).toBe("distributed_over");
    expect(materialProblem(line("", "1000", "1000"))).toBeNull();
  });

  it("refuses more printed than produced, and says nothing while a figure is blank", () => {
    expect(materialProblem(line("500", "800", ""))).toBe("printed_over");
    expect(materialProblem(line("", "", "300"))).toBeNull();
  });
});
