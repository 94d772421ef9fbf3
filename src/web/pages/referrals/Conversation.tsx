import { Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralDetail } from "../../../shared/api/referrals.js";
import { postTo, useReferralWrite } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";
import { WriteError } from "./WriteError.js";

type Comment = ReferralDetail["comments"][number];

interface ConversationProps {
  comments: readonly Comment[];
  /** The referral's path on the reader's side: comments are posted under it. */
  base: string;
  /** The organisation on the other end, named in the field's label. */
  otherOrganisation: string;
  canWrite: boolean;
}

/** Messages between the two organisations about the referral, oldest first, and a box to write one. */
export function Conversation({ comments, base, otherOrganisation, canWrite }: ConversationProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const [body, setBody] = useState("");
  const write = useReferralWrite(postTo(base, "comments"), () => setBody(""));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) write.mutate({ body: body.trim() });
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-conversation">
      <Title order={2} size="h3" id="referral-conversation">
        {t("referralsPage.conversation.title")}
      </Title>
      {comments.length === 0 ? (
        <Text c="dimmed">{t("referralsPage.conversation.empty")}</Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {comments.map((comment) => (
            <Paper
              key={comment.id}
              component="li"
              withBorder
              p="sm"
              ml={comment.fromOwnOrganisation ? { base: 0, sm: "xl" } : 0}
              mr={comment.fromOwnOrganisation ? 0 : { base: 0, sm: "xl" }}
              bg={comment.fromOwnOrganisation ? "gray.0" : undefined}
            >
              <Text size="sm" fw={600}>
                {t(
                  comment.fromOwnOrganisation
                    ? "referralsPage.conversation.byOwn"
                    : "referralsPage.conversation.byOther",
                  {
                    name: comment.author,
                    organisation: otherOrganisation,
                    date: labels.when(comment.at),
                  },
                )}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{comment.body}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {canWrite ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t("referralsPage.conversation.label", { organisation: otherOrganisation })}
              autosize
              minRows={2}
              maxLength={4000}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <WriteError error={write.error} />
            <Group>
              <Button type="submit" variant="default" loading={write.isPending}>
                {t("referralsPage.conversation.send")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
