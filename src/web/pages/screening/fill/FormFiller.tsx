import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormDetail } from "../../../../shared/api/screening.js";
import type { CompiledForm } from "../../../../shared/forms/engine/index.js";
import { isApiError } from "../../../api/client.js";
import { ConfirmAction } from "../../../components/ConfirmAction.js";
import { currentLanguage } from "../../../i18n.js";
import { FormError } from "../../cases/FormError.js";
import { closestFormLanguage, formLanguageName, formTitle, interviewLanguageCode, pickText } from "../form-text.js";
import { rootName } from "./answer-paths.js";
import { FillProgress } from "./FillProgress.js";
import { FormItems } from "./FormItems.js";
import { FillContext, type FillState } from "./fill-context.js";
import { LOCATION_PAGE, rememberLocation } from "./fill-draft.js";
import { answersToSend, pageErrors, pageShown, pagesOf } from "./form-pages.js";
import { LocationStep } from "./LocationStep.js";
import { useFillDraft } from "./use-fill-draft.js";
import { answerProblems, useSaveScreening } from "./use-save-screening.js";

interface FormFillerProps {
  form: FormDetail;
  compiled: CompiledForm;
  userId: string;
}

/** The interview: a location step, then one section of the form per page, then save. */
export function FormFiller({ form, compiled, userId }: FormFillerProps) {
  const { t } = useTranslation();
  const definition = compiled.definition;
  const appLang = currentLanguage();
  const fill = useFillDraft({
    formId: form.id,
    version: form.version,
    userId,
    startLanguage: closestFormLanguage(definition, appLang),
  });
  const { draft } = fill;
  const evaluation = useMemo(() => compiled.evaluate(draft.answers), [compiled, draft.answers]);
  const pages = useMemo(() => pagesOf(definition), [definition]);
  const shown = pages.filter((page) => pageShown(page, evaluation));
  const order = [LOCATION_PAGE, ...shown.map((page) => page.key)];
  // A page that an answer has just hidden gives way to the nearest shown page before it.
  const allKeys = [LOCATION_PAGE, ...pages.map((page) => page.key)];
  const wanted = allKeys.indexOf(draft.page);
  const currentKey =
    [...allKeys.slice(0, Math.max(wanted, 0) + 1)].reverse().find((key) => order.includes(key)) ?? LOCATION_PAGE;
  const position = order.indexOf(currentKey);
  const page = shown.find((entry) => entry.key === currentKey);
  const isLast = position === order.length - 1;

  const save = useSaveScreening(() => {
    fill.forget();
    rememberLocation(draft.location);
  });
  const serverErrors = useMemo(() => answerProblems(save.error), [save.error]);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [errorFocus, setErrorFocus] = useState(0);
  const firstRender = useRef(true);

  // A new page is announced and Tab continues from its heading, not from the button that was pressed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the change of page is what moves focus.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [currentKey]);
  // After a refused Next, the first question with a problem takes the focus, so it is read out.
  useEffect(() => {
    if (errorFocus === 0) return;
    const target = body.current?.querySelector<HTMLElement>(
      "[data-invalid] input:not([type=hidden]), [data-invalid] textarea, [data-invalid] button",
    );
    target?.focus();
  }, [errorFocus]);

  const goTo = (key: string, attempted = draft.attempted) => {
    fill.update({ page: key, attempted });
    window.scrollTo({ top: 0 });
  };
  const attempt = (key: string) => (draft.attempted.includes(key) ? draft.attempted : [...draft.attempted, key]);

  const submit = () => {
    const blocked = shown.find((entry) => pageErrors(entry, evaluation.errors).length > 0);
    if (blocked) {
      goTo(blocked.key, attempt(blocked.key));
      setErrorFocus((n) => n + 1);
      return;
    }
    save.mutate(
      {
        formId: form.id,
        formVersion: form.version,
        answers: answersToSend(definition, draft.answers, evaluation),
        screenedAt: draft.startedAt,
        location: {
          country: draft.location.country,
          place: draft.location.place.trim() || null,
          siteType: draft.location.siteType,
        },
        interviewLanguage: interviewLanguageCode(draft.respondentLanguage),
        clientKey: draft.clientKey,
      },
      {
        // When the server refuses answers, the page holding the first of them is opened.
        onError: (error) => {
          const first = Object.keys(answerProblems(error))[0];
          const holder = first ? shown.find((entry) => entry.names.has(rootName(first))) : undefined;
          if (holder) goTo(holder.key);
        },
      },
    );
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (page && pageErrors(page, evaluation.errors).length > 0) {
      fill.update({ attempted: attempt(page.key) });
      setErrorFocus((n) => n + 1);
      return;
    }
    if (isLast) submit();
    else goTo(order[position + 1] ?? LOCATION_PAGE, page ? attempt(page.key) : draft.attempted);
  };

  const state: FillState = {
    definition,
    evaluation,
    raw: draft.answers,
    lang: draft.respondentLanguage,
    showErrors: page ? draft.attempted.includes(page.key) : false,
    serverErrors,
    setAnswer: fill.setAnswer,
    addInstance: fill.addInstance,
    removeInstance: fill.removeInstance,
  };
  const pageTitle = page
    ? pickText(page.title, draft.respondentLanguage, definition.defaultLanguage) || t("screeningWeb.fill.questions")
    : t("screeningWeb.fill.locationTitle");

  return (
    <Stack maw={720} gap="md">
      <Title order={1} size="h2">
        {formTitle(definition.title, appLang)}
      </Title>
      {fill.restored ? (
        <Alert color="blue" variant="light" title={t("screeningWeb.fill.restoredTitle")}>
          <Text size="sm">{t("screeningWeb.fill.restoredText")}</Text>
        </Alert>
      ) : null}
      <FillProgress current={position + 1} total={order.length} />
      {definition.languages.length > 1 ? (
        <NativeSelect
          size="md"
          label={t("screeningWeb.fill.respondentLanguage")}
          description={t("screeningWeb.fill.respondentLanguageHint")}
          value={draft.respondentLanguage}
          onChange={(event) => fill.update({ respondentLanguage: event.currentTarget.value })}
        >
          {definition.languages.map((language) => (
            <option key={language.code} value={language.code} lang={interviewLanguageCode(language.code) ?? undefined}>
              {formLanguageName(language)}
            </option>
          ))}
        </NativeSelect>
      ) : null}
      <form onSubmit={next} noValidate aria-labelledby="fill-page-title">
        <Stack gap="lg" ref={body}>
          <Title
            order={2}
            size="h3"
            id="fill-page-title"
            ref={heading}
            tabIndex={-1}
            style={{ outline: "none" }}
            lang={page ? (interviewLanguageCode(draft.respondentLanguage) ?? undefined) : undefined}
          >
            {pageTitle}
          </Title>
          {page ? (
            <div lang={interviewLanguageCode(draft.respondentLanguage) ?? undefined}>
              <FillContext.Provider value={state}>
                <FormItems items={page.items} steps={[]} />
              </FillContext.Provider>
            </div>
          ) : (
            <LocationStep value={draft.location} onChange={(location) => fill.update({ location })} />
          )}
          {state.showErrors && page && pageErrors(page, evaluation.errors).length > 0 ? (
            <Alert color="red" variant="light" role="alert">
              {t("screeningWeb.fill.pageProblems")}
            </Alert>
          ) : null}
          {isApiError(save.error) && save.error.code === "network" ? (
            <Alert color="orange" variant="light" role="alert" title={t("screeningWeb.fill.offlineTitle")}>
              <Text size="sm">{t("screeningWeb.fill.offlineText")}</Text>
            </Alert>
          ) : (
            <FormError error={save.error} />
          )}
          <Group grow>
            {position > 0 ? (
              <Button size="lg" variant="default" onClick={() => goTo(order[position - 1] ?? LOCATION_PAGE)}>
                {t("screeningWeb.fill.back")}
              </Button>
            ) : null}
            <Button size="lg" type="submit" loading={save.isPending}>
              {isLast ? t("screeningWeb.fill.save") : t("screeningWeb.fill.next")}
            </Button>
          </Group>
        </Stack>
      </form>
      <Group>
        <ConfirmAction
          label={t("screeningWeb.fill.discard")}
          title={t("screeningWeb.fill.discardTitle")}
          message={t("screeningWeb.fill.discardText")}
          color="red"
          variant="subtle"
          onConfirm={() => {
            save.reset();
            fill.reset();
          }}
        />
      </Group>
    </Stack>
  );
}
