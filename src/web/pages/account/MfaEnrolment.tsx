import { Button, Code, CopyButton, Group, Image, List, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, fieldErrors } from "../../api/client.js";
import type { MfaEnrolResponse, RecoveryCodesResponse } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { FullPageLoader } from "../../components/FullPageLoader.js";
import { groupInFours } from "../../format.js";

/** Starts enrolment at once (a fresh secret each visit), shows the QR code and the key, and confirms a first code. */
export function MfaEnrolment({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const enrol = useMutation({ mutationFn: () => api.post<MfaEnrolResponse>("/api/auth/mfa/enrol") });
  const confirm = useMutation({
    mutationFn: (body: { code: string }) => api.post<RecoveryCodesResponse>("/api/auth/mfa/confirm", body),
    onSuccess: (result) => onConfirmed(result.recoveryCodes),
    onError: () => setCode(""),
  });

  // Strict mode runs effects twice in development; two enrolments would leave the page showing a stale secret.
  const started = useRef(false);
  const { mutate: startEnrol } = enrol;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    startEnrol();
  }, [startEnrol]);

  if (enrol.isError) {
    return (
      <Stack align="flex-start">
        <ErrorAlert error={enrol.error} />
        <Button onClick={() => enrol.mutate()}>{t("common.tryAgain")}</Button>
      </Stack>
    );
  }
  if (!enrol.data) return <FullPageLoader />;

  const { qrSvg, secret } = enrol.data;
  const errors = fieldErrors(confirm.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate({ code: code.replace(/\s+/g, "") });
  };

  return (
    <Stack>
      <Text>{t("mfa.enrolIntro")}</Text>
      <List type="ordered" spacing="md">
        <List.Item>{t("mfa.step1")}</List.Item>
        <List.Item>
          <Stack gap="xs">
            <Text>{t("mfa.step2")}</Text>
            <Image
              src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
              alt={t("mfa.qrAlt")}
              w={200}
              h={200}
              bg="white"
              p={4}
            />
            <Text size="sm">{t("mfa.manualLabel")}</Text>
            <Group gap="xs">
              <Code fz="md" data-testid="mfa-secret" style={{ whiteSpace: "normal" }}>
                {groupInFours(secret)}
              </Code>
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t("common.copied") : t("common.copy")}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </List.Item>
        <List.Item>
          <form onSubmit={onSubmit} noValidate>
            <Stack maw={320}>
              <Text>{t("mfa.step3")}</Text>
              <ErrorAlert error={confirm.error} />
              <TextInput
                label={t("mfa.codeLabel")}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                error={errors.code}
              />
              <Button type="submit" loading={confirm.isPending} w="fit-content">
                {t("mfa.confirm")}
              </Button>
            </Stack>
          </form>
        </List.Item>
      </List>
    </Stack>
  );
}
