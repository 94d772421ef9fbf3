import type { Language } from "./languages.js";
import activitiesEn from "./locales/activities/en.json" with { type: "json" };
import activitiesPl from "./locales/activities/pl.json" with { type: "json" };
import activitiesRo from "./locales/activities/ro.json" with { type: "json" };
import activitiesRu from "./locales/activities/ru.json" with { type: "json" };
import activitiesUk from "./locales/activities/uk.json" with { type: "json" };
import activitiesWebEn from "./locales/activities-web/en.json" with { type: "json" };
import activitiesWebPl from "./locales/activities-web/pl.json" with { type: "json" };
import activitiesWebRo from "./locales/activities-web/ro.json" with { type: "json" };
import activitiesWebRu from "./locales/activities-web/ru.json" with { type: "json" };
import activitiesWebUk from "./locales/activities-web/uk.json" with { type: "json" };
import dashboardEn from "./locales/dashboard/en.json" with { type: "json" };
import dashboardPl from "./locales/dashboard/pl.json" with { type: "json" };
import dashboardRo from "./locales/dashboard/ro.json" with { type: "json" };
import dashboardRu from "./locales/dashboard/ru.json" with { type: "json" };
import dashboardUk from "./locales/dashboard/uk.json" with { type: "json" };
import dashboardWebEn from "./locales/dashboard-web/en.json" with { type: "json" };
import dashboardWebPl from "./locales/dashboard-web/pl.json" with { type: "json" };
import dashboardWebRo from "./locales/dashboard-web/ro.json" with { type: "json" };
import dashboardWebRu from "./locales/dashboard-web/ru.json" with { type: "json" };
import dashboardWebUk from "./locales/dashboard-web/uk.json" with { type: "json" };
import fiveWEn from "./locales/five-w/en.json" with { type: "json" };
import fiveWPl from "./locales/five-w/pl.json" with { type: "json" };
import fiveWRo from "./locales/five-w/ro.json" with { type: "json" };
import fiveWRu from "./locales/five-w/ru.json" with { type: "json" };
import fiveWUk from "./locales/five-w/uk.json" with { type: "json" };
import reportingEn from "./locales/reporting/en.json" with { type: "json" };
import reportingPl from "./locales/reporting/pl.json" with { type: "json" };
import reportingRo from "./locales/reporting/ro.json" with { type: "json" };
import reportingRu from "./locales/reporting/ru.json" with { type: "json" };
import reportingUk from "./locales/reporting/uk.json" with { type: "json" };
import sitrepEn from "./locales/sitrep/en.json" with { type: "json" };
import sitrepPl from "./locales/sitrep/pl.json" with { type: "json" };
import sitrepRo from "./locales/sitrep/ro.json" with { type: "json" };
import sitrepRu from "./locales/sitrep/ru.json" with { type: "json" };
import sitrepUk from "./locales/sitrep/uk.json" with { type: "json" };
import sitrepDocumentsEn from "./locales/sitrep-documents/en.json" with { type: "json" };
import sitrepDocumentsPl from "./locales/sitrep-documents/pl.json" with { type: "json" };
import sitrepDocumentsRo from "./locales/sitrep-documents/ro.json" with { type: "json" };
import sitrepDocumentsRu from "./locales/sitrep-documents/ru.json" with { type: "json" };
import sitrepDocumentsUk from "./locales/sitrep-documents/uk.json" with { type: "json" };
import sitrepWebEn from "./locales/sitrep-web/en.json" with { type: "json" };
import sitrepWebPl from "./locales/sitrep-web/pl.json" with { type: "json" };
import sitrepWebRo from "./locales/sitrep-web/ro.json" with { type: "json" };
import sitrepWebRu from "./locales/sitrep-web/ru.json" with { type: "json" };
import sitrepWebUk from "./locales/sitrep-web/uk.json" with { type: "json" };

/** The catalogue parts of activities, reporting periods, the situation report, the 5W table and the dashboard. */
export const ACTIVITY_PARTS: Readonly<Record<Language, Record<string, unknown>[]>> = {
  en: [
    activitiesEn,
    reportingEn,
    sitrepEn,
    sitrepDocumentsEn,
    fiveWEn,
    dashboardEn,
    activitiesWebEn,
    sitrepWebEn,
    dashboardWebEn,
  ],
  uk: [
    activitiesUk,
    reportingUk,
    sitrepUk,
    sitrepDocumentsUk,
    fiveWUk,
    dashboardUk,
    activitiesWebUk,
    sitrepWebUk,
    dashboardWebUk,
  ],
  ru: [
    activitiesRu,
    reportingRu,
    sitrepRu,
    sitrepDocumentsRu,
    fiveWRu,
    dashboardRu,
    activitiesWebRu,
    sitrepWebRu,
    dashboardWebRu,
  ],
  pl: [
    activitiesPl,
    reportingPl,
    sitrepPl,
    sitrepDocumentsPl,
    fiveWPl,
    dashboardPl,
    activitiesWebPl,
    sitrepWebPl,
    dashboardWebPl,
  ],
  ro: [
    activitiesRo,
    reportingRo,
    sitrepRo,
    sitrepDocumentsRo,
    fiveWRo,
    dashboardRo,
    activitiesWebRo,
    sitrepWebRo,
    dashboardWebRo,
  ],
};
