import type { DemoCase } from "./demo-case-builders.js";
import { OFFICE_STORIES_1 } from "./demo-stories-office-1.js";
import { OFFICE_STORIES_2 } from "./demo-stories-office-2.js";
import { OFFICE_STORIES_3 } from "./demo-stories-office-3.js";
import { OFFICE_STORIES_4 } from "./demo-stories-office-4.js";

/** The demo caseload itself, in the order it is recorded: see demo-case-builders.ts for its shape and the builders. */
export const DEMO_CASES: readonly DemoCase[] = [
  ...OFFICE_STORIES_1,
  ...OFFICE_STORIES_2,
  ...OFFICE_STORIES_3,
  ...OFFICE_STORIES_4,
];
