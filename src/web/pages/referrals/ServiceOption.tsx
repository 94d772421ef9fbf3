import { Card, Checkbox, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ChosenService } from "./refer-form.js";
import { useReferralLabels } from "./referral-labels.js";

interface ServiceOptionProps {
  service: ChosenService;
  checked: boolean;
  /** No more can be chosen (and this one is not chosen). */
  full: boolean;
  onToggle: (service: ChosenService) => void;
  /** Where the service is, and other one-line facts. */
  details?: string;
  /** Why it is suggested, as sentences. */
  reasons?: string[];
}

/** A service to tick for the referral: its name and provider, why it fits, and whether Safepath reaches it. */
export function ServiceOption({ service, checked, full, onToggle, details, reasons }: ServiceOptionProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <Checkbox
          checked={checked}
          disabled={full && !checked}
          onChange={() => onToggle(service)}
          label={
            <Text span fw={600} style={{ overflowWrap: "anywhere" }}>
              {t("referralsPage.refer.serviceLabel", { service: service.name, provider: service.providerName })}
            </Text>
          }
        />
        <Text size="sm" pl={32} style={{ overflowWrap: "anywhere" }}>
          {[labels.serviceType(service.serviceType), details].filter(Boolean).join(" · ")}
        </Text>
        {reasons && reasons.length > 0 ? (
          <List size="sm" pl={32} aria-label={t("referralsPage.refer.whySuggested", { service: service.name })}>
            {reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        ) : null}
        {service.outside ? (
          <Text size="sm" pl={32} c="dimmed">
            {t("referralsPage.refer.outside")}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
