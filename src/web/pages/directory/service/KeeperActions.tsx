import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ServiceDetail } from "../../../../shared/api/directory.js";
import { AVAILABILITIES, type Availability } from "../../../../shared/directory/vocab.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { SuccessAlert } from "../../../components/SuccessAlert.js";
import { usePatchService, useVerifyService } from "../directory-api.js";
import { AVAILABILITY_COLOURS, useDirectoryLabels } from "../directory-labels.js";
import { SaveError } from "../SaveError.js";

type Done = "verified" | "availability" | "retired" | "restored";

/**
 * What the keeping organisation does most often, one tap each: confirm the entry is still true, say whether
 * the service can take someone now, retire it. Editing the rest is a page away.
 */
export function KeeperActions({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const [done, setDone] = useState<Done | null>(null);
  const verify = useVerifyService(service.id, () => setDone("verified"));
  const patch = usePatchService(service.id);
  const busy = verify.isPending || patch.isPending;
  const change = (body: { availability?: Availability; retired?: boolean }, after: Done) => {
    setDone(null);
    verify.reset();
    patch.mutate({ ...body, version: service.version }, { onSuccess: () => setDone(after) });
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="keeper-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="keeper-actions">
          {t("directoryPage.keeper.title")}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Button
            onClick={() => {
              setDone(null);
              patch.reset();
              verify.mutate();
            }}
            loading={verify.isPending}
            disabled={busy && !verify.isPending}
          >
            {t("directoryPage.keeper.markVerified")}
          </Button>
          <Button component={Link} to={`/directory/services/${service.id}/edit`} variant="default">
            {t("directoryPage.keeper.edit")}
          </Button>
        </Group>
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={600} mb={4} p={0}>
            {t("directoryPage.keeper.availabilityNow")}
          </Text>
          <Group gap="xs" wrap="wrap">
            {AVAILABILITIES.map((value) => {
              const current = service.availability === value;
              return (
                <Button
                  key={value}
                  size="sm"
                  color={AVAILABILITY_COLOURS[value]}
                  variant={current ? "filled" : "default"}
                  aria-pressed={current}
                  disabled={busy}
                  onClick={() => {
                    if (!current) change({ availability: value }, "availability");
                  }}
                >
                  {labels.availability(value)}
                </Button>
              );
            })}
          </Group>
        </fieldset>
        <Group>
          {service.retired ? (
            <Button variant="default" onClick={() => change({ retired: false }, "restored")} disabled={busy}>
              {t("directoryPage.keeper.restore")}
            </Button>
          ) : (
            <ConfirmAction
              label={t("directoryPage.keeper.retire")}
              title={t("directoryPage.keeper.retireTitle")}
              message={t("directoryPage.keeper.retireText")}
              color="red"
              loading={patch.isPending}
              onConfirm={() => change({ retired: true }, "retired")}
            />
          )}
        </Group>
        {done ? <SuccessAlert>{t(`directoryPage.keeper.done.${done}`)}</SuccessAlert> : null}
        <SaveError error={verify.error ?? patch.error} />
      </Stack>
    </Card>
  );
}
