import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SitrepEntry } from "../../../shared/api/sitrep.js";
import { photoUrl } from "./sitrep-api.js";

/** The photos an entry will print, small, each with its caption and who took it. */
export function EntryPhotos({ photos, label }: { photos: SitrepEntry["photos"]; label: string }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <Group
      gap="sm"
      align="flex-start"
      wrap="wrap"
      component="ul"
      aria-label={label}
      style={{ listStyle: "none", padding: 0, margin: 0 }}
    >
      {photos.map((photo) => (
        <li key={photo.id} style={{ width: 160 }}>
          <figure style={{ margin: 0 }}>
            <img
              src={photoUrl(photo.activityId, photo.id)}
              alt={photo.caption}
              loading="lazy"
              width={160}
              height={120}
              style={{
                objectFit: "cover",
                borderRadius: 4,
                display: "block",
                background: "var(--mantine-color-gray-1)",
              }}
            />
            <Text component="figcaption" size="xs" mt={4} style={{ overflowWrap: "anywhere" }}>
              {photo.caption}
              <br />
              <Text span size="xs" c="dimmed">
                {t("sitrepWeb.entry.credit", { credit: photo.credit })}
              </Text>
            </Text>
          </figure>
        </li>
      ))}
    </Group>
  );
}
