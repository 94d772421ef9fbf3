import { Alert, Anchor, Center, Loader, Stack, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { FormDefinition } from "../../../../shared/forms/definition.js";
import { compileForm } from "../../../../shared/forms/engine/index.js";
import { useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { usePageTitle } from "../../../components/usePageTitle.js";
import { currentLanguage } from "../../../i18n.js";
import { formTitle } from "../form-text.js";
import { useFormDetail } from "../screening-api.js";
import { FormFiller } from "./FormFiller.js";

/** /screenings/new/:formId — a new screening with the form's published version. */
export function FillPage() {
  const { t } = useTranslation();
  const { formId = "" } = useParams();
  const { data: session } = useSession();
  const query = useFormDetail(formId);
  const form = query.data;
  const compiled = useMemo(() => (form ? compileForm(form.definition as FormDefinition) : null), [form]);
  usePageTitle(form ? formTitle(form.title, currentLanguage()) : t("screeningWeb.fill.title"));

  if (query.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  const back = (
    <Anchor component={Link} to="/screenings">
      {t("screeningWeb.backToList")}
    </Anchor>
  );
  if (!form || !compiled) {
    return (
      <Stack>
        <Title order={1}>{t("screeningWeb.fill.title")}</Title>
        <ErrorAlert error={query.error} />
        {back}
      </Stack>
    );
  }
  const usable = form.status === "published" && form.publishedVersion === form.version;
  if (!usable || !compiled.ok) {
    return (
      <Stack>
        <Title order={1}>{formTitle(form.title, currentLanguage())}</Title>
        <Alert color="orange" variant="light" role="alert">
          {usable ? t("screeningWeb.fill.brokenForm") : t("screeningWeb.fill.notPublished")}
        </Alert>
        {back}
      </Stack>
    );
  }
  return (
    <FormFiller
      key={`${form.id}.${form.version}`}
      form={form}
      compiled={compiled.form}
      userId={session?.user.id ?? ""}
    />
  );
}
