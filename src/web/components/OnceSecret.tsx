import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface OnceSecretProps {
  title: string;
  explanation: string;
  secret: string;
  testId: string;
  onDone?: () => void;
  doneLabel?: string;
}

/** A secret the server will never show again: large enough to read out, with a copy button and a clear warning. */
export function OnceSecret({ title, explanation, secret, testId, onDone, doneLabel }: OnceSecretProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={title} role="status">
      <Stack gap="sm">
        <Text size="sm">{explanation}</Text>
        <Code block fz="lg" data-testid={testId} style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {secret}
        </Code>
        <Group>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
          {onDone ? <Button onClick={onDone}>{doneLabel ?? t("common.done")}</Button> : null}
        </Group>
      </Stack>
    </Alert>
  );
}
