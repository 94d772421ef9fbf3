import { ACTIVITY_PARTS } from "./activity-catalogues.js";
import type { Language } from "./languages.js";
import assistanceEn from "./locales/assistance/en.json" with { type: "json" };
import assistancePl from "./locales/assistance/pl.json" with { type: "json" };
import assistanceRo from "./locales/assistance/ro.json" with { type: "json" };
import assistanceRu from "./locales/assistance/ru.json" with { type: "json" };
import assistanceUk from "./locales/assistance/uk.json" with { type: "json" };
import caseActionsWebEn from "./locales/case-actions-web/en.json" with { type: "json" };
import caseActionsWebPl from "./locales/case-actions-web/pl.json" with { type: "json" };
import caseActionsWebRo from "./locales/case-actions-web/ro.json" with { type: "json" };
import caseActionsWebRu from "./locales/case-actions-web/ru.json" with { type: "json" };
import caseActionsWebUk from "./locales/case-actions-web/uk.json" with { type: "json" };
import caseExchangeWebEn from "./locales/case-exchange-web/en.json" with { type: "json" };
import caseExchangeWebPl from "./locales/case-exchange-web/pl.json" with { type: "json" };
import caseExchangeWebRo from "./locales/case-exchange-web/ro.json" with { type: "json" };
import caseExchangeWebRu from "./locales/case-exchange-web/ru.json" with { type: "json" };
import caseExchangeWebUk from "./locales/case-exchange-web/uk.json" with { type: "json" };
import casesEn from "./locales/cases/en.json" with { type: "json" };
import casesPl from "./locales/cases/pl.json" with { type: "json" };
import casesRo from "./locales/cases/ro.json" with { type: "json" };
import casesRu from "./locales/cases/ru.json" with { type: "json" };
import casesUk from "./locales/cases/uk.json" with { type: "json" };
import directoryEn from "./locales/directory/en.json" with { type: "json" };
import directoryPl from "./locales/directory/pl.json" with { type: "json" };
import directoryRo from "./locales/directory/ro.json" with { type: "json" };
import directoryRu from "./locales/directory/ru.json" with { type: "json" };
import directoryUk from "./locales/directory/uk.json" with { type: "json" };
import directoryMatchingEn from "./locales/directory-matching/en.json" with { type: "json" };
import directoryMatchingPl from "./locales/directory-matching/pl.json" with { type: "json" };
import directoryMatchingRo from "./locales/directory-matching/ro.json" with { type: "json" };
import directoryMatchingRu from "./locales/directory-matching/ru.json" with { type: "json" };
import directoryMatchingUk from "./locales/directory-matching/uk.json" with { type: "json" };
import directoryWebEn from "./locales/directory-web/en.json" with { type: "json" };
import directoryWebPl from "./locales/directory-web/pl.json" with { type: "json" };
import directoryWebRo from "./locales/directory-web/ro.json" with { type: "json" };
import directoryWebRu from "./locales/directory-web/ru.json" with { type: "json" };
import directoryWebUk from "./locales/directory-web/uk.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import exchangeEn from "./locales/exchange/en.json" with { type: "json" };
import exchangePl from "./locales/exchange/pl.json" with { type: "json" };
import exchangeRo from "./locales/exchange/ro.json" with { type: "json" };
import exchangeRu from "./locales/exchange/ru.json" with { type: "json" };
import exchangeUk from "./locales/exchange/uk.json" with { type: "json" };
import hotlineEn from "./locales/hotline/en.json" with { type: "json" };
import hotlinePl from "./locales/hotline/pl.json" with { type: "json" };
import hotlineRo from "./locales/hotline/ro.json" with { type: "json" };
import hotlineRu from "./locales/hotline/ru.json" with { type: "json" };
import hotlineUk from "./locales/hotline/uk.json" with { type: "json" };
import hotlineEventsEn from "./locales/hotline-events/en.json" with { type: "json" };
import hotlineEventsPl from "./locales/hotline-events/pl.json" with { type: "json" };
import hotlineEventsRo from "./locales/hotline-events/ro.json" with { type: "json" };
import hotlineEventsRu from "./locales/hotline-events/ru.json" with { type: "json" };
import hotlineEventsUk from "./locales/hotline-events/uk.json" with { type: "json" };
import hotlineFiguresEn from "./locales/hotline-figures/en.json" with { type: "json" };
import hotlineFiguresPl from "./locales/hotline-figures/pl.json" with { type: "json" };
import hotlineFiguresRo from "./locales/hotline-figures/ro.json" with { type: "json" };
import hotlineFiguresRu from "./locales/hotline-figures/ru.json" with { type: "json" };
import hotlineFiguresUk from "./locales/hotline-figures/uk.json" with { type: "json" };
import hotlineWebEn from "./locales/hotline-web/en.json" with { type: "json" };
import hotlineWebPl from "./locales/hotline-web/pl.json" with { type: "json" };
import hotlineWebRo from "./locales/hotline-web/ro.json" with { type: "json" };
import hotlineWebRu from "./locales/hotline-web/ru.json" with { type: "json" };
import hotlineWebUk from "./locales/hotline-web/uk.json" with { type: "json" };
import htcdsEn from "./locales/htcds/en.json" with { type: "json" };
import htcdsPl from "./locales/htcds/pl.json" with { type: "json" };
import htcdsRo from "./locales/htcds/ro.json" with { type: "json" };
import htcdsRu from "./locales/htcds/ru.json" with { type: "json" };
import htcdsUk from "./locales/htcds/uk.json" with { type: "json" };
import knowledgeEn from "./locales/knowledge/en.json" with { type: "json" };
import knowledgePl from "./locales/knowledge/pl.json" with { type: "json" };
import knowledgeRo from "./locales/knowledge/ro.json" with { type: "json" };
import knowledgeRu from "./locales/knowledge/ru.json" with { type: "json" };
import knowledgeUk from "./locales/knowledge/uk.json" with { type: "json" };
import lawEnforcementEn from "./locales/law-enforcement/en.json" with { type: "json" };
import lawEnforcementPl from "./locales/law-enforcement/pl.json" with { type: "json" };
import lawEnforcementRo from "./locales/law-enforcement/ro.json" with { type: "json" };
import lawEnforcementRu from "./locales/law-enforcement/ru.json" with { type: "json" };
import lawEnforcementUk from "./locales/law-enforcement/uk.json" with { type: "json" };
import pl from "./locales/pl.json" with { type: "json" };
import recordsEn from "./locales/records/en.json" with { type: "json" };
import recordsPl from "./locales/records/pl.json" with { type: "json" };
import recordsRo from "./locales/records/ro.json" with { type: "json" };
import recordsRu from "./locales/records/ru.json" with { type: "json" };
import recordsUk from "./locales/records/uk.json" with { type: "json" };
import referralFiguresEn from "./locales/referral-figures/en.json" with { type: "json" };
import referralFiguresPl from "./locales/referral-figures/pl.json" with { type: "json" };
import referralFiguresRo from "./locales/referral-figures/ro.json" with { type: "json" };
import referralFiguresRu from "./locales/referral-figures/ru.json" with { type: "json" };
import referralFiguresUk from "./locales/referral-figures/uk.json" with { type: "json" };
import referralPackagesEn from "./locales/referral-packages/en.json" with { type: "json" };
import referralPackagesPl from "./locales/referral-packages/pl.json" with { type: "json" };
import referralPackagesRo from "./locales/referral-packages/ro.json" with { type: "json" };
import referralPackagesRu from "./locales/referral-packages/ru.json" with { type: "json" };
import referralPackagesUk from "./locales/referral-packages/uk.json" with { type: "json" };
import referralPackagesWebEn from "./locales/referral-packages-web/en.json" with { type: "json" };
import referralPackagesWebPl from "./locales/referral-packages-web/pl.json" with { type: "json" };
import referralPackagesWebRo from "./locales/referral-packages-web/ro.json" with { type: "json" };
import referralPackagesWebRu from "./locales/referral-packages-web/ru.json" with { type: "json" };
import referralPackagesWebUk from "./locales/referral-packages-web/uk.json" with { type: "json" };
import referralsEn from "./locales/referrals/en.json" with { type: "json" };
import referralsPl from "./locales/referrals/pl.json" with { type: "json" };
import referralsRo from "./locales/referrals/ro.json" with { type: "json" };
import referralsRu from "./locales/referrals/ru.json" with { type: "json" };
import referralsUk from "./locales/referrals/uk.json" with { type: "json" };
import referralsWebEn from "./locales/referrals-web/en.json" with { type: "json" };
import referralsWebPl from "./locales/referrals-web/pl.json" with { type: "json" };
import referralsWebRo from "./locales/referrals-web/ro.json" with { type: "json" };
import referralsWebRu from "./locales/referrals-web/ru.json" with { type: "json" };
import referralsWebUk from "./locales/referrals-web/uk.json" with { type: "json" };
import ro from "./locales/ro.json" with { type: "json" };
import ru from "./locales/ru.json" with { type: "json" };
import screeningEn from "./locales/screening/en.json" with { type: "json" };
import screeningPl from "./locales/screening/pl.json" with { type: "json" };
import screeningRo from "./locales/screening/ro.json" with { type: "json" };
import screeningRu from "./locales/screening/ru.json" with { type: "json" };
import screeningUk from "./locales/screening/uk.json" with { type: "json" };
import screeningAppEn from "./locales/screening-app/en.json" with { type: "json" };
import screeningAppPl from "./locales/screening-app/pl.json" with { type: "json" };
import screeningAppRo from "./locales/screening-app/ro.json" with { type: "json" };
import screeningAppRu from "./locales/screening-app/ru.json" with { type: "json" };
import screeningAppUk from "./locales/screening-app/uk.json" with { type: "json" };
import screeningWebEn from "./locales/screening-web/en.json" with { type: "json" };
import screeningWebPl from "./locales/screening-web/pl.json" with { type: "json" };
import screeningWebRo from "./locales/screening-web/ro.json" with { type: "json" };
import screeningWebRu from "./locales/screening-web/ru.json" with { type: "json" };
import screeningWebUk from "./locales/screening-web/uk.json" with { type: "json" };
import uk from "./locales/uk.json" with { type: "json" };

export type Catalogue = Record<string, unknown>;

/**
 * One catalogue per language, assembled from a core file and one file per capability (cases, HTCDS
 * vocabularies …) so that capabilities keep their own strings. Parts merge section by section (a part
 * may add its own messages to "validation", say); two parts defining the same key is a mistake caught at load.
 */
function assemble(...parts: Catalogue[]): Catalogue {
  const merged: Catalogue = {};
  for (const part of parts) mergeInto(merged, part, "");
  return merged;
}

function mergeInto(target: Catalogue, source: Catalogue, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    const isTree = (v: unknown): v is Catalogue => typeof v === "object" && v !== null && !Array.isArray(v);
    if (existing === undefined) {
      target[key] = isTree(value) ? structuredClone(value) : value;
    } else if (isTree(existing) && isTree(value)) {
      mergeInto(existing, value, `${path}${key}.`);
    } else {
      throw new Error(`translation key "${path}${key}" is defined twice`);
    }
  }
}

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: assemble(
    en,
    casesEn,
    htcdsEn,
    recordsEn,
    exchangeEn,
    assistanceEn,
    screeningEn,
    screeningAppEn,
    screeningWebEn,
    hotlineEn,
    hotlineWebEn,
    hotlineFiguresEn,
    hotlineEventsEn,
    knowledgeEn,
    lawEnforcementEn,
    directoryEn,
    directoryWebEn,
    directoryMatchingEn,
    referralsEn,
    referralPackagesEn,
    referralPackagesWebEn,
    referralsWebEn,
    referralFiguresEn,
    caseActionsWebEn,
    caseExchangeWebEn,
    ...ACTIVITY_PARTS.en,
  ),
  uk: assemble(
    uk,
    casesUk,
    htcdsUk,
    recordsUk,
    exchangeUk,
    assistanceUk,
    screeningUk,
    screeningAppUk,
    screeningWebUk,
    hotlineUk,
    hotlineWebUk,
    hotlineFiguresUk,
    hotlineEventsUk,
    knowledgeUk,
    lawEnforcementUk,
    directoryUk,
    directoryWebUk,
    directoryMatchingUk,
    referralsUk,
    referralPackagesUk,
    referralPackagesWebUk,
    referralsWebUk,
    referralFiguresUk,
    caseActionsWebUk,
    caseExchangeWebUk,
    ...ACTIVITY_PARTS.uk,
  ),
  ru: assemble(
    ru,
    casesRu,
    htcdsRu,
    recordsRu,
    exchangeRu,
    assistanceRu,
    screeningRu,
    screeningAppRu,
    screeningWebRu,
    hotlineRu,
    hotlineWebRu,
    hotlineFiguresRu,
    hotlineEventsRu,
    knowledgeRu,
    lawEnforcementRu,
    directoryRu,
    directoryWebRu,
    directoryMatchingRu,
    referralsRu,
    referralPackagesRu,
    referralPackagesWebRu,
    referralsWebRu,
    referralFiguresRu,
    caseActionsWebRu,
    caseExchangeWebRu,
    ...ACTIVITY_PARTS.ru,
  ),
  pl: assemble(
    pl,
    casesPl,
    htcdsPl,
    recordsPl,
    exchangePl,
    assistancePl,
    screeningPl,
    screeningAppPl,
    screeningWebPl,
    hotlinePl,
    hotlineWebPl,
    hotlineFiguresPl,
    hotlineEventsPl,
    knowledgePl,
    lawEnforcementPl,
    directoryPl,
    directoryWebPl,
    directoryMatchingPl,
    referralsPl,
    referralPackagesPl,
    referralPackagesWebPl,
    referralsWebPl,
    referralFiguresPl,
    caseActionsWebPl,
    caseExchangeWebPl,
    ...ACTIVITY_PARTS.pl,
  ),
  ro: assemble(
    ro,
    casesRo,
    htcdsRo,
    recordsRo,
    exchangeRo,
    assistanceRo,
    screeningRo,
    screeningAppRo,
    screeningWebRo,
    hotlineRo,
    hotlineWebRo,
    hotlineFiguresRo,
    hotlineEventsRo,
    knowledgeRo,
    lawEnforcementRo,
    directoryRo,
    directoryWebRo,
    directoryMatchingRo,
    referralsRo,
    referralPackagesRo,
    referralPackagesWebRo,
    referralsWebRo,
    referralFiguresRo,
    caseActionsWebRo,
    caseExchangeWebRo,
    ...ACTIVITY_PARTS.ro,
  ),
};
