import { Alert, Anchor, Badge, Button, Grid, Group, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { LIVE_CHANNELS } from "../../../shared/hotline/vocab.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { focusLater } from "../cases/focus.js";
import { CallerFields } from "./CallerFields.js";
import { CallTimer } from "./CallTimer.js";
import { appendConsultation, ConsultationsEditor } from "./ConsultationsEditor.js";
import { CONSULTATION_TEMPLATES } from "./consultation-templates.js";
import { FORM_FIELDS, fieldId, formFromDetail, isFormField } from "./contact-form.js";
import { EscalationPanel } from "./EscalationPanel.js";
import { type ContactDetail, useCallerLookup, useContact } from "./hotline-api.js";
import { useHotlineLabels } from "./hotline-labels.js";
import { KnowledgeCard } from "./KnowledgeCard.js";
import { OutcomeFields } from "./OutcomeFields.js";
import { RepeatCallerPanel } from "./RepeatCallerPanel.js";
import { SaveStatus } from "./SaveStatus.js";
import { ShortcutList } from "./ShortcutList.js";
import { markCallOpened } from "./seen-calls.js";
import { SHORTCUTS, shortcut, shortcutText, templateShortcut } from "./shortcuts.js";
import { useContactSaver } from "./use-contact-saver.js";

const PROBLEMS_ID = "contact-problems";

/** /hotline/contacts/:id — one contact, taken as the call goes; waits for the server's current copy. */
export function ContactPage() {
  const { t } = useTranslation();
  usePageTitle(t("hotlineWeb.contact.title"));
  const { id = "" } = useParams();
  const { data: session } = useSession();
  const contact = useContact(id);
  // Offline, the copy from an earlier visit (with the changes kept on the device) is better than nothing.
  const ready = contact.data && session && (contact.isFetchedAfterMount || contact.isError);
  if (ready) return <ContactScreen key={id} initial={contact.data} userId={session.user.id} />;
  if (contact.error) return <ErrorAlert error={contact.error} />;
  return <Loader aria-label={t("app.loading")} />;
}

function ContactScreen({ initial, userId }: { initial: ContactDetail; userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The copy the page above just fetched, kept current by every save and action.
  const contact = useContact(initial.id, false).data ?? initial;
  const labels = useHotlineLabels();
  const { form, state, change, adopt, latest, problemsNow, saveNow, finish } = useContactSaver(initial, userId);
  const lookup = useCallerLookup();
  const { data: session } = useSession();
  const [focused, setFocused] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const completed = contact.status === "completed";

  const problem = (key: string, exact = false) => {
    const found = Object.entries(state.problems).find(([k]) => k === key || (!exact && k.startsWith(`${key}.`)));
    // A problem found while typing waits until the operator leaves the field; one from "Finish" shows at once.
    const top = key.split(".")[0] ?? key;
    if (!found || (!state.fromFinish && isFormField(top) && focused === fieldId(top))) return undefined;
    return found[1];
  };
  const lookUp = () => {
    const number = latest().callerNumber.trim();
    if (number) lookup.mutate(number);
    else focusLater(fieldId("callerNumber"));
  };
  const onFinish = async () => {
    if (finishing) return;
    setFinishing(true);
    const saved = await finish();
    setFinishing(false);
    if (saved) {
      void navigate("/hotline", { state: { finished: true } });
      return;
    }
    // Refused: focus goes to the first field with a problem (or to the list of problems), once.
    const keys = Object.keys(problemsNow()).map((key) => key.split(".")[0]);
    if (keys.length === 0) return;
    const first = FORM_FIELDS.find((field) => keys.includes(field));
    focusLater(first ? fieldId(first) : PROBLEMS_ID);
  };

  useHotkeys(
    [
      shortcut(SHORTCUTS.save, () => void saveNow()),
      shortcut(SHORTCUTS.finish, () => void (completed ? saveNow() : onFinish())),
      shortcut(SHORTCUTS.addConsultation, () => focusLater(fieldId("consultations"))),
      shortcut(SHORTCUTS.lookUp, lookUp),
      ...CONSULTATION_TEMPLATES.map((template, index) =>
        shortcut(templateShortcut(index), () => appendConsultation(latest(), change, template)),
      ),
    ],
    [],
  );

  // A known number with earlier contacts: the operator sees them without asking.
  const lookedUp = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the number the contact opened with.
  useEffect(() => {
    if (lookedUp.current) return;
    lookedUp.current = true;
    markCallOpened(initial.id);
    if (initial.callerNumber && initial.earlierContacts > 0) lookup.mutate(initial.callerNumber);
    focusLater(fieldId(initial.callerNumber ? "notes" : "callerNumber"));
  }, []);

  const fieldProps = { form, change, problem, labels };
  const messages = [...new Set(Object.values(state.problems))];
  return (
    <Stack maw={1200}>
      <Anchor component={Link} to="/hotline" size="sm">
        {t("hotlineWeb.contact.back")}
      </Anchor>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{t("hotlineWeb.contact.title")}</Title>
          <Badge variant="light" tt="none" color={completed ? "green" : "blue"}>
            {labels.status(contact.status)}
          </Badge>
          <Text size="sm">{labels.channel(form.channel)}</Text>
        </Group>
        <Group gap="sm" wrap="wrap">
          {/* A clock only where the operator is with the caller; a web-form report waits, it does not run. */}
          {LIVE_CHANNELS.includes(form.channel) || contact.endedAt ? (
            <CallTimer startedAt={contact.startedAt} endedAt={contact.endedAt} />
          ) : null}
          <SaveStatus status={state.status} />
        </Group>
      </Group>
      {contact.source === "web_form" && contact.status !== "completed" ? (
        <Text size="sm">{t("hotlineWeb.contact.fromWebForm")}</Text>
      ) : null}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg" onFocus={(event) => setFocused(event.target.id || null)} onBlur={() => setFocused(null)}>
            <CallerFields
              {...fieldProps}
              lookUp={
                <Button
                  variant="default"
                  onClick={lookUp}
                  loading={lookup.isPending}
                  aria-keyshortcuts={shortcutText(SHORTCUTS.lookUp)}
                >
                  {t("hotlineWeb.repeat.lookUp")}
                </Button>
              }
            />
            <ConsultationsEditor {...fieldProps} />
            <OutcomeFields {...fieldProps} />
            {messages.length > 0 ? (
              <Alert
                id={PROBLEMS_ID}
                tabIndex={-1}
                color="red"
                variant="light"
                role="alert"
                title={t("hotlineWeb.contact.problems")}
              >
                <List size="sm">
                  {messages.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            {state.status === "failed" ? <ErrorAlert error={state.failure} /> : null}
            <Group justify="space-between" wrap="wrap">
              {completed ? (
                <Text size="sm">{t("hotlineWeb.contact.completedHint")}</Text>
              ) : (
                <Button
                  size="md"
                  onClick={() => void onFinish()}
                  loading={finishing}
                  aria-keyshortcuts={shortcutText(SHORTCUTS.finish)}
                >
                  {t("hotlineWeb.contact.finish")}
                </Button>
              )}
              <Button variant="default" onClick={() => void saveNow()} aria-keyshortcuts={shortcutText(SHORTCUTS.save)}>
                {t("hotlineWeb.contact.saveNow")}
              </Button>
            </Group>
            <ShortcutList
              items={[
                { hotkey: SHORTCUTS.save, label: t("hotlineWeb.shortcuts.save") },
                { hotkey: SHORTCUTS.finish, label: t("hotlineWeb.shortcuts.finish") },
                { hotkey: SHORTCUTS.lookUp, label: t("hotlineWeb.shortcuts.lookUp") },
              ]}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <RepeatCallerPanel contact={contact} lookup={lookup} labels={labels} beforeOpenCase={saveNow} />
            <EscalationPanel
              contact={contact}
              labels={labels}
              onEscalated={(saved) => adopt({ outcome: formFromDetail(saved).outcome })}
            />
            {can(session, "knowledge.read") ? <KnowledgeCard language={form.language || null} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
