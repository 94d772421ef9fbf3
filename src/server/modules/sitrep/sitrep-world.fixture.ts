import type { TestApp } from "../../testing/http.js";
import { directoryEntry } from "../referrals/referrals.fixture.js";
import {
  type AssistedPersonSeed,
  insertActivity,
  insertAssistedPerson,
  insertContact,
  insertOffice,
  insertPhoto,
  insertReferral,
  insertScreening,
  insertTeam,
  makeMain,
} from "./sitrep-records.fixture.js";

/*
 * One organisation's March and April 2012, far from the demo's own data, for the situation report: three
 * offices (A the main office, B with a team, C with none), people assisted, screened, called and referred
 * in A and B, activities of each kind in every state, and records just outside the months and in another
 * organisation that must not count. The expected figures are spelled out in the tests.
 */

export interface SitrepWorld {
  offices: { a: string; b: string; c: string };
  otherOffice: string;
  trainingPhoto: string;
  activities: { trainingMarch: string; trainingApril: string; trainingDraft: string; guidance: string };
}

const training = (total: number, female: number, male: number, targetGroups: string[], byProfile: unknown[]) => ({
  kind: "training",
  training: {
    topics: ["identification"],
    targetGroups,
    modality: "in_person",
    participants: { total, female, male, other: 0 },
    byProfile,
  },
});
const coordination = (role: string) => ({
  kind: "coordination",
  coordination: { meetingType: "task_force", role, organisationsPresent: [], topics: [], followUps: "" },
});
const research = (sampleSize: number) => ({
  kind: "research",
  research: { method: "interviews", sampleSize, researchStatus: "completed", findings: [] },
});

const shelter = (providedOn: string) => ({ type: "ShelterAndAccommodation", status: "provided" as const, providedOn });

export async function buildSitrepWorld(testApp: TestApp, organisationId: string, otherOrganisationId: string) {
  const db = testApp.services.database.db;
  const org = organisationId;
  const a = await insertOffice(db, org, "Sitrep A Warsaw");
  const b = await insertOffice(db, org, "Sitrep B Lviv");
  const c = await insertOffice(db, org, "Sitrep C Iasi");
  await makeMain(db, org, a);
  const teamA = await insertTeam(db, org, "Sitrep team A", a);
  const teamB = await insertTeam(db, org, "Sitrep team B", b);

  const person = (seed: AssistedPersonSeed) => insertAssistedPerson(db, org, seed);
  // Office A: ten victims (eight men, two women), four of them in no team (the main office's), six others.
  const cases: string[] = [];
  for (let i = 0; i < 10; i++) {
    const assistance = [shelter("2012-03-05")];
    if (i < 3) assistance.push({ type: "Medical", status: "provided", providedOn: "2012-03-06" });
    if (i === 0) assistance.push({ type: "Medical", status: "provided", providedOn: "2012-04-06" });
    if (i === 4 || i >= 8) assistance.push({ type: "Legal", status: "provided", providedOn: "2012-04-20" });
    const made = await person({
      teamId: i < 4 ? null : teamA,
      sex: i < 8 ? "Male" : "Female",
      traffickingStatus: "ActualVictimOfTrafficking",
      openedOn: "2012-03-01",
      assistance,
    });
    cases.push(made.caseId);
  }
  for (let i = 0; i < 6; i++) {
    const assistance = [shelter(i === 5 ? "2012-04-30" : "2012-03-20")];
    if (i < 3) assistance.push({ type: "Medical", status: "provided", providedOn: "2012-03-21" });
    await person({
      teamId: teamA,
      sex: "Female",
      traffickingStatus: "PossibleVictimOfTrafficking",
      openedOn: "2012-03-15",
      assistance,
    });
  }
  // Cases of A that give no one assisted in the period: before, after, planned only, cancelled.
  await person({
    teamId: teamA,
    sex: "Male",
    traffickingStatus: null,
    openedOn: "2012-02-15",
    assistance: [shelter("2012-02-29")],
  });
  await person({
    teamId: teamA,
    sex: "Male",
    traffickingStatus: null,
    openedOn: "2012-05-01",
    assistance: [shelter("2012-05-01")],
  });
  await person({
    teamId: null,
    sex: "Female",
    traffickingStatus: null,
    openedOn: "2012-04-10",
    assistance: [{ type: "Food", status: "planned", providedOn: null }],
  });
  await person({
    teamId: teamA,
    sex: "Female",
    traffickingStatus: null,
    openedOn: "2012-03-01",
    assistance: [{ type: "Food", status: "cancelled", providedOn: "2012-03-10" }],
  });
  // Office B: seven others, five women and two men; two given cash.
  for (let i = 0; i < 7; i++) {
    const assistance = [shelter("2012-04-12")];
    if (i >= 5) assistance.push({ type: "Cash", status: "provided", providedOn: "2012-04-13" });
    await person({
      teamId: teamB,
      sex: i < 5 ? "Female" : "Male",
      traffickingStatus: i === 0 ? null : "PossibleVictimOfTrafficking",
      openedOn: "2012-04-01",
      assistance,
    });
  }
  // Another organisation's assistance in the same months.
  await insertAssistedPerson(db, otherOrganisationId, {
    teamId: null,
    sex: "Female",
    traffickingStatus: "ActualVictimOfTrafficking",
    openedOn: "2012-03-01",
    assistance: [shelter("2012-03-10")],
  });

  // Screenings: twelve in A (one just after midnight on 1 March in Warsaw), three in B; two just outside.
  for (let i = 0; i < 11; i++) await insertScreening(db, org, teamA, "2012-03-15T10:00:00Z");
  await insertScreening(db, org, teamA, "2012-02-29T23:30:00Z");
  await insertScreening(db, org, teamA, "2012-02-29T22:30:00Z");
  await insertScreening(db, org, teamA, "2012-04-30T22:30:00Z");
  for (let i = 0; i < 3; i++) await insertScreening(db, org, teamB, "2012-04-02T10:00:00Z");

  // Helpline of A: nine contacts, twelve consultations, five persons (one caller three times, four anonymous).
  for (let i = 0; i < 3; i++)
    await insertContact(db, org, {
      teamId: teamA,
      countedOn: "2012-03-07",
      callerRef: "n:same-caller",
      consultations: 2,
    });
  for (const consultations of [1, 1, 2, 2])
    await insertContact(db, org, { teamId: teamA, countedOn: "2012-04-07", callerRef: "anonymous", consultations });
  for (let i = 0; i < 2; i++)
    await insertContact(db, org, { teamId: teamA, countedOn: "2012-04-08", callerRef: null, consultations: 0 });
  await insertContact(db, org, { teamId: teamA, countedOn: "2012-05-01", callerRef: "n:later", consultations: 1 });
  await insertContact(db, org, { teamId: teamA, countedOn: null, callerRef: null, consultations: 1 });
  await insertContact(db, otherOrganisationId, {
    teamId: null,
    countedOn: "2012-03-07",
    callerRef: "anonymous",
    consultations: 1,
  });

  // Referrals of A: six sent, five of them completed; a draft, an imported one and one sent in May do not count.
  const { providerId } = await directoryEntry(testApp, { keeper: org, member: null, name: "Sitrep provider" });
  const referral = (status: "draft" | "sent" | "completed", sentAt: string | null, imported = false) =>
    insertReferral(db, org, { teamId: teamA, caseId: cases[0] as string, providerId, sentAt, status, imported });
  await referral("sent", "2012-03-09T10:00:00Z");
  for (let i = 0; i < 5; i++) await referral("completed", "2012-04-09T10:00:00Z");
  await referral("draft", null);
  await referral("completed", "2012-03-09T10:00:00Z", true);
  await referral("sent", "2012-04-30T22:30:00Z");

  // Activities: approved ones of each kind; drafts, submitted ones and May's must not appear.
  const activity = (seed: Parameters<typeof insertActivity>[2]) => insertActivity(db, org, seed);
  const approved = "approved" as const;
  const trainingMarch = await activity({
    officeId: a,
    kind: "training",
    section: "training",
    status: approved,
    month: "2012-03",
    title: "Border guards",
    narrative: "A training for 37 border guards on counter-trafficking.",
    details: training(37, 20, 17, ["border_guards"], [{ profile: "border_guards", count: 37 }]),
  });
  const trainingApril = await activity({
    officeId: a,
    kind: "training",
    section: "training",
    status: approved,
    month: "2012-04",
    title: "Police",
    narrative: "Three police officers trained.",
    details: training(3, 2, 1, ["police"], []),
  });
  const trainingDraft = await activity({
    officeId: a,
    kind: "training",
    section: "training",
    status: "draft",
    month: "2012-03",
    title: "Draft training",
    details: training(100, 50, 50, ["police"], []),
  });
  await activity({
    officeId: a,
    kind: "training",
    section: "training",
    status: "submitted",
    month: "2012-04",
    title: "Submitted training",
    details: training(10, 5, 5, ["police"], []),
  });
  await activity({
    officeId: a,
    kind: "training",
    section: "training",
    status: approved,
    month: "2012-05",
    title: "May training",
    details: training(10, 5, 5, ["police"], []),
  });
  await activity({
    officeId: a,
    kind: "awareness",
    section: "advocacy",
    status: approved,
    month: "2012-04",
    title: "Flyers",
    narrative: "Flyers on the risks of trafficking.",
    details: {
      kind: "awareness",
      awareness: {
        materials: [
          { material: "flyer", languages: [], produced: 12000, printed: 12000, distributed: 9500 },
          { material: "leaflet", languages: [], distributed: 6000 },
        ],
        languages: [],
        channels: [],
        reach: { views: 150000, spots: 1350000 },
      },
    },
  });
  await activity({
    officeId: a,
    kind: "coordination",
    section: "convening",
    status: approved,
    month: "2012-03",
    title: "Task force",
    details: coordination("co_chair"),
  });
  await activity({
    officeId: a,
    kind: "coordination",
    section: "convening",
    status: approved,
    month: "2012-04",
    title: "Working group",
    details: coordination("participant"),
  });
  await activity({
    officeId: a,
    kind: "research",
    section: "direct_assistance",
    status: approved,
    month: "2012-03",
    title: "Needs assessment",
    narrative: "The needs of 243 refugees were assessed.",
    details: research(243),
  });
  const guidance = await activity({
    officeId: b,
    kind: "guidance",
    section: "thematic_guidance",
    status: approved,
    month: "2012-03",
    title: "Indicators",
    narrative: "Indicators for frontline responders published.",
    details: { kind: "guidance", guidance: { productType: "indicator_list", languages: [], versions: [] } },
  });
  await activity({
    officeId: b,
    kind: "research",
    section: "research",
    status: approved,
    month: "2012-04",
    title: "Survey",
    details: research(5311),
  });
  await activity({
    officeId: c,
    kind: "coordination",
    section: "convening",
    status: approved,
    month: "2012-03",
    title: "Chaired",
    details: coordination("chair"),
  });
  const trainingPhoto = await insertPhoto(db, org, trainingMarch, "Training of border guards");

  const otherOffice = await insertOffice(db, otherOrganisationId, "Sitrep other organisation's office");
  return {
    offices: { a, b, c },
    otherOffice,
    trainingPhoto,
    activities: { trainingMarch, trainingApril, trainingDraft, guidance },
  } satisfies SitrepWorld;
}
