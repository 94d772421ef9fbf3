import { Button, FileInput, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useSession } from "../../../api/session.js";
import { currentLanguage } from "../../../i18n.js";
import { errorsUnder } from "../../cases/field-errors.js";
import { REFERRALS_KEY } from "../referral-api.js";
import { WriteError } from "../WriteError.js";
import { importPackage } from "./package-api.js";

/** The file a sender's link gave: "referral-<number>.age". Other files are refused by the server anyway. */
const ACCEPT = ".age,application/octet-stream";

/** Import of a package another Safepath made for this organisation: it becomes an incoming referral, opened next. */
export function ImportPackageDialog() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState("");
  const [fileMissing, setFileMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => importPackage(chosen, password, session?.csrfToken ?? "", currentLanguage()),
    onSuccess: async (referral) => {
      await queryClient.invalidateQueries({ queryKey: REFERRALS_KEY });
      void navigate(`/referrals/incoming/${encodeURIComponent(referral.id)}`);
    },
  });
  const server = errorsUnder(upload.error);
  const finish = () => {
    close();
    setFile(null);
    setPassword("");
    setFileMissing(false);
    upload.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFileMissing(!file);
    if (file) upload.mutate(file);
  };

  return (
    <>
      <Button variant="default" onClick={open}>
        {t("packagesPage.import.open")}
      </Button>
      <Modal
        opened={opened}
        onClose={finish}
        title={t("packagesPage.import.title")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t("packagesPage.import.intro")}</Text>
            <FileInput
              label={t("packagesPage.import.file")}
              placeholder={t("packagesPage.import.choose")}
              accept={ACCEPT}
              required
              value={file}
              onChange={(next) => {
                setFile(next);
                setFileMissing(false);
              }}
              clearable
              clearButtonProps={{ "aria-label": t("common.clear") }}
              error={fileMissing ? t("packagesPage.import.fileNeeded") : server.file}
              data-autofocus
            />
            <PasswordInput
              label={t("packagesPage.import.password")}
              description={t("packagesPage.import.passwordHint")}
              autoComplete="off"
              maxLength={200}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={server.password}
              // Mantine marks the wrapper, not the input: said here so screen readers hear it.
              aria-invalid={server.password ? true : undefined}
            />
            <WriteError error={upload.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={finish}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={upload.isPending}>
                {t("packagesPage.import.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
