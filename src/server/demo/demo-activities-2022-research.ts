import { between, type DemoActivity, research } from "./demo-activities-builders.js";

/** Data collection and research of the seed period (May to early June 2022). */
export const RESEARCH_2022: readonly DemoActivity[] = [
  {
    key: "cz-2022-06-protection-data",
    office: "CZ",
    title: "Collecting data on the protection needs of people fleeing Ukraine",
    narrative:
      "The office designed a way to collect data on the protection needs of Ukrainians and third-country nationals who fled Ukraine; collection started in June.",
    ...between("2022-05-09", "2022-06-01"),
    details: research({ method: "survey", collectedFrom: "2022-06-01", researchStatus: "in_progress" }),
  },
  {
    key: "de-2022-05-tcn-survey",
    office: "DE",
    title: "Online survey of third-country nationals from Ukraine",
    narrative:
      "Through diaspora organisations, civil society and embassies, an online survey asks third-country nationals from Ukraine about their needs and their exposure to trafficking, gender-based violence and xenophobia.",
    partners: ["Diaspora organisations", "Civil society organisations", "Embassies"],
    ...between("2022-05-10", "2022-05-31"),
    details: research({ method: "survey", collectedFrom: "2022-05-10", researchStatus: "in_progress" }),
  },
  {
    key: "pl-2022-05-displacement-tracking",
    office: "PL",
    title: "Protection questions in displacement tracking",
    narrative:
      "Displacement tracking questionnaires now ask refugees from Ukraine and third-country nationals about their protection needs; the answers will shape counter-trafficking work.",
    ...between("2022-05-02", "2022-05-31"),
    details: research({ method: "displacement_tracking", researchStatus: "in_progress" }),
  },
  {
    key: "by-2022-05-displacement-tracking",
    office: "BY",
    title: "Protection questions in displacement tracking",
    narrative:
      "As in Poland, displacement tracking questionnaires in Belarus collect the protection needs of refugees from Ukraine and third-country nationals to guide counter-trafficking work.",
    ...between("2022-05-02", "2022-05-31"),
    details: research({ method: "displacement_tracking", researchStatus: "in_progress" }),
  },
  {
    key: "ro-2022-05-displacement-interviews",
    office: "RO",
    title: "Interviews on displacement and protection needs",
    narrative:
      "Since 25 March the office has held 5,311 interviews to follow how people move and what protection they need.",
    ...between("2022-03-25", "2022-05-31"),
    details: research({
      method: "displacement_tracking",
      sampleSize: 5311,
      collectedFrom: "2022-03-25",
      collectedTo: "2022-05-31",
      researchStatus: "in_progress",
    }),
  },
  {
    key: "ro-2022-05-risk-assessment",
    office: "RO",
    title: "Local assessment of trafficking risks at borders and reception centres",
    narrative:
      "A local assessment looked at trafficking risks at border crossings, reception centres and other places where people from Ukraine pass or stay.",
    ...between("2022-05-02", "2022-05-27"),
    details: research({ method: "rapid_assessment", researchStatus: "completed" }),
  },
  {
    key: "ro-2022-05-mapping",
    office: "RO",
    title: "Rapid mapping of counter-trafficking work in Romania",
    narrative: "Under the crisis task force, the office is mapping who does what against trafficking in the country.",
    partners: ["A platform of counter-trafficking NGOs"],
    ...between("2022-05-16", "2022-05-31"),
    details: research({ method: "mapping", researchStatus: "in_progress" }),
  },
  {
    key: "ua-2022-05-survey-method",
    office: "UA",
    title: "Method of a rapid national survey on vulnerability to trafficking",
    narrative:
      "The method of a rapid national survey is final: it will estimate how vulnerable people in Ukraine are to trafficking, gender-based violence and exploitation. Fieldwork starts in June.",
    ...between("2022-05-02", "2022-05-31"),
    details: research({ method: "survey", collectedFrom: "2022-06-06", researchStatus: "planned" }),
  },
];
