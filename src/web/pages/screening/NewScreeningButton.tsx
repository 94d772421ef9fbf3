import { Button, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { FormSummary } from "../../../shared/api/screening.js";
import { currentLanguage } from "../../i18n.js";
import { formTitle } from "./form-text.js";

/** "New screening": the screener picks one of the organisation's published forms, each a large button. */
export function NewScreeningButton({ forms }: { forms: readonly FormSummary[] }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const lang = currentLanguage();
  const usable = forms.filter((form) => form.status === "published" && form.publishedVersion !== null);
  return (
    <>
      <Button size="md" onClick={open}>
        {t("screeningWeb.list.new")}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t("screeningWeb.list.chooseForm")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack gap="sm">
          {usable.length === 0 ? <Text>{t("screeningWeb.list.noForms")}</Text> : null}
          {usable.map((form) => (
            <Button
              key={form.id}
              component={Link}
              to={`/screenings/new/${form.id}`}
              variant="default"
              size="lg"
              justify="flex-start"
              onClick={close}
            >
              {formTitle(form.title, lang)}
            </Button>
          ))}
        </Stack>
      </Modal>
    </>
  );
}
