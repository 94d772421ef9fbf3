import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PERIOD_PRESETS, type Period, presetOf, presetPeriod } from "./period.js";

interface PeriodPickerProps {
  period: Period;
  onChange: (period: Period) => void;
  /** The organisation's today, which the named periods count from. */
  today: Date;
}

/** A named period (this month, last year …) or any two days; the days are the hotline's local ones. */
export function PeriodPicker({ period, onChange, today }: PeriodPickerProps) {
  const { t } = useTranslation();
  const preset = presetOf(period, today) ?? "custom";
  return (
    <Group align="flex-end" wrap="wrap" component="section" aria-label={t("hotlineFigures.period")}>
      <NativeSelect
        label={t("hotlineFigures.period")}
        value={preset}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const chosen = PERIOD_PRESETS.find((p) => p === value);
          if (chosen) onChange(presetPeriod(chosen, today));
        }}
      >
        {PERIOD_PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`hotlineFigures.presets.${p}`)}
          </option>
        ))}
        <option value="custom" disabled>
          {t("hotlineFigures.presets.custom")}
        </option>
      </NativeSelect>
      <TextInput
        type="date"
        label={t("hotlineFigures.from")}
        value={period.from}
        max={period.to}
        onChange={(event) => onChange({ ...period, from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t("hotlineFigures.to")}
        value={period.to}
        min={period.from}
        onChange={(event) => onChange({ ...period, to: event.currentTarget.value })}
      />
    </Group>
  );
}
