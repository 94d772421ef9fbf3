import type { z } from "zod";
import type { ScreeningDetail, screeningInput } from "../../../shared/api/screening.js";
import type { Answers, LocalizedText } from "../../../shared/forms/definition.js";
import type { SubmissionError } from "../../../shared/forms/engine/index.js";
import type { Language } from "../../../shared/i18n/languages.js";
import type { ScreeningScore } from "../../../shared/screening/scoring/index.js";
import { AppError, invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { raiseUrgentTask } from "../case-records/urgent-task.js";
import { findVisiblePerson } from "../people/people.service.js";
import { compiledVersion } from "./compiled-forms.js";
import { countScreening } from "./screening-counts.js";
import { screeningFacts, withoutIdentifyingAnswers } from "./screening-facts.js";
import { readScreening } from "./screening-read.service.js";

type ScreeningInput = z.infer<typeof screeningInput>;

/** The text of a form author's message in the screener's language, else the form's first one. */
function localized(text: LocalizedText | undefined, language: string): string | undefined {
  if (!text) return undefined;
  return text[language] ?? text.default ?? text.en ?? Object.values(text)[0];
}

/** The engine's findings as one 400 naming every field: body.answers.<path>, a code and the form's own message. */
function rejectAnswers(errors: SubmissionError[], language: string): AppError {
  return new AppError(
    "validation",
    errors.map((error) => {
      const message = localized(error.message, language);
      return {
        field: `body.answers.${error.path}`,
        // The form author's own message, when there is one, is the message; otherwise the generic one.
        problem: message ? "form_message" : `form_${error.code}`,
        params: { ...(error.params ?? {}), ...(message ? { message } : {}) },
      };
    }),
  );
}

/** The form version a screening may use: a version up to the published one of a published form. */
async function usableVersion(db: ScopedDb, formId: string, version: number) {
  const form = await db
    .selectFrom("forms")
    .select(["status", "published_version"])
    .where("id", "=", formId)
    .executeTakeFirst();
  if (!form) throw invalidField("body.formId", "unknown_form");
  if (form.status !== "published" || form.published_version === null)
    throw invalidField("body.formId", "form_not_published");
  if (version > form.published_version) throw invalidField("body.formVersion", "form_version_not_published");
  return compiledVersion(db, formId, version);
}

/**
 * Saves a screening: answers validated by the form engine (as the browser did), scored by the version's
 * rules, sealed under the screening's own key. The same client key twice is one screening. A screening
 * in immediate danger raises an urgent task for a supervisor in the same transaction.
 */
export async function submitScreening(
  db: ScopedDb,
  services: Services,
  input: ScreeningInput,
  options: { source: "app" | "api"; language: Language },
): Promise<ScreeningDetail> {
  if (input.clientKey) {
    const earlier = await db
      .selectFrom("screenings")
      .select("id")
      .where("client_key", "=", input.clientKey)
      .executeTakeFirst();
    if (earlier) return { ...(await readScreening(db, services, earlier.id)), replayed: true };
  }
  const compiled = await usableVersion(db, input.formId, input.formVersion);
  const evaluation = compiled.form.evaluate(input.answers as Answers);
  if (evaluation.errors.length > 0) throw rejectAnswers(evaluation.errors, options.language);
  const score: ScreeningScore | null = compiled.scorer ? compiled.scorer.score(evaluation) : null;
  if (input.personId) {
    await findVisiblePerson(db, input.personId).catch(() => {
      throw invalidField("body.personId", "unknown_person");
    });
  }
  const facts = screeningFacts(evaluation.values);
  const kept = facts.refusedRecording ? withoutIdentifyingAnswers(compiled.form, evaluation.values) : evaluation.values;
  const id = crypto.randomUUID();
  const screenedAt = input.screenedAt ? new Date(input.screenedAt) : new Date();
  const key = (await new RecordKeys(services.keyring).create(db, [id])).get(id);
  if (!key) throw new Error("screening key was not created");
  const inserted = await db
    .insertInto("screenings", [
      {
        organisation_id: db.organisationId,
        id,
        form_id: compiled.formId,
        form_version: compiled.version,
        client_key: input.clientKey ?? null,
        screened_at: screenedAt,
        country: input.location?.country ?? null,
        place: input.location?.place ?? null,
        site_type: input.location?.siteType ?? null,
        interview_language: input.interviewLanguage ?? null,
        screener_user_id: db.actor.userId,
        team_id: db.actor.teamId,
        person_id: input.personId ?? null,
        answers: key.sealJson("screenings.answers", { values: kept, result: score }),
        risk_level: score?.level ?? null,
        flags: score?.flags.map((flag) => flag.id) ?? [],
        needs: score?.needs ?? [],
        services: score?.services ?? [],
        sex: facts.sex,
        age_band: facts.ageBand,
        consent_record: facts.consentRecord,
        consent_refer: facts.consentRefer,
        source: options.source,
      },
    ])
    .onConflict((oc) => oc.columns(["organisation_id", "client_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted && input.clientKey) {
    // The same client key committed by a request running alongside: that one is the screening.
    await db.deleteFrom("record_keys").where("subject_id", "=", id).execute();
    const earlier = await db
      .selectFrom("screenings")
      .select("id")
      .where("client_key", "=", input.clientKey)
      .executeTakeFirstOrThrow();
    return { ...(await readScreening(db, services, earlier.id)), replayed: true };
  }
  await countScreening(db, {
    screenedAt,
    formId: compiled.formId,
    level: score?.level ?? null,
    siteType: input.location?.siteType ?? null,
    country: input.location?.country ?? null,
    sex: facts.sex,
    ageBand: facts.ageBand,
    needs: score?.needs ?? [],
    flags: score?.flags.map((flag) => flag.id) ?? [],
  });
  if (score?.level === "immediate_danger") {
    const title = translator(options.language)("screeningRecord.urgentTaskTitle");
    await raiseUrgentTask(db, key, { kind: "screening", id }, title);
  }
  db.audit({
    action: "screening.create",
    recordType: "screening",
    recordId: id,
    detail: { form: compiled.formKey, version: compiled.version, level: score?.level ?? null, source: options.source },
  });
  return readScreening(db, services, id, key);
}

/** A submission addressed to a form (another tool): its published version, or 404 for a form not the caller's. */
export async function submitToForm(
  db: ScopedDb,
  services: Services,
  formId: string,
  input: Omit<ScreeningInput, "formId" | "formVersion">,
  options: { source: "app" | "api"; language: Language },
): Promise<ScreeningDetail> {
  const form = await db.selectFrom("forms").select("published_version").where("id", "=", formId).executeTakeFirst();
  if (!form) throw notFound();
  if (form.published_version === null) throw invalidField("path.id", "form_not_published");
  const answers = withoutGroupPaths(input.answers);
  return submitScreening(db, services, { ...input, answers, formId, formVersion: form.published_version }, options);
}

/**
 * KoboToolbox and ODK name answers by their path through groups ("travel/country_from", and inside a
 * repeat "legs/leg_country"). Names are unique across an XLSForm, so the last segment names the field.
 */
export function withoutGroupPaths(answers: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(answers)) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    out[name] = Array.isArray(value)
      ? value.map((item) =>
          typeof item === "object" && item !== null && !Array.isArray(item)
            ? withoutGroupPaths(item as Record<string, unknown>)
            : item,
        )
      : value;
  }
  return out;
}
