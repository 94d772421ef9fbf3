import type { VictimContext } from "./case-types.js";
import type { DraftPlace } from "./PlacesEditor.js";

type Place = NonNullable<VictimContext["recruitmentPlaces"]>[number];

/** The HTCDS vic_ context as the form holds it. */
export interface VictimFormValues {
  traffickingStatus: string | null;
  statusDecidedBy: string | null;
  relationshipToTrafficker: string | null;
  ageWhenTrafficked: string;
  recruitmentMethods: string[];
  recruitmentWebsites: string[];
  controlMethods: string[];
  exploitationTypes: string[];
  forcedLabourIndustry: string | null;
  sexExploitationTypes: string[];
  exploitationWebsites: string[];
  victimVulnerabilities: string[];
  vulnerabilityDetails: string;
  recruitmentPlaces: DraftPlace[];
  exploitationPlaces: DraftPlace[];
}

const places = (list: readonly Place[] | undefined): DraftPlace[] =>
  (list ?? []).map((p) => ({ country: p.country, place: p.place ?? "" }));

export function fromVictim(victim: VictimContext | null): VictimFormValues {
  const v = victim ?? {};
  return {
    traffickingStatus: v.traffickingStatus ?? null,
    statusDecidedBy: v.statusDecidedBy ?? null,
    relationshipToTrafficker: v.relationshipToTrafficker ?? null,
    ageWhenTrafficked:
      v.ageWhenTrafficked === null || v.ageWhenTrafficked === undefined ? "" : String(v.ageWhenTrafficked),
    recruitmentMethods: v.recruitmentMethods ?? [],
    recruitmentWebsites: v.recruitmentWebsites ?? [],
    controlMethods: v.controlMethods ?? [],
    exploitationTypes: v.exploitationTypes ?? [],
    forcedLabourIndustry: v.forcedLabourIndustry ?? null,
    sexExploitationTypes: v.sexExploitationTypes ?? [],
    exploitationWebsites: v.exploitationWebsites ?? [],
    victimVulnerabilities: v.victimVulnerabilities ?? [],
    vulnerabilityDetails: v.vulnerabilityDetails ?? "",
    recruitmentPlaces: places(v.recruitmentPlaces),
    exploitationPlaces: places(v.exploitationPlaces),
  };
}

const toPlaces = (list: DraftPlace[]): Place[] =>
  list.filter((p) => p.country).map((p) => ({ country: p.country as Place["country"], place: p.place.trim() || null }));

/** Every field is sent, so clearing one in the form clears it in the record. */
export function toVictim(values: VictimFormValues): VictimContext {
  const age = values.ageWhenTrafficked.trim();
  return {
    ...values,
    traffickingStatus: values.traffickingStatus as VictimContext["traffickingStatus"],
    statusDecidedBy: values.statusDecidedBy as VictimContext["statusDecidedBy"],
    relationshipToTrafficker: values.relationshipToTrafficker as VictimContext["relationshipToTrafficker"],
    ageWhenTrafficked: age ? Number(age) : null,
    recruitmentMethods: values.recruitmentMethods as VictimContext["recruitmentMethods"],
    recruitmentWebsites: values.recruitmentWebsites as VictimContext["recruitmentWebsites"],
    controlMethods: values.controlMethods as VictimContext["controlMethods"],
    exploitationTypes: values.exploitationTypes as VictimContext["exploitationTypes"],
    forcedLabourIndustry: values.forcedLabourIndustry as VictimContext["forcedLabourIndustry"],
    sexExploitationTypes: values.sexExploitationTypes as VictimContext["sexExploitationTypes"],
    exploitationWebsites: values.exploitationWebsites as VictimContext["exploitationWebsites"],
    victimVulnerabilities: values.victimVulnerabilities as VictimContext["victimVulnerabilities"],
    vulnerabilityDetails: values.vulnerabilityDetails.trim() || null,
    recruitmentPlaces: toPlaces(values.recruitmentPlaces),
    exploitationPlaces: toPlaces(values.exploitationPlaces),
  };
}
