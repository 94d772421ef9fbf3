import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type ChosenService, MAX_SERVICES } from "./refer-form.js";

interface ChosenServicesProps {
  chosen: readonly ChosenService[];
  error?: string | undefined;
  onRemove: (service: ChosenService) => void;
}

/** The services ticked so far, at the top of the form, so the choice stays in view while searching below. */
export function ChosenServices({ chosen, error, onRemove }: ChosenServicesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="refer-chosen">
      <Title order={3} size="h4" id="refer-chosen">
        {t("referralsPage.refer.chosen")}
      </Title>
      <Text
        size="sm"
        aria-live="polite"
        c={error ? "var(--mantine-color-error)" : undefined}
        role={error ? "alert" : undefined}
      >
        {error ??
          (chosen.length === 0
            ? t("referralsPage.refer.chooseHint", { max: MAX_SERVICES })
            : t("referralsPage.refer.chosenCount", { count: chosen.length, max: MAX_SERVICES }))}
      </Text>
      {chosen.length > 0 ? (
        <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {chosen.map((service) => (
            <Paper key={service.id} component="li" withBorder p="xs">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {t("referralsPage.refer.serviceLabel", { service: service.name, provider: service.providerName })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onRemove(service)}
                  aria-label={t("referralsPage.refer.removeNamed", { service: service.name })}
                >
                  {t("referralsPage.refer.remove")}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
