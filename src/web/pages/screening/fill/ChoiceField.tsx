import { Button, Checkbox, MultiSelect, Radio, Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Choice } from "../../../../shared/forms/definition.js";

/** Lists longer than this are a searchable dropdown: fifty radio cards do not fit a phone. */
const CARDS_UP_TO = 12;

interface ChoiceFieldProps {
  id: string;
  type: "select_one" | "select_multiple";
  label: string;
  hint: string;
  required: boolean;
  error?: string;
  choices: readonly Choice[];
  /** The choice's label in the respondent's language. */
  choiceLabel: (choice: Choice) => string;
  value: unknown;
  appearance?: string;
  onChange: (value: string | string[] | undefined) => void;
}

/** A large touch target: the whole card, not only the small circle, takes the tap. */
function cardStyles(checked: boolean) {
  return {
    root: {
      border: `1px solid var(--mantine-color-${checked ? "blue-7" : "gray-4"})`,
      borderRadius: "var(--mantine-radius-sm)",
      background: checked ? "var(--mantine-color-blue-0)" : undefined,
    },
    body: { alignItems: "center", paddingInlineStart: 12 },
    labelWrapper: { flex: 1 },
    label: {
      paddingBlock: 12,
      paddingInlineEnd: 12,
      minHeight: 48,
      display: "flex",
      alignItems: "center",
      cursor: "pointer",
    },
  };
}

function selected(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string" && value.trim()) return value.trim().split(/\s+/);
  return [];
}

/** select_one as radio cards (or a searchable list when long); select_multiple as checkbox cards. */
export function ChoiceField(props: ChoiceFieldProps) {
  const { t } = useTranslation();
  const { choices, choiceLabel } = props;
  const long = choices.length > CARDS_UP_TO || /\b(minimal|autocomplete|search)\b/.test(props.appearance ?? "");
  const data = choices.map((choice) => ({ value: choice.name, label: choiceLabel(choice) }));
  const common = {
    id: props.id,
    label: props.label,
    description: props.hint || undefined,
    withAsterisk: props.required,
    error: props.error,
  };

  if (props.type === "select_multiple") {
    const value = selected(props.value);
    if (long) {
      return (
        <MultiSelect
          {...common}
          size="md"
          data={data}
          value={value}
          onChange={(next) => props.onChange(next)}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          nothingFoundMessage={t("common.noResults")}
          comboboxProps={{ withinPortal: true }}
        />
      );
    }
    return (
      <Checkbox.Group {...common} value={value} onChange={(next) => props.onChange(next)}>
        <Stack gap="xs" mt="xs">
          {data.map((option) => (
            <Checkbox
              key={option.value}
              value={option.value}
              label={option.label}
              size="md"
              styles={cardStyles(value.includes(option.value))}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }

  const value = typeof props.value === "string" ? props.value : null;
  if (long) {
    return (
      <Select
        {...common}
        size="md"
        data={data}
        value={value}
        onChange={(next) => props.onChange(next ?? "")}
        searchable
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        nothingFoundMessage={t("common.noResults")}
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  return (
    <Radio.Group {...common} value={value} onChange={(next) => props.onChange(next)}>
      <Stack gap="xs" mt="xs">
        {data.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            label={option.label}
            size="md"
            styles={cardStyles(value === option.value)}
          />
        ))}
        {value !== null && !props.required ? (
          <Button variant="subtle" size="compact-sm" onClick={() => props.onChange("")} w="fit-content">
            {t("screeningWeb.fill.clearAnswer")}
          </Button>
        ) : null}
      </Stack>
    </Radio.Group>
  );
}
