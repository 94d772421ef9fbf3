import { Checkbox, Paper, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnswerValue, Question } from "../../../../shared/forms/definition.js";
import { choicesFor, errorsAt } from "../../../../shared/forms/engine/index.js";
import { pickText } from "../form-text.js";
import { pathOf, type RepeatStep, recordAt } from "./answer-paths.js";
import { ChoiceField } from "./ChoiceField.js";
import { fieldId, problemText, useFill } from "./fill-context.js";
import { GeopointField } from "./GeopointField.js";
import { alwaysRequired, questionText } from "./question-text.js";

const NUMBER_MODE = { integer: "numeric", decimal: "decimal" } as const;

function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : String(value);
}

/** One question, shown as its type asks, with its problem beneath it once Next was pressed. */
export function QuestionField({ question, steps }: { question: Question; steps: readonly RepeatStep[] }) {
  const { t } = useTranslation();
  const fill = useFill();
  const { definition, evaluation, lang } = fill;
  const path = pathOf(steps, question.name);
  const id = fieldId(path);
  const { label, hint } = questionText(question, definition, lang, evaluation, steps);
  const problem = fill.showErrors ? errorsAt(evaluation, path)[0] : undefined;
  const error = problem ? problemText(problem, fill, t) : fill.serverErrors[path];
  const entered = recordAt(fill.raw, steps)?.[question.name];
  // A default or a calculation shows until the screener answers: the engine's value stands in.
  const value = entered ?? recordAt(evaluation.values, steps)?.[question.name];
  const computed = question.calculation !== undefined || question.readOnly === true;
  const required = alwaysRequired(question);
  const set = (next: AnswerValue | undefined) => fill.setAnswer(steps, question.name, next);
  const common = { id, label, description: hint || undefined, withAsterisk: required, error, size: "md" as const };

  switch (question.type) {
    case "calculate":
      return null;
    case "note":
      return (
        <Paper id={id} withBorder p="sm" bg="gray.0">
          <Text style={{ whiteSpace: "pre-line" }}>{label}</Text>
          {hint ? (
            <Text size="sm" mt={4}>
              {hint}
            </Text>
          ) : null}
          {question.calculation !== undefined && value !== undefined ? <Text fw={600}>{asText(value)}</Text> : null}
        </Paper>
      );
    case "select_one":
    case "select_multiple": {
      const allowed = new Set(choicesFor(evaluation, path));
      const list = definition.choiceLists[question.listName ?? ""] ?? [];
      return (
        <ChoiceField
          id={id}
          type={question.type}
          label={label}
          hint={hint}
          required={required}
          error={error}
          choices={list.filter((choice) => allowed.has(choice.name))}
          choiceLabel={(choice) => pickText(choice.label, lang, definition.defaultLanguage)}
          value={value}
          appearance={question.appearance}
          onChange={set}
        />
      );
    }
    case "acknowledge":
      return (
        <Checkbox
          id={id}
          size="md"
          label={label}
          description={hint || undefined}
          error={error}
          checked={value === true || value === "OK"}
          onChange={(event) => set(event.currentTarget.checked ? true : undefined)}
        />
      );
    case "geopoint":
      return (
        <GeopointField
          id={id}
          label={label}
          hint={hint}
          required={required}
          error={error}
          value={value}
          onChange={set}
        />
      );
    case "integer":
    case "decimal":
      return (
        <TextInput
          {...common}
          inputMode={NUMBER_MODE[question.type]}
          value={asText(value)}
          readOnly={computed}
          onChange={(event) => set(event.currentTarget.value)}
        />
      );
    case "date":
      return (
        <TextInput
          {...common}
          type="date"
          value={asText(value)}
          readOnly={computed}
          onChange={(event) => set(event.currentTarget.value)}
        />
      );
    default:
      return /\bmultiline\b/.test(question.appearance ?? "") ? (
        <Textarea
          {...common}
          autosize
          minRows={3}
          value={asText(value)}
          readOnly={computed}
          onChange={(event) => set(event.currentTarget.value)}
        />
      ) : (
        <TextInput
          {...common}
          value={asText(value)}
          readOnly={computed}
          onChange={(event) => set(event.currentTarget.value)}
        />
      );
  }
}
