import { Button, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseStage } from "../../../shared/htcds/index.js";
import { FormError } from "./FormError.js";
import { useVocab } from "./vocab.js";

interface SkipStageModalProps {
  /** Later stages the server allows, beyond the next one. */
  stages: CaseStage[];
  onClose: () => void;
  loading: boolean;
  error: unknown;
  onSubmit: (stage: CaseStage) => void;
}

/** Moving a case past a stage that did not apply (no support plan was needed, say). */
export function SkipStageModal({ stages, onClose, loading, error, onSubmit }: SkipStageModalProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [stage, setStage] = useState<string>(stages[0] ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stage) onSubmit(stage as CaseStage);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("casePage.workflow.skipTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("casePage.workflow.skipText")}</Text>
          <Radio.Group label={t("casePage.workflow.skipTo")} value={stage} onChange={setStage} required>
            <Stack gap="xs" mt={6}>
              {stages.map((value, index) => (
                <Radio
                  key={value}
                  value={value}
                  label={vocab.label("caseStage", value)}
                  data-autofocus={index === 0 ? true : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          <FormError error={error} titled={false} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={loading} disabled={!stage}>
              {t("casePage.workflow.skipSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
