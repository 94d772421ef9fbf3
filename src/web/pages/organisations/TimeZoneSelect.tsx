import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

interface TimeZoneSelectProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}

/** "GMT+2" for a zone now, so that a zone can be found by its offset as well as its name. */
function offsetOf(zone: string, now: Date): string {
  try {
    return (
      new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
        .formatToParts(now)
        .find((part) => part.type === "timeZoneName")?.value ?? ""
    );
  } catch {
    return "";
  }
}

/**
 * The IANA zones the browser knows, searchable by city or offset ("Europe/Kyiv (GMT+2)"). UTC is listed too
 * (browsers leave it out), and so is the current value when the browser does not know it by that name.
 */
export function TimeZoneSelect({ value, onChange, error }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const data = useMemo(() => {
    const now = new Date();
    const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
    if (value) zones.add(value);
    return [...zones].map((zone) => {
      const offset = offsetOf(zone, now);
      return { value: zone, label: `${zone.replaceAll("_", " ")}${offset ? ` (${offset})` : ""}` };
    });
  }, [value]);
  return (
    <Select
      label={t("fields.timeZone")}
      description={t("organisations.timeZoneHint")}
      placeholder={t("common.typeToSearch")}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={t("common.noResults")}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
