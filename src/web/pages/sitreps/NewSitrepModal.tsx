import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Language } from "../../../shared/i18n/languages.js";
import { fieldErrors } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LanguageSelect } from "../../components/LanguageSelect.js";
import { currentLanguage } from "../../i18n.js";
import { useCreateSitrep, useOffices } from "./sitrep-api.js";
import { type PeriodProblem, periodProblem, previousMonth } from "./sitrep-period.js";

interface NewSitrepModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Starts a report: the period, the offices, the language it is written in, a title if the default will not do. */
export function NewSitrepModal({ opened, onClose }: NewSitrepModalProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("sitrepWeb.create.title")}
      fullScreen={isPhone}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <NewSitrepForm onCancel={onClose} />
    </Modal>
  );
}

function NewSitrepForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const offices = useOffices();
  const create = useCreateSitrep();
  const [fromMonth, setFromMonth] = useState(previousMonth);
  const [toMonth, setToMonth] = useState(previousMonth);
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const [title, setTitle] = useState("");
  // null until the person changes the choice: every office, however many the organisation has.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<PeriodProblem | "offices">(null);

  const all = (offices.data ?? []).map((office) => office.id);
  const selected = chosen ?? all;
  const server = fieldErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(fromMonth, toMonth);
    if (found) return setProblem(found);
    if (all.length > 0 && selected.length === 0) return setProblem("offices");
    setProblem(null);
    create.mutate(
      {
        fromMonth,
        toMonth,
        language,
        // Every office: sent as none named, so that the report covers the organisation as a whole.
        officeIds: selected.length === all.length ? [] : selected,
        ...(title.trim() ? { title: title.trim() } : {}),
      },
      { onSuccess: (detail) => navigate(`/sitreps/${detail.id}`) },
    );
  };

  const monthError = (field: "fromMonth" | "toMonth") => {
    if (problem === field) return t("sitrepWeb.create.monthProblem");
    if (problem === "order" && field === "toMonth") return t("sitrepWeb.create.orderProblem");
    return server[field];
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="month"
            label={t("sitrepWeb.create.fromMonth")}
            description={t("sitrepWeb.create.monthHint")}
            value={fromMonth}
            onChange={(event) => setFromMonth(event.currentTarget.value)}
            error={monthError("fromMonth")}
            required
            data-autofocus
          />
          <TextInput
            type="month"
            label={t("sitrepWeb.create.toMonth")}
            description={t("sitrepWeb.create.monthHint")}
            value={toMonth}
            onChange={(event) => setToMonth(event.currentTarget.value)}
            error={monthError("toMonth")}
            required
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t("sitrepWeb.create.offices")}
          description={t("sitrepWeb.create.officesHint")}
          value={selected}
          onChange={setChosen}
          error={problem === "offices" ? t("sitrepWeb.create.officesProblem") : server.officeIds}
        >
          {all.length > 1 ? (
            <Group gap="xs" mt={4}>
              <Button variant="subtle" size="compact-sm" onClick={() => setChosen(all)}>
                {t("sitrepWeb.create.allOffices")}
              </Button>
              <Button variant="subtle" size="compact-sm" onClick={() => setChosen([])}>
                {t("sitrepWeb.create.noOffice")}
              </Button>
            </Group>
          ) : null}
          {offices.isPending ? <Text size="sm">{t("app.loading")}</Text> : null}
          {offices.data?.length === 0 ? <Text size="sm">{t("sitrepWeb.create.noOffices")}</Text> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} verticalSpacing={6} mt={6}>
            {offices.data?.map((office) => (
              <Checkbox key={office.id} value={office.id} label={office.name} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <ErrorAlert error={offices.error} />
        <LanguageSelect
          label={t("sitrepWeb.create.language")}
          description={t("sitrepWeb.create.languageHint")}
          value={language}
          onChange={setLanguage}
          error={server.language}
        />
        <TextInput
          label={t("sitrepWeb.create.reportTitle")}
          description={t("sitrepWeb.create.reportTitleHint")}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          maxLength={300}
          error={server.title}
        />
        <ErrorAlert error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("sitrepWeb.create.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
