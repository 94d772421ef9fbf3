import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ServiceDetail } from "../../../shared/api/directory.js";
import { AVAILABILITY_COLOURS, useDirectoryLabels } from "./directory-labels.js";

/** Whether the service can take someone now, in words and colour. */
export function AvailabilityBadge({ availability }: { availability: string }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  return (
    <Badge
      component="span"
      color={AVAILABILITY_COLOURS[availability] ?? "gray"}
      variant={availability === "unknown" ? "outline" : "light"}
      tt="none"
    >
      {t("directoryPage.card.availability", { value: labels.availability(availability) })}
    </Badge>
  );
}

/** Type, availability, and the warnings that matter before sending someone there. */
export function ServiceBadges({
  service,
}: {
  service: Pick<ServiceDetail, "serviceType" | "availability" | "verificationDue" | "retired">;
}) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  return (
    <Group gap={6} wrap="wrap">
      <Badge component="span" variant="light" color="blue" tt="none">
        {labels.serviceType(service.serviceType)}
      </Badge>
      <AvailabilityBadge availability={service.availability} />
      {service.verificationDue ? (
        <Badge component="span" color="orange" variant="outline" tt="none">
          {t("directoryPage.card.verificationDue")}
        </Badge>
      ) : null}
      {service.retired ? (
        <Badge component="span" color="gray" variant="filled" tt="none">
          {t("directoryPage.card.retired")}
        </Badge>
      ) : null}
    </Group>
  );
}
