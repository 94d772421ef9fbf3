import type { ActivityStatus } from "../../../shared/activities/vocab.js";
import type { TestApp } from "../../testing/http.js";

/**
 * Activities written straight into the database, as the activities module would keep them: the period
 * tests need activities of a month in each status, not the way they are made.
 */
export async function insertActivity(
  testApp: TestApp,
  input: { organisationId: string; officeId: string; month: string; status: ActivityStatus },
): Promise<string> {
  const id = crypto.randomUUID();
  const day = `${input.month}-15`;
  await testApp.services.database.db
    .insertInto("activities")
    .values({
      organisation_id: input.organisationId,
      id,
      office_id: input.officeId,
      kind: "coordination",
      section: "convening",
      title: `Coordination meeting ${id.slice(0, 6)}`,
      country: "PL",
      starts_on: day,
      ends_on: day,
      period_month: `${input.month}-01`,
      status: input.status,
    })
    .execute();
  return id;
}

export async function setActivityStatus(testApp: TestApp, id: string, status: ActivityStatus): Promise<void> {
  await testApp.services.database.db.updateTable("activities").set({ status }).where("id", "=", id).execute();
}
