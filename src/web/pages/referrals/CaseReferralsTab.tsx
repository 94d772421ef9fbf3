import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import type { CaseDetail } from "../cases/case-types.js";
import { ReferForm } from "./ReferForm.js";
import { ReferralCards } from "./ReferralCards.js";
import { useOutgoingList } from "./referral-api.js";

interface CaseReferralsTabProps {
  item: CaseDetail;
  canWrite: boolean;
}

/** The case's referrals (where each stands, which are late) and the way to make new ones. */
export function CaseReferralsTab({ item, canWrite }: CaseReferralsTabProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const reads = can(session, "referral.read");
  const mayRefer = canWrite && can(session, "referral.write") && !item.identifyingErased;
  const list = useOutgoingList({ caseId: item.id }, { enabled: reads });
  const [referring, setReferring] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const referButton = useRef<HTMLButtonElement>(null);
  const close = (message: string | null) => {
    setReferring(false);
    setDone(message);
    // Back to the button that opened the form, so the keyboard does not fall to the top of the page.
    requestAnimationFrame(() => referButton.current?.focus());
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t("referralsPage.caseTab.title")}
        </Title>
        {mayRefer && !referring ? (
          <Button
            ref={referButton}
            onClick={() => {
              setDone(null);
              setReferring(true);
            }}
          >
            {t("referralsPage.caseTab.refer")}
          </Button>
        ) : null}
      </Group>
      {referring ? (
        <ReferForm
          item={item}
          onCancel={() => close(null)}
          onDone={(created, sent) =>
            close(
              sent
                ? t("referralsPage.caseTab.sent", { count: created.length })
                : t("referralsPage.caseTab.drafted", { count: created.length }),
            )
          }
        />
      ) : null}
      {done ? (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      ) : null}
      {reads ? (
        <>
          <ErrorAlert error={list.error} />
          {list.isSuccess && list.items.length === 0 ? <Text>{t("referralsPage.caseTab.empty")}</Text> : null}
          <ReferralCards items={list.items} side="outgoing" label={t("referralsPage.caseTab.title")} headingOrder={3} />
          <LoadMore list={list} />
        </>
      ) : (
        <Text>{t("referralsPage.caseTab.notAllowed")}</Text>
      )}
    </Stack>
  );
}
