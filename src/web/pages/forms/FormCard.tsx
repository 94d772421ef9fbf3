import { Anchor, Badge, Button, Card, Group, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { FormSummary } from "../../../shared/api/screening.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { formatDateTime } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { formLanguageName, formTitle } from "../screening/form-text.js";
import { formPath } from "../screening/screening-api.js";

const STATUS_COLOURS = { draft: "gray", published: "teal", retired: "orange" } as const;

interface FormCardProps {
  form: FormSummary;
  canManage: boolean;
  canScreen: boolean;
  onPublish: () => void;
  onRetire: () => void;
  busy: boolean;
}

/** One form of the library: its status in words, its versions, and what may be done with it. */
export function FormCard({ form, canManage, canScreen, onPublish, onRetire, busy }: FormCardProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const title = formTitle(form.title, lang);
  const newer = form.publishedVersion === null || form.latestVersion > form.publishedVersion;
  const published = form.status === "published" && form.publishedVersion !== null;
  return (
    <Card component="li" withBorder padding="sm" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap={6}>
          <Text fw={600}>{title}</Text>
          <Group gap={6}>
            <Badge color={STATUS_COLOURS[form.status]} variant="light" tt="none">
              {t(`formLibrary.status.${form.status}`)}
            </Badge>
            {form.builtIn ? (
              <Badge color="blue" variant="outline" tt="none">
                {t("formLibrary.builtIn")}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">
          {form.publishedVersion === null
            ? t("formLibrary.versionsUnpublished", { latest: form.latestVersion, label: form.versionLabel })
            : t("formLibrary.versions", {
                published: form.publishedVersion,
                latest: form.latestVersion,
                label: form.versionLabel,
              })}
        </Text>
        <Text size="sm" c="dimmed">
          {form.formKey} · {form.languages.map(formLanguageName).join(", ")} ·{" "}
          {t("formLibrary.updated", { date: formatDateTime(form.updatedAt, lang) })}
        </Text>
        <Group gap="xs" mt={4}>
          {canScreen && published ? (
            <Button component={Link} to={`/screenings/new/${form.id}`} size="sm">
              {t("formLibrary.startScreening")}
            </Button>
          ) : null}
          {canManage && (newer || form.status !== "published") ? (
            <Button size="sm" variant="default" onClick={onPublish} loading={busy}>
              {t("formLibrary.publish", { version: form.latestVersion })}
            </Button>
          ) : null}
          {canManage && form.status !== "retired" ? (
            <ConfirmAction
              label={t("formLibrary.retire")}
              title={t("formLibrary.retireTitle", { title })}
              message={t("formLibrary.retireText")}
              color="red"
              variant="subtle"
              loading={busy}
              onConfirm={onRetire}
            />
          ) : null}
          {canManage ? (
            <Anchor href={`${formPath(form.id)}/xlsform`} download size="sm">
              {t("formLibrary.download")}
              {/* Three "Download" links in a row need their form's name for a screen reader. */}
              <VisuallyHidden> ({title})</VisuallyHidden>
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
