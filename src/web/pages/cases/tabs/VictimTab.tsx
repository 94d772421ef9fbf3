import { Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import type { TabProps } from "../CasePage.js";
import { casePath, useCaseMutation } from "../case-api.js";
import type { VictimContext } from "../case-types.js";
import { changedFields } from "../changes.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { VocabMultiSelect, VocabSelect } from "../inputs.js";
import { PlacesEditor } from "../PlacesEditor.js";
import { fromVictim, toVictim, type VictimFormValues } from "../victim-form.js";
import { primaryPerson } from "./PersonTab.js";

type Many = "recruitmentMethods" | "recruitmentWebsites" | "controlMethods" | "exploitationTypes";
type More = "sexExploitationTypes" | "exploitationWebsites" | "victimVulnerabilities";

/** The HTCDS victim context of the case's person: how they were recruited, controlled and exploited. */
export function VictimTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const entry = primaryPerson(item);
  const [values, setValues] = useState<VictimFormValues>(() => fromVictim(entry?.victim ?? null));
  const [unchanged, setUnchanged] = useState(false);
  const save = useCaseMutation((victim: VictimContext) =>
    api.post(`${casePath(item.id)}/people`, { role: "victim", personId: entry?.person.id, victim }),
  );
  if (!entry) return <Text>{t("casePage.person.none")}</Text>;
  const errors = errorsUnder(save.error, "body.victim.");
  const set = <K extends keyof VictimFormValues>(key: K, value: VictimFormValues[K]) => {
    save.reset();
    setUnchanged(false);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const many = (key: Many | More, list: Parameters<typeof VocabMultiSelect>[0]["list"]) => (
    <VocabMultiSelect
      list={list}
      label={t(`fields.${key}`)}
      value={values[key]}
      onChange={(value) => set(key, value)}
      error={errors[key]}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changedFields(toVictim(fromVictim(entry.victim)), toVictim(values));
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length > 0) save.mutate(changes);
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!canWrite || item.identifyingErased} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Title order={2} size="h3">
            {t("casePage.tabs.victim")}
          </Title>
          <Fieldset legend={t("casePage.victim.status")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <VocabSelect
                list="traffickingStatus"
                label={t("fields.traffickingStatus")}
                value={values.traffickingStatus}
                onChange={(value) => set("traffickingStatus", value)}
                error={errors.traffickingStatus}
              />
              <VocabSelect
                list="statusDecider"
                label={t("fields.statusDecidedBy")}
                value={values.statusDecidedBy}
                onChange={(value) => set("statusDecidedBy", value)}
                error={errors.statusDecidedBy}
              />
              <VocabSelect
                list="traffickerRelationship"
                label={t("fields.relationshipToTrafficker")}
                value={values.relationshipToTrafficker}
                onChange={(value) => set("relationshipToTrafficker", value)}
                error={errors.relationshipToTrafficker}
              />
              <TextInput
                inputMode="numeric"
                label={t("fields.ageWhenTrafficked")}
                value={values.ageWhenTrafficked}
                onChange={(event) =>
                  set("ageWhenTrafficked", event.currentTarget.value.replace(/[^\d]/g, "").slice(0, 3))
                }
                error={errors.ageWhenTrafficked}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t("casePage.victim.recruitment")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {many("recruitmentMethods", "recruitmentMethod")}
              {many("recruitmentWebsites", "websiteOrApp")}
            </SimpleGrid>
          </Fieldset>
          <PlacesEditor
            legend={t("fields.recruitmentPlaces")}
            value={values.recruitmentPlaces}
            onChange={(value) => set("recruitmentPlaces", value)}
            error={errors.recruitmentPlaces}
          />
          <Fieldset legend={t("casePage.victim.exploitation")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {many("exploitationTypes", "exploitationType")}
              {many("controlMethods", "controlMethod")}
              <VocabSelect
                list="forcedLabourIndustry"
                label={t("fields.forcedLabourIndustry")}
                value={values.forcedLabourIndustry}
                onChange={(value) => set("forcedLabourIndustry", value)}
                error={errors.forcedLabourIndustry}
              />
              {many("sexExploitationTypes", "sexExploitationType")}
              {many("exploitationWebsites", "websiteOrApp")}
            </SimpleGrid>
          </Fieldset>
          <PlacesEditor
            legend={t("fields.exploitationPlaces")}
            value={values.exploitationPlaces}
            onChange={(value) => set("exploitationPlaces", value)}
            error={errors.exploitationPlaces}
          />
          <Fieldset legend={t("casePage.victim.vulnerability")}>
            {many("victimVulnerabilities", "victimVulnerability")}
            <Textarea
              mt="sm"
              label={t("fields.vulnerabilityDetails")}
              autosize
              minRows={3}
              value={values.vulnerabilityDetails}
              onChange={(event) => set("vulnerabilityDetails", event.currentTarget.value)}
              error={errors.vulnerabilityDetails}
            />
          </Fieldset>
          {save.isSuccess ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
          {unchanged ? <SuccessAlert>{t("casePage.nothingChanged")}</SuccessAlert> : null}
          <FormError error={save.error} />
          {canWrite ? (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("common.save")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
