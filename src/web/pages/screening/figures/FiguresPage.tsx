import { Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import type { ScreeningFigures } from "../../../../shared/api/screening.js";
import { can, useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { usePageTitle } from "../../../components/usePageTitle.js";
import { countryName, monthName } from "../../../format.js";
import { currentLanguage } from "../../../i18n.js";
import { formatNumber } from "../../cases/format.js";
import { formTitle } from "../form-text.js";
import { useFigures, useForms } from "../screening-api.js";
import { FiguresTable } from "./FiguresTable.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Breakdown = Exclude<keyof ScreeningFigures, "from" | "to" | "threshold" | "total">;

/** /screenings/figures — counts for reporting, never a record; small cells are withheld by the server. */
export function FiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t("screeningWeb.figures.title"));
  const lang = currentLanguage();
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const from = DATE.test(params.get("from") ?? "") ? (params.get("from") as string) : "";
  const to = DATE.test(params.get("to") ?? "") ? (params.get("to") as string) : "";
  const formId = params.get("form") ?? "";
  // The form filter needs the form library, which only people who screen may list.
  const forms = useForms(can(session, "form.read"));
  const figures = useFigures({ from: from || undefined, to: to || undefined, formId: formId || undefined });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const unknown = t("screeningWeb.figures.unknown");
  const labels: Record<Breakdown, { title: string; label: (key: string) => string }> = {
    byLevel: {
      title: t("screeningWeb.figures.byLevel"),
      label: (key) => (key === "not_scored" ? t("screeningWeb.notScored") : t(`screening.levels.${key}`)),
    },
    byNeed: {
      title: t("screeningWeb.figures.byNeed"),
      label: (key) => t(`screening.needs.${key}`, { defaultValue: key }),
    },
    byFlag: {
      title: t("screeningWeb.figures.byFlag"),
      label: (key) => t(`screening.flags.${key}`, { defaultValue: key }),
    },
    bySiteType: {
      title: t("screeningWeb.figures.bySiteType"),
      label: (key) => (key === "unknown" ? unknown : t(`screeningWeb.siteTypes.${key}`, { defaultValue: key })),
    },
    byCountry: {
      title: t("screeningWeb.figures.byCountry"),
      label: (key) => (key === "unknown" ? unknown : countryName(key, lang)),
    },
    byMonth: { title: t("screeningWeb.figures.byMonth"), label: (key) => monthName(key, lang) },
    bySex: {
      title: t("screeningWeb.figures.bySex"),
      label: (key) => t(`screeningWeb.figures.sex.${key}`, { defaultValue: key }),
    },
    byAgeBand: {
      title: t("screeningWeb.figures.byAgeBand"),
      label: (key) => (key === "unknown" ? unknown : t(`htcds.ageBand.${key}`, { defaultValue: key })),
    },
  };
  const data = figures.data;

  return (
    <Stack maw={1100}>
      <Title order={1}>{t("screeningWeb.figures.title")}</Title>
      <Text size="sm">{t("screeningWeb.figures.intro")}</Text>
      <Group align="flex-end" wrap="wrap" component="section" aria-label={t("screeningWeb.figures.period")}>
        <TextInput
          type="date"
          label={t("screeningWeb.list.from")}
          value={from}
          onChange={(e) => set("from", e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t("screeningWeb.list.to")}
          value={to}
          onChange={(e) => set("to", e.currentTarget.value)}
        />
        {forms.data ? (
          <NativeSelect
            label={t("screeningWeb.fields.form")}
            value={formId}
            onChange={(e) => set("form", e.currentTarget.value)}
          >
            <option value="">{t("screeningWeb.list.any")}</option>
            {forms.data.map((form) => (
              <option key={form.id} value={form.id}>
                {formTitle(form.title, lang)}
              </option>
            ))}
          </NativeSelect>
        ) : null}
      </Group>
      <ErrorAlert error={figures.error} />
      {data ? (
        <>
          <Text fw={600} aria-live="polite">
            {data.total === null
              ? t("screeningWeb.figures.totalWithheld", { threshold: formatNumber(data.threshold, lang) })
              : t("screeningWeb.figures.total", { count: data.total, formatted: formatNumber(data.total, lang) })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {(Object.keys(labels) as Breakdown[]).map((breakdown) => (
              <FiguresTable
                key={breakdown}
                id={`figures-${breakdown}`}
                title={labels[breakdown].title}
                cells={data[breakdown]}
                label={labels[breakdown].label}
                threshold={data.threshold}
                lang={lang}
              />
            ))}
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
