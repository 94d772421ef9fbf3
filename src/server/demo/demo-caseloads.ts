import {
  DEMO_CASES_ORGANISATION,
  type DemoCase,
  LEGAL_AID,
  MOLDOVA_OFFICE,
  ROMANIA_OFFICE,
  SHELTER,
} from "./demo-case-builders.js";
import { DEMO_CASES } from "./demo-case-stories.js";
import { demoEmail } from "./demo-organisations.js";
import { LEGAL_AID_CASES } from "./demo-stories-legal-aid.js";
import { MOLDOVA_CASES } from "./demo-stories-moldova.js";
import { ROMANIA_CASES } from "./demo-stories-romania.js";
import { SHELTER_CASES } from "./demo-stories-shelter.js";

/** One organisation's demo cases and the accounts that record them. */
export interface DemoCaseload {
  organisation: string;
  caseworker: string;
  /** Opens the stories marked so and approves closures; a partner without one has no closed stories. */
  supervisor?: string;
  stories: readonly DemoCase[];
}

/** Every demo organisation's caseload, in the order they are recorded. */
export const DEMO_CASELOADS: readonly DemoCaseload[] = [
  {
    organisation: DEMO_CASES_ORGANISATION.name,
    caseworker: DEMO_CASES_ORGANISATION.caseworker,
    supervisor: DEMO_CASES_ORGANISATION.supervisor,
    stories: DEMO_CASES,
  },
  {
    organisation: ROMANIA_OFFICE,
    caseworker: demoEmail(ROMANIA_OFFICE, "caseworker"),
    supervisor: demoEmail(ROMANIA_OFFICE, "supervisor"),
    stories: ROMANIA_CASES,
  },
  {
    organisation: MOLDOVA_OFFICE,
    caseworker: demoEmail(MOLDOVA_OFFICE, "caseworker"),
    supervisor: demoEmail(MOLDOVA_OFFICE, "supervisor"),
    stories: MOLDOVA_CASES,
  },
  { organisation: SHELTER, caseworker: demoEmail(SHELTER, "caseworker"), stories: SHELTER_CASES },
  { organisation: LEGAL_AID, caseworker: demoEmail(LEGAL_AID, "caseworker"), stories: LEGAL_AID_CASES },
];
