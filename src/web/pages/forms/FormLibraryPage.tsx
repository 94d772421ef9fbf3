import { Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { useForms } from "../screening/screening-api.js";
import { FormCard } from "./FormCard.js";
import { useFormAction } from "./form-api.js";
import { ImportPanel } from "./ImportPanel.js";

/** /forms — the organisation's screening forms; importing, publishing and retiring need form.manage. */
export function FormLibraryPage() {
  const { t } = useTranslation();
  usePageTitle(t("formLibrary.title"));
  const { data: session } = useSession();
  const canManage = can(session, "form.manage");
  const forms = useForms();
  const publish = useFormAction("publish");
  const retire = useFormAction("retire");
  const busyId = (publish.isPending && publish.variables?.id) || (retire.isPending && retire.variables?.id) || null;

  return (
    <Stack maw={960}>
      <Title order={1}>{t("formLibrary.title")}</Title>
      <Text size="sm">{t("formLibrary.intro")}</Text>
      {canManage ? <ImportPanel /> : null}
      <ErrorAlert error={forms.error ?? publish.error ?? retire.error} />
      {forms.data?.length === 0 ? <Text>{t("formLibrary.empty")}</Text> : null}
      {forms.data ? (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("formLibrary.listLabel")}
        >
          {forms.data.map((form) => (
            <FormCard
              key={form.id}
              form={form}
              canManage={canManage}
              canScreen={can(session, "screening.write")}
              busy={busyId === form.id}
              onPublish={() => publish.mutate({ id: form.id })}
              onRetire={() => retire.mutate({ id: form.id })}
            />
          ))}
        </Stack>
      ) : null}
      {forms.isPending ? (
        <Center>
          <Loader aria-label={t("app.loading")} />
        </Center>
      ) : null}
    </Stack>
  );
}
