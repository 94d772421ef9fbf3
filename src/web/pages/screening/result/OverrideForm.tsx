import { Button, Collapse, Group, NativeSelect, Stack, Text, Textarea, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RISK_LEVELS, type ScreeningDetail } from "../../../../shared/api/screening.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { FormError } from "../../cases/FormError.js";
import { errorsUnder } from "../../cases/field-errors.js";
import { useOverride } from "../screening-api.js";

/** The screener's own judgement of the level, with the reason; the computed level stays on record beside it. */
export function OverrideForm({ screening }: { screening: ScreeningDetail }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [level, setLevel] = useState<string>(screening.finalLevel ?? "high");
  const [reason, setReason] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  const override = useOverride(screening.id);
  const errors = errorsUnder(override.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    override.mutate(
      { level, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason("");
          close();
        },
      },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="override-title">
      <Title order={2} size="h3" id="override-title">
        {t("screening.override.title")}
      </Title>
      {override.isSuccess ? <SuccessAlert>{t("screeningWeb.result.overrideSaved")}</SuccessAlert> : null}
      <Button variant="default" onClick={toggle} aria-expanded={opened} w="fit-content">
        {t("screeningWeb.result.overrideOpen")}
      </Button>
      <Collapse in={opened}>
        <form onSubmit={submit} noValidate aria-labelledby="override-title">
          <Stack gap="sm">
            <Text size="sm">{t("screening.result.judgement")}</Text>
            <NativeSelect
              size="md"
              label={t("screening.override.level")}
              value={level}
              onChange={(event) => setLevel(event.currentTarget.value)}
              error={errors.level}
            >
              {RISK_LEVELS.map((item) => (
                <option key={item} value={item}>
                  {t(`screening.levels.${item}`)}
                </option>
              ))}
            </NativeSelect>
            <Textarea
              size="md"
              label={t("screening.override.reason")}
              withAsterisk
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={missingReason ? t("screening.override.reasonRequired") : errors.reason}
            />
            <FormError error={override.error} />
            <Group>
              <Button type="submit" loading={override.isPending}>
                {t("screeningWeb.result.overrideSave")}
              </Button>
              <Button variant="default" onClick={close}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Stack>
  );
}
