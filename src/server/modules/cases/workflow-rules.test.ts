import { describe, expect, it } from "vitest";
import { allowedWorkflow } from "./workflow-rules.js";

describe("allowedWorkflow", () => {
  it("offers the later working stages and a closure request while the case is worked on", () => {
    expect(allowedWorkflow("support_plan", false)).toEqual({
      actions: ["advance", "request_closure"],
      nextStages: ["assistance", "follow_up"],
    });
    expect(allowedWorkflow("follow_up", false)).toEqual({ actions: ["request_closure"], nextStages: [] });
  });

  it("leaves approval to those who may approve, and reopening to closed cases", () => {
    expect(allowedWorkflow("closure_requested", false).actions).toEqual([]);
    expect(allowedWorkflow("closure_requested", true).actions).toEqual(["approve_closure", "return"]);
    expect(allowedWorkflow("closed", false).actions).toEqual(["reopen"]);
  });

  it("offers nothing to someone who may only read the case", () => {
    expect(allowedWorkflow("open", true, false)).toEqual({ actions: [], nextStages: [] });
  });
});
