import { useSession } from "../../api/session.js";
import { todayIn } from "./period.js";

/** Today in the organisation's time zone, the day figures count up to. */
export function useOrganisationToday(): Date {
  const { data: session } = useSession();
  return todayIn(session?.user.organisation.timeZone);
}
