/**
 * Each kind's fields as the form holds them: text as typed, so that a number that is not one reaches the
 * server as typed and comes back as a problem on its field, instead of the form quietly dropping it.
 */

export interface ProfileRow {
  profile: string;
  count: string;
}

export interface TrainingForm {
  topics: string[];
  targetGroups: string[];
  modality: string;
  durationDays: string;
  participants: { total: string; female: string; male: string; other: string };
  byProfile: ProfileRow[];
  preTestAverage: string;
  postTestAverage: string;
}

export interface MaterialRow {
  material: string;
  languages: string[];
  produced: string;
  printed: string;
  distributed: string;
}

export interface AwarenessForm {
  campaign: string;
  materials: MaterialRow[];
  languages: string[];
  channels: string[];
  reach: { peopleMet: string; views: string; impressions: string; spots: string };
}

export interface CoordinationForm {
  meetingType: string;
  role: string;
  organisationsPresent: string[];
  organisationCount: string;
  topics: string[];
  followUps: string;
}

export interface VersionRow {
  label: string;
  date: string;
  note: string;
}

export interface GuidanceForm {
  productType: string;
  languages: string[];
  versions: VersionRow[];
}

export interface FindingRow {
  text: string;
  value: string;
  unit: string;
}

export interface ResearchForm {
  method: string;
  sampleSize: string;
  collectedFrom: string;
  collectedTo: string;
  researchStatus: string;
  findings: FindingRow[];
}

/** Every kind's fields are kept while the form is open, so that switching kind and back loses nothing. */
export interface KindForms {
  training: TrainingForm;
  awareness: AwarenessForm;
  coordination: CoordinationForm;
  guidance: GuidanceForm;
  research: ResearchForm;
}

export const emptyProfileRow = (): ProfileRow => ({ profile: "", count: "" });
export const emptyMaterialRow = (): MaterialRow => ({
  material: "",
  languages: [],
  produced: "",
  printed: "",
  distributed: "",
});
export const emptyVersionRow = (): VersionRow => ({ label: "", date: "", note: "" });
export const emptyFindingRow = (): FindingRow => ({ text: "", value: "", unit: "text" });

export function emptyKindForms(): KindForms {
  return {
    training: {
      topics: [],
      targetGroups: [],
      modality: "",
      durationDays: "",
      participants: { total: "", female: "", male: "", other: "" },
      byProfile: [],
      preTestAverage: "",
      postTestAverage: "",
    },
    awareness: {
      campaign: "",
      materials: [],
      languages: [],
      channels: [],
      reach: { peopleMet: "", views: "", impressions: "", spots: "" },
    },
    coordination: {
      meetingType: "",
      role: "",
      organisationsPresent: [],
      organisationCount: "",
      topics: [],
      followUps: "",
    },
    guidance: { productType: "", languages: [], versions: [] },
    research: { method: "", sampleSize: "", collectedFrom: "", collectedTo: "", researchStatus: "", findings: [] },
  };
}
