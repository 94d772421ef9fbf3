import { addDays, todayIso } from "../../../shared/dates.js";

/*
 * Requests that break one rule of an activity each, with the field and problem the answer must name. A change
 * is merged into a valid training (activityInput of the fixture).
 */

export const training = (participants: Record<string, number>, more: Record<string, unknown> = {}) => ({
  kind: "training",
  training: { targetGroups: ["police"], modality: "online", participants, ...more },
});
const material = (line: Record<string, unknown>) => ({
  kind: "awareness",
  awareness: { materials: [{ material: "leaflet", ...line }] },
});
export const RULES: [string, Record<string, unknown>, string, string][] = [
  [
    "sexes that do not add up to the total",
    { details: training({ total: 10, female: 5, male: 4, other: 0 }) },
    "body.details.training.participants.total",
    "sexes_do_not_add_up",
  ],
  [
    "profiles that do not add up to the total",
    { details: training({ total: 10, female: 5, male: 5 }, { byProfile: [{ profile: "police", count: 9 }] }) },
    "body.details.training.byProfile",
    "profiles_do_not_add_up",
  ],
  [
    "more distributed than printed",
    { details: material({ produced: 500, printed: 100, distributed: 101 }) },
    "body.details.awareness.materials.0.distributed",
    "distributed_more_than_printed",
  ],
  [
    "more distributed than produced, when nothing was printed",
    { details: material({ produced: 50, distributed: 60 }) },
    "body.details.awareness.materials.0.distributed",
    "distributed_more_than_printed",
  ],
  [
    "more printed than produced",
    { details: material({ produced: 50, printed: 60 }) },
    "body.details.awareness.materials.0.printed",
    "printed_more_than_produced",
  ],
  ["an end before the start", { startsOn: "2026-01-10", endsOn: "2026-01-09" }, "body.endsOn", "ends_before_start"],
  ["an end in the future", { endsOn: addDays(todayIso(), 3) }, "body.endsOn", "future_date"],
  [
    "data collected until before it started",
    {
      details: {
        kind: "research",
        research: {
          method: "survey",
          researchStatus: "completed",
          collectedFrom: "2026-01-10",
          collectedTo: "2026-01-01",
        },
      },
    },
    "body.details.research.collectedTo",
    "ends_before_start",
  ],
  [
    "a negative count",
    { details: training({ total: 10, female: -1, male: 11 }) },
    "body.details.training.participants.female",
    "too_small",
  ],
  [
    "a code in no list",
    {
      details: {
        kind: "training",
        training: { ...training({ total: 0, female: 0, male: 0 }).training, targetGroups: ["police", "astronauts"] },
      },
    },
    "body.details.training.targetGroups.1",
    "unknown_value",
  ],
  [
    "a profile in no list",
    { details: training({ total: 1, female: 1, male: 0 }, { byProfile: [{ profile: "astronauts", count: 1 }] }) },
    "body.details.training.byProfile.0.profile",
    "unknown_value",
  ],
  [
    "a participant list for something other than a training",
    { details: material({}), participantList: [{ name: "Somebody" }] },
    "body.participantList",
    "participant_list_training_only",
  ],
  ["an office that does not exist", { officeId: crypto.randomUUID() }, "body.officeId", "unknown_office"],
];
