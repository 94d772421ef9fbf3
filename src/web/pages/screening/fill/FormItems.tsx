import { Fieldset, Stack } from "@mantine/core";
import type { FormItem } from "../../../../shared/forms/definition.js";
import { isRelevant } from "../../../../shared/forms/engine/index.js";
import { pickText } from "../form-text.js";
import { pathOf, type RepeatStep } from "./answer-paths.js";
import { fieldId, useFill } from "./fill-context.js";
import { anyShown, isHidden } from "./form-pages.js";
import { QuestionField } from "./QuestionField.js";
import { RepeatSection } from "./RepeatSection.js";

interface FormItemsProps {
  items: readonly FormItem[];
  steps: readonly RepeatStep[];
}

/** The items shown now, in form order: questions, nested groups as fieldsets, repeats with their entries. */
export function FormItems({ items, steps }: FormItemsProps) {
  const fill = useFill();
  const { evaluation, definition, lang } = fill;
  return (
    <Stack gap="lg">
      {items.map((item) => {
        const path = pathOf(steps, item.name);
        if (isHidden(item) || !isRelevant(evaluation, path)) return null;
        if (item.kind === "question") {
          const invalid =
            (fill.showErrors && evaluation.errors.some((error) => error.path === path)) || path in fill.serverErrors;
          return (
            <div key={item.name} data-question={path} data-invalid={invalid || undefined}>
              <QuestionField question={item} steps={steps} />
            </div>
          );
        }
        if (item.kind === "repeat") return <RepeatSection key={item.name} repeat={item} steps={steps} />;
        if (!anyShown(item.items, evaluation, steps)) return null;
        const legend = pickText(item.label, lang, definition.defaultLanguage);
        return legend ? (
          <Fieldset key={item.name} id={fieldId(path)} legend={legend}>
            <FormItems items={item.items} steps={steps} />
          </Fieldset>
        ) : (
          <FormItems key={item.name} items={item.items} steps={steps} />
        );
      })}
    </Stack>
  );
}
