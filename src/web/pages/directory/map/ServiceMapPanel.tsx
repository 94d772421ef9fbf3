import { Alert, Badge, Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { ServicePoint } from "../../../../shared/api/directory.js";
import { AVAILABILITIES } from "../../../../shared/directory/vocab.js";
import type { QueryValue } from "../../../api/client.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { useServicePoints } from "../directory-api.js";
import { useDirectoryLabels } from "../directory-labels.js";
import { pointStyle } from "./map-view.js";
import { ServiceMapChart } from "./ServiceMapChart.js";
import { loadWorldMap } from "./world-map.js";

interface ServiceMapPanelProps {
  query: Record<string, QueryValue>;
  onShowList: () => void;
}

/**
 * The map view of the directory: how many services it shows, the chart, and a legend in words. The list
 * view holds the same services as text, for screen readers and keyboards; the chart's label says so.
 */
export default function ServiceMapPanel({ query, onShowList }: ServiceMapPanelProps) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const navigate = useNavigate();
  const points = useServicePoints(query);
  // The borders never change while the app runs: loaded once, kept.
  const world = useQuery({
    queryKey: ["world-map"],
    queryFn: () => loadWorldMap().then(() => true),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  const describe = useCallback(
    (point: ServicePoint) => ({
      type: labels.serviceType(point.serviceType),
      availability: labels.availability(point.availability),
    }),
    [labels],
  );
  const open = useCallback((id: string) => navigate(`/directory/services/${id}`), [navigate]);

  if (points.isPending || world.isPending) {
    return (
      <Center mih={200}>
        <Loader aria-label={t("directoryPage.map.loading")} />
      </Center>
    );
  }
  if (!points.data || !world.data) return <ErrorAlert error={points.error ?? world.error} />;
  const { items, truncated } = points.data;
  const count = items.length;

  return (
    <Stack gap="xs" component="section" aria-label={t("directoryPage.view.map")}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" aria-live="polite" data-testid="map-count" data-count={count}>
          {count === 0 ? t("directoryPage.map.none") : t("directoryPage.map.shown", { count })}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={onShowList}>
          {t("directoryPage.map.showList")}
        </Button>
      </Group>
      {truncated ? (
        <Alert color="orange" variant="light">
          <Text size="sm">{t("directoryPage.map.truncated")}</Text>
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed">
        {t("directoryPage.map.hint")}
      </Text>
      <ServiceMapChart
        points={items}
        label={t("directoryPage.map.label", { count })}
        describe={describe}
        onOpen={open}
      />
      <Group gap="xs" wrap="wrap" aria-label={t("directoryPage.map.legend")} role="list">
        {AVAILABILITIES.map((value) => (
          <Badge
            key={value}
            role="listitem"
            variant="default"
            tt="none"
            leftSection={<LegendSymbol availability={value} />}
          >
            {labels.availability(value)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

/** The point's shape and colour as the map draws it, beside the words of the legend. */
function LegendSymbol({ availability }: { availability: string }) {
  const { colour, symbol } = pointStyle(availability);
  const shapes = {
    circle: <circle cx="6" cy="6" r="5" />,
    triangle: <polygon points="6,1 11,11 1,11" />,
    rect: <rect x="1.5" y="1.5" width="9" height="9" />,
    diamond: <polygon points="6,0.5 11.5,6 6,11.5 0.5,6" />,
  };
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false" fill={colour}>
      {shapes[symbol]}
    </svg>
  );
}
