import { Fieldset, Group, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES, type ConsentMethod } from "../../../shared/htcds/index.js";
import { LanguagePicker, VocabSelect } from "./inputs.js";
import { type ConsentChoice, draftIsChild, type IntakeDraft } from "./intake-draft.js";
import { useVocab } from "./vocab.js";

interface IntakeConsentsProps {
  draft: IntakeDraft;
  onChange: (draft: IntakeDraft) => void;
  /** Problems of the consents as sent, keyed by purpose. */
  errors: Record<string, string>;
  guardianError?: string;
}

const CHOICES = ["given", "refused", "none"] as const;

/** Consent per purpose at intake: given, refused, or not asked yet. A child's consent names the guardian. */
export function IntakeConsents({ draft, onChange, errors, guardianError }: IntakeConsentsProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const child = draftIsChild(draft) || !!guardianError;
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => onChange({ ...draft, [key]: value });
  const choose = (purpose: (typeof CONSENT_PURPOSES)[number], value: string) =>
    set("consents", { ...draft.consents, [purpose]: value === "none" ? null : (value as ConsentChoice) });

  return (
    <Fieldset legend={t("intake.consentTitle")}>
      <Stack>
        <Text size="sm">{t("intake.consentIntro")}</Text>
        <Stack gap="md">
          {CONSENT_PURPOSES.map((purpose) => (
            <Radio.Group
              key={purpose}
              label={vocab.label("consentPurpose", purpose)}
              value={draft.consents[purpose] ?? "none"}
              onChange={(value) => choose(purpose, value)}
              error={errors[purpose]}
            >
              <Group gap="lg" mt={6}>
                {CHOICES.map((choice) => (
                  <Radio
                    key={choice}
                    value={choice}
                    label={choice === "none" ? t("intake.notAsked") : vocab.label("consentDecision", choice)}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t("fields.decidedOn")}
            value={draft.consentDate}
            onChange={(event) => set("consentDate", event.currentTarget.value)}
            required
          />
          <VocabSelect
            list="consentMethod"
            label={t("fields.method")}
            value={draft.consentMethod}
            onChange={(value) => set("consentMethod", (value ?? "verbal") as ConsentMethod)}
            required
          />
          <LanguagePicker
            label={t("intake.consentLanguage")}
            value={draft.consentLanguage}
            onChange={(value) => set("consentLanguage", value)}
          />
        </SimpleGrid>
        {child ? (
          <Fieldset legend={t("intake.guardianTitle")} variant="filled">
            <Text size="sm" mb="sm">
              {t("intake.guardianIntro")}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("intake.guardianName")}
                value={draft.guardianName}
                onChange={(event) => set("guardianName", event.currentTarget.value)}
                error={guardianError}
                autoComplete="off"
              />
              <TextInput
                label={t("intake.guardianRelationship")}
                description={t("intake.guardianRelationshipHint")}
                value={draft.guardianRelationship}
                onChange={(event) => set("guardianRelationship", event.currentTarget.value)}
              />
            </SimpleGrid>
          </Fieldset>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
