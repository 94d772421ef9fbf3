import { Alert, Button, CopyButton, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface RecoveryCodesProps {
  codes: string[];
  email: string;
  onSaved: () => void;
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The recovery codes, shown once: the person must be able to keep them before the page moves on. */
export function RecoveryCodes({ codes, email, onSaved }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const text = `${t("mfa.recoveryFileHeader", { email })}\n\n${codes.join("\n")}\n`;
  return (
    <Stack>
      <Title order={2} size="h3">
        {t("mfa.recoveryTitle")}
      </Title>
      <Alert color="orange" variant="light" role="status">
        {t("mfa.recoveryText")}
      </Alert>
      <List type="ordered" data-testid="recovery-codes" ff="monospace" fz="lg" spacing={4}>
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t("common.copied") : t("mfa.copyCodes")}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => download("safepath-recovery-codes.txt", text)}>
          {t("mfa.downloadCodes")}
        </Button>
      </Group>
      <Text size="sm">{t("mfa.recoveryKeep")}</Text>
      <Button onClick={onSaved} w="fit-content">
        {t("mfa.savedCodes")}
      </Button>
    </Stack>
  );
}
