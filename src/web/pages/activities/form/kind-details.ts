import type { ActivityKind } from "../../../../shared/activities/vocab.js";
import type { ActivityDetails } from "../../../../shared/api/activities.js";
import { emptyKindForms, type KindForms } from "./kind-forms.js";

/** Each kind's stored details into the form's text and back into the API's shape. */

const shown = (value: number | string | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

/** The stored details in the form's shape; the other kinds start empty. */
export function kindFormsFrom(details: ActivityDetails): KindForms {
  const forms = emptyKindForms();
  switch (details.kind) {
    case "training": {
      const d = details.training;
      forms.training = {
        topics: [...d.topics],
        targetGroups: [...d.targetGroups],
        modality: d.modality,
        durationDays: shown(d.durationDays),
        participants: {
          total: shown(d.participants.total),
          female: shown(d.participants.female),
          male: shown(d.participants.male),
          other: d.participants.other ? shown(d.participants.other) : "",
        },
        byProfile: d.byProfile.map((row) => ({ profile: row.profile, count: shown(row.count) })),
        preTestAverage: shown(d.preTestAverage),
        postTestAverage: shown(d.postTestAverage),
      };
      break;
    }
    case "awareness": {
      const d = details.awareness;
      forms.awareness = {
        campaign: shown(d.campaign),
        materials: d.materials.map((line) => ({
          material: line.material,
          languages: [...line.languages],
          produced: shown(line.produced),
          printed: shown(line.printed),
          distributed: shown(line.distributed),
        })),
        languages: [...d.languages],
        channels: [...d.channels],
        reach: {
          peopleMet: shown(d.reach.peopleMet),
          views: shown(d.reach.views),
          impressions: shown(d.reach.impressions),
          spots: shown(d.reach.spots),
        },
      };
      break;
    }
    case "coordination": {
      const d = details.coordination;
      forms.coordination = {
        meetingType: d.meetingType,
        role: d.role,
        organisationsPresent: [...d.organisationsPresent],
        organisationCount: shown(d.organisationCount),
        topics: [...d.topics],
        followUps: d.followUps,
      };
      break;
    }
    case "guidance": {
      const d = details.guidance;
      forms.guidance = {
        productType: d.productType,
        languages: [...d.languages],
        versions: d.versions.map((v) => ({ label: v.label, date: v.date, note: shown(v.note) })),
      };
      break;
    }
    case "research": {
      const d = details.research;
      forms.research = {
        method: d.method,
        sampleSize: shown(d.sampleSize),
        collectedFrom: shown(d.collectedFrom),
        collectedTo: shown(d.collectedTo),
        researchStatus: d.researchStatus,
        findings: d.findings.map((f) => ({ text: f.text, value: shown(f.value), unit: f.unit })),
      };
      break;
    }
  }
  return forms;
}

/**
 * A number as typed: blank is left out (undefined), a number is sent as one ("1 250" and "7,5" read as
 * numbers: a decimal comma is what most of the users' languages write), anything else as typed.
 */
export function numberOrTyped(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  return Number.isFinite(number) ? number : trimmed;
}

const text = (typed: string) => (typed.trim() === "" ? undefined : typed.trim());
const code = (typed: string) => (typed === "" ? undefined : typed);

/** The chosen kind's details as the API takes them; the server's schema judges them field by field. */
export function detailsFrom(kind: ActivityKind, forms: KindForms): unknown {
  switch (kind) {
    case "training": {
      const f = forms.training;
      return {
        kind,
        training: {
          topics: f.topics,
          targetGroups: f.targetGroups,
          modality: code(f.modality),
          durationDays: numberOrTyped(f.durationDays),
          participants: {
            total: numberOrTyped(f.participants.total),
            female: numberOrTyped(f.participants.female),
            male: numberOrTyped(f.participants.male),
            other: numberOrTyped(f.participants.other) ?? 0,
          },
          byProfile: f.byProfile.map((row) => ({ profile: code(row.profile), count: numberOrTyped(row.count) })),
          preTestAverage: numberOrTyped(f.preTestAverage),
          postTestAverage: numberOrTyped(f.postTestAverage),
        },
      };
    }
    case "awareness": {
      const f = forms.awareness;
      return {
        kind,
        awareness: {
          campaign: text(f.campaign),
          materials: f.materials.map((line) => ({
            material: code(line.material),
            languages: line.languages,
            produced: numberOrTyped(line.produced),
            printed: numberOrTyped(line.printed),
            distributed: numberOrTyped(line.distributed),
          })),
          languages: f.languages,
          channels: f.channels,
          reach: {
            peopleMet: numberOrTyped(f.reach.peopleMet),
            views: numberOrTyped(f.reach.views),
            impressions: numberOrTyped(f.reach.impressions),
            spots: numberOrTyped(f.reach.spots),
          },
        },
      };
    }
    case "coordination": {
      const f = forms.coordination;
      return {
        kind,
        coordination: {
          meetingType: code(f.meetingType),
          role: code(f.role),
          organisationsPresent: f.organisationsPresent,
          organisationCount: numberOrTyped(f.organisationCount),
          topics: f.topics,
          followUps: f.followUps.trim(),
        },
      };
    }
    case "guidance": {
      const f = forms.guidance;
      return {
        kind,
        guidance: {
          productType: code(f.productType),
          languages: f.languages,
          versions: f.versions.map((v) => ({ label: v.label.trim(), date: code(v.date), note: text(v.note) })),
        },
      };
    }
    case "research": {
      const f = forms.research;
      return {
        kind,
        research: {
          method: code(f.method),
          sampleSize: numberOrTyped(f.sampleSize),
          collectedFrom: code(f.collectedFrom),
          collectedTo: code(f.collectedTo),
          researchStatus: code(f.researchStatus),
          findings: f.findings.map((row) => ({
            text: row.text.trim(),
            value: numberOrTyped(row.value),
            unit: row.unit,
          })),
        },
      };
    }
  }
}
