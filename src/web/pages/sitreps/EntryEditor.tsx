import { Anchor, Card, List, Stack, Text, Title } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { SitrepEntry } from "../../../shared/api/sitrep.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { currentLanguage } from "../../i18n.js";
import { formatDate } from "../cases/format.js";
import { EntryPhotos } from "./EntryPhotos.js";
import { FigureList } from "./FigureList.js";
import { ReportText } from "./ReportText.js";
import { entryKey } from "./sitrep-texts.js";

interface EntryEditorProps {
  sectionKey: string;
  entry: SitrepEntry;
  text: string;
  language: Language;
  onText?: (key: string, value: string) => void;
}

/**
 * One office's entry in a section: its words (drafted from the activities' narratives, editable), its
 * figures as computed, the approved activities it comes from and the photos it will print.
 */
export const EntryEditor = memo(function EntryEditor({ sectionKey, entry, text, language, onText }: EntryEditorProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const office = entry.officeName;
  return (
    <Card withBorder padding="sm" component="article" aria-label={office}>
      <Stack gap="sm">
        <Title order={3} size="h4" style={{ overflowWrap: "anywhere" }}>
          {office}
        </Title>
        <ReportText
          textKey={entryKey(sectionKey, entry.officeId)}
          label={t("sitrepWeb.entry.text", { office })}
          value={text}
          language={language}
          maxLength={20_000}
          minRows={4}
          onText={onText}
        />
        {entry.figures.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("sitrepWeb.entry.figures")}
            </Text>
            <FigureList
              figures={entry.figures}
              language={language}
              label={t("sitrepWeb.entry.figuresOf", { office })}
            />
          </Stack>
        ) : null}
        {entry.activities.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("sitrepWeb.entry.activities", { count: entry.activities.length })}
            </Text>
            <List size="sm" spacing={2} aria-label={t("sitrepWeb.entry.activitiesOf", { office })}>
              {entry.activities.map((activity) => (
                <List.Item key={activity.id}>
                  <Anchor component={Link} to={`/activities/${activity.id}`} style={{ overflowWrap: "anywhere" }}>
                    {activity.title}
                  </Anchor>{" "}
                  <Text span size="xs" c="dimmed">
                    {activity.startsOn === activity.endsOn
                      ? formatDate(activity.startsOn, lang)
                      : `${formatDate(activity.startsOn, lang)} – ${formatDate(activity.endsOn, lang)}`}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <EntryPhotos photos={entry.photos} label={t("sitrepWeb.entry.photosOf", { office })} />
      </Stack>
    </Card>
  );
});
