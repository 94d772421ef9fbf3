import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES } from "../../../../shared/htcds/index.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import type { TabProps } from "../CasePage.js";
import type { Consent } from "../case-types.js";
import { formatDate } from "../format.js";
import { useVocab } from "../vocab.js";
import { ConsentForm } from "./ConsentForm.js";
import { primaryPerson } from "./PersonTab.js";

const COLOURS: Record<string, string> = { given: "green", refused: "red", withdrawn: "orange" };

function Decision({ consent }: { consent: Consent | undefined }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  if (!consent)
    return (
      <Text span size="sm" c="dimmed">
        {t("casePage.consent.notAsked")}
      </Text>
    );
  return (
    <Badge color={COLOURS[consent.decision] ?? "gray"} variant="light" tt="none" miw="max-content">
      {vocab.label("consentDecision", consent.decision)}
    </Badge>
  );
}

function ConsentRows({ consents, withPurpose }: { consents: (Consent | undefined)[]; withPurpose: string[] }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("fields.purpose")}</Table.Th>
            <Table.Th scope="col">{t("fields.decision")}</Table.Th>
            <Table.Th scope="col">{t("fields.decidedOn")}</Table.Th>
            <Table.Th scope="col">{t("fields.method")}</Table.Th>
            <Table.Th scope="col">{t("casePage.consent.guardian")}</Table.Th>
            <Table.Th scope="col">{t("casePage.consent.signature")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consents.map((consent, index) => (
            <Table.Tr key={consent?.id ?? withPurpose[index]}>
              <Table.Th scope="row" fw={400}>
                {vocab.label("consentPurpose", consent?.purpose ?? withPurpose[index])}
              </Table.Th>
              <Table.Td>
                <Decision consent={consent} />
              </Table.Td>
              <Table.Td>{consent ? formatDate(consent.decidedOn, vocab.lang) : ""}</Table.Td>
              <Table.Td>{consent ? vocab.label("consentMethod", consent.method) : ""}</Table.Td>
              <Table.Td>
                {consent?.guardian ? `${consent.guardian.name} (${consent.guardian.relationship})` : ""}
              </Table.Td>
              <Table.Td>
                {consent?.signatureAttachmentId ? (
                  <Anchor
                    href={`/api/attachments/${encodeURIComponent(consent.signatureAttachmentId)}`}
                    target="_blank"
                  >
                    {t("casePage.consent.viewSignature")}
                  </Anchor>
                ) : (
                  ""
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Consent in force per purpose, every decision ever recorded, and a form for a new one. */
export function ConsentTab({ item, canWrite }: TabProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const entry = primaryPerson(item);
  if (!entry) return <Text>{t("casePage.person.none")}</Text>;
  const state = entry.consents ?? { current: {}, history: [] };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t("casePage.consent.current")}
        </Title>
        {canWrite && !adding && !entry.person.erased ? (
          <Button
            variant="default"
            onClick={() => {
              setSaved(false);
              setAdding(true);
            }}
          >
            {t("casePage.consent.record")}
          </Button>
        ) : null}
      </Group>
      {saved ? <SuccessAlert>{t("casePage.consent.saved")}</SuccessAlert> : null}
      {adding ? (
        <ConsentForm
          caseId={item.id}
          entry={entry}
          onSaved={() => {
            setAdding(false);
            setSaved(true);
          }}
        />
      ) : null}
      <ConsentRows
        consents={CONSENT_PURPOSES.map((purpose) => state.current[purpose])}
        withPurpose={[...CONSENT_PURPOSES]}
      />
      <Title order={2} size="h3">
        {t("casePage.consent.history")}
      </Title>
      {state.history.length === 0 ? (
        <Text>{t("casePage.consent.noHistory")}</Text>
      ) : (
        <ConsentRows consents={state.history} withPurpose={state.history.map((c) => c.purpose)} />
      )}
    </Stack>
  );
}
