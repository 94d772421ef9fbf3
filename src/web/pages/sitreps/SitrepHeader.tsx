import { Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SitrepDocument } from "../../../shared/api/sitrep.js";
import { officeList } from "../../../shared/sitrep/figure-text.js";
import { periodText } from "../../../shared/sitrep/period-text.js";
import { currentLanguage, LANGUAGE_NAMES } from "../../i18n.js";
import { StatusBadge } from "./StatusBadge.js";
import { TITLE_KEY } from "./sitrep-texts.js";

interface SitrepHeaderProps {
  document: SitrepDocument;
  title: string;
  status: "draft" | "published";
  version: number;
  /** Absent: the title is shown, not edited. */
  onText?: (key: string, value: string) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The report's title (editable while a draft), and what it covers: period, language, status, version, offices. */
export function SitrepHeader({ document, title, status, version, onText }: SitrepHeaderProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Stack gap="sm">
      <Title order={1} lang={document.language} style={{ overflowWrap: "anywhere" }}>
        {title.trim() || t("sitrepWeb.editor.untitled")}
      </Title>
      {onText ? (
        <TextInput
          label={t("sitrepWeb.editor.title")}
          value={title}
          onChange={(event) => onText(TITLE_KEY, event.currentTarget.value)}
          lang={document.language}
          maxLength={300}
          required
          error={title.trim() ? undefined : t("sitrepWeb.editor.titleNeeded")}
        />
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <Fact label={t("sitrepWeb.facts.period")}>{periodText(document.fromMonth, document.toMonth, lang)}</Fact>
        <Fact label={t("sitrepWeb.facts.language")}>
          <span lang={document.language}>{LANGUAGE_NAMES[document.language]}</span>
        </Fact>
        <Fact label={t("sitrepWeb.facts.status")}>
          <Group gap={4}>
            <StatusBadge status={status} />
          </Group>
        </Fact>
        <Fact label={t("sitrepWeb.facts.version")}>{version}</Fact>
      </SimpleGrid>
      {/* A row of their own: an organisation may report for twenty offices. */}
      <Fact label={t("sitrepWeb.facts.offices")}>
        {document.offices.length > 0
          ? officeList(
              document.offices.map((office) => office.name),
              lang,
            )
          : t("sitrepWeb.facts.noOffices")}
      </Fact>
    </Stack>
  );
}
