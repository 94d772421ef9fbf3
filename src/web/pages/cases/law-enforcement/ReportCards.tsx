import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { LawEnforcementReport } from "../../../../shared/api/law-enforcement.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import { formatDateTime } from "../../../format.js";
import { Facts } from "../Facts.js";
import { formatDate } from "../format.js";
import { printHref } from "./report-api.js";

interface ReportCardsProps {
  items: readonly LawEnforcementReport[];
  /** The language the PDFs are downloaded in: the authority's, which may not be the caseworker's. */
  printLanguage: Language;
}

/** Reports as cards: the authority, when, its reference, the ground (consent or legal basis) and what was shared. */
export function ReportCards({ items, printLanguage }: ReportCardsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack
      gap="sm"
      component="ol"
      style={{ listStyle: "none", padding: 0, margin: 0 }}
      aria-label={t("caseActionsPage.lawEnforcement.title")}
    >
      {items.map((report) => (
        <Card key={report.id} withBorder padding="sm" component="li">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Title order={3} size="h4" style={{ overflowWrap: "anywhere" }}>
                  {report.authorityName}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`lawEnforcement.authorityKind.${report.authorityKind}`)}
                </Text>
              </Stack>
              <Badge color={report.consent ? "green" : "orange"} variant="light" tt="none">
                {report.consent
                  ? t("caseActionsPage.lawEnforcement.withConsent")
                  : t("caseActionsPage.lawEnforcement.withoutConsent")}
              </Badge>
            </Group>
            <Facts
              facts={[
                { label: t("lawEnforcement.fields.reportedAt"), value: formatDateTime(report.reportedAt, lang) },
                { label: t("lawEnforcement.fields.referenceNumber"), value: report.referenceNumber },
                {
                  label: t("lawEnforcement.print.groundSection"),
                  value: [
                    report.consent
                      ? t("caseActionsPage.lawEnforcement.consentOn", {
                          date: formatDate(report.consentDecidedOn, lang) || "—",
                        })
                      : "",
                    report.legalBasis
                      ? t("caseActionsPage.lawEnforcement.legalBasis", { basis: report.legalBasis })
                      : "",
                  ]
                    .filter(Boolean)
                    .join(" · "),
                },
                {
                  label: t("lawEnforcement.fields.sharedFields"),
                  value:
                    report.sharedFields.length === 0
                      ? t("lawEnforcement.print.nothingShared")
                      : report.sharedFields.map((field) => t(`referrals.field.${field}`)).join(", "),
                },
                ...(report.summary ? [{ label: t("lawEnforcement.fields.summary"), value: report.summary }] : []),
                {
                  label: t("lawEnforcement.print.recordSection"),
                  value: t("caseActionsPage.lawEnforcement.recorded", {
                    name: report.recordedBy ?? "—",
                    date: formatDateTime(report.recordedAt, lang),
                  }),
                },
              ]}
            />
            <Group>
              <Button
                component="a"
                href={printHref(report.id, printLanguage)}
                download
                variant="default"
                size="sm"
                aria-label={t("caseActionsPage.lawEnforcement.printFor", { authority: report.authorityName })}
              >
                {t("caseActionsPage.lawEnforcement.print")}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
