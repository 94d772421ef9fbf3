import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ReferralDetail } from "../../../../shared/api/referrals.js";
import { api } from "../../../api/client.js";
import { can, useSession } from "../../../api/session.js";
import { ConsentProblem } from "../../referrals/ConsentProblem.js";
import { consentProblem } from "../../referrals/consent-problem.js";
import { useReferralWrite } from "../../referrals/referral-api.js";
import { casePath } from "../case-api.js";
import type { CaseDetail } from "../case-types.js";
import { FormError } from "../FormError.js";
import { errorsUnder } from "../field-errors.js";
import { useOffices } from "./offices.js";

interface TransferBody {
  providerId: string;
  message: string | null;
  emergencyOverride?: { reason: string };
  version: number;
}

/**
 * Offers the whole case to another office of the deployment (a person who moved is helped where she now is).
 * Offered to those who may assign cases (supervisors), while the case is open.
 */
export function TransferAction({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const ownOrganisationId = session?.user.organisation.id ?? "";
  const open = item.stage !== "closed" && item.stage !== "closure_requested";
  const allowed = can(session, "case.assign") && can(session, "directory.read") && open && !item.identifyingErased;
  const [opened, setOpened] = useState(false);
  const [office, setOffice] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const [words] = useDebouncedValue(typed.trim(), 300);
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState<ReferralDetail | null>(null);
  const offices = useOffices(words, ownOrganisationId, allowed && opened);
  const transfer = useReferralWrite(
    (body: TransferBody) => api.post<ReferralDetail>(`${casePath(item.id)}/transfer`, body),
    setSent,
  );
  if (!allowed && !sent) return null;

  const send = (reason?: string) => {
    if (!office) return;
    transfer.mutate({
      providerId: office,
      message: message.trim() || null,
      ...(reason ? { emergencyOverride: { reason } } : {}),
      version: item.version,
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const start = () => {
    transfer.reset();
    setOffice(null);
    setTyped("");
    setMessage("");
    setSent(null);
    setOpened(true);
  };
  const noConsent = consentProblem(transfer.error);
  const nothingToChoose = offices.isSuccess && offices.data.length === 0 && !words;

  return (
    <>
      {allowed ? (
        <Button variant="default" onClick={start}>
          {t("caseActionsPage.transfer.button")}
        </Button>
      ) : null}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t("caseActionsPage.transfer.title")}
        closeButtonProps={{ "aria-label": t("common.close") }}
        size="lg"
      >
        {sent ? (
          <Stack>
            <Alert color="green" variant="light" role="status">
              <Stack gap="xs">
                <Text size="sm">{t("caseActionsPage.transfer.sent", { number: sent.number })}</Text>
                <Anchor component={Link} to={`/referrals/${sent.id}`} size="sm" underline="always">
                  {t("caseActionsPage.transfer.openReferral", { number: sent.number })}
                </Anchor>
              </Stack>
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setOpened(false)} data-autofocus>
                {t("common.close")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm">{t("caseActionsPage.transfer.explain")}</Text>
              <Select
                label={t("caseActionsPage.transfer.office")}
                description={t("caseActionsPage.transfer.officeHint")}
                placeholder={t("common.typeToSearch")}
                data={offices.data ?? []}
                value={office}
                onChange={setOffice}
                searchable
                searchValue={typed}
                onSearchChange={setTyped}
                required
                nothingFoundMessage={offices.isFetching ? t("app.loading") : t("common.noResults")}
                error={errorsUnder(transfer.error).providerId}
                comboboxProps={{ withinPortal: true }}
                data-autofocus
              />
              {nothingToChoose ? (
                <Text size="sm" c="dimmed">
                  {t("caseActionsPage.transfer.noOffices")}
                </Text>
              ) : null}
              <Textarea
                label={t("caseActionsPage.transfer.message")}
                description={t("caseActionsPage.transfer.messageHint")}
                autosize
                minRows={3}
                maxLength={4000}
                value={message}
                onChange={(event) => setMessage(event.currentTarget.value)}
                error={errorsUnder(transfer.error).message}
              />
              {noConsent ? (
                <ConsentProblem message={noConsent} caseId={item.id} pending={transfer.isPending} onOverride={send} />
              ) : (
                <FormError error={transfer.error ?? offices.error} />
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpened(false)}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" loading={transfer.isPending && !noConsent} disabled={!office}>
                  {t("caseActionsPage.transfer.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
