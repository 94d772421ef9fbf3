import { Button, Group, Modal, NumberInput, PasswordInput, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { PACKAGE_EXPIRY_MAX_DAYS, type PackageMethod } from "../../../../shared/api/referral-packages.js";
import { isLanguage } from "../../../../shared/i18n/languages.js";
import { LanguageSelect } from "../../../components/LanguageSelect.js";
import { OnceSecret } from "../../../components/OnceSecret.js";
import { formatDateTime } from "../../../format.js";
import { errorsUnder } from "../../cases/field-errors.js";
import { WriteError } from "../WriteError.js";
import { downloadLink, type PackageCreated, useMakePackage } from "./package-api.js";
import { type FormProblem, type PackageForm, passwordStrength, toPackageInput } from "./package-form.js";

const STRENGTH_COLOURS = { short: "red.8", weak: "orange.9", fair: "yellow.9", strong: "green.8" } as const;

interface Made extends PackageCreated {
  method: PackageMethod;
}

interface FormProps {
  referralId: string;
  onMade: (made: Made) => void;
  onCancel: () => void;
}

/** The choices of a new package: how it is locked, the letter's language and how long its link works. */
function MakePackageForm({ referralId, onMade, onCancel }: FormProps) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<PackageForm>(() => ({
    method: "password",
    password: "",
    recipient: "",
    language: isLanguage(i18n.language) ? i18n.language : "en",
    expiresInDays: 7,
  }));
  const [problems, setProblems] = useState<Partial<Record<keyof PackageForm, FormProblem>>>({});
  const make = useMakePackage(referralId, (created) => onMade({ ...created, method: form.method }));
  const server = errorsUnder(make.error);
  const errorOf = (field: keyof PackageForm) => {
    const problem = problems[field];
    return problem ? t(`packagesPage.dialog.problem.${problem}`) : server[field];
  };
  const change = (patch: Partial<PackageForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setProblems((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as keyof PackageForm];
      return next;
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = toPackageInput(form);
    setProblems(checked.problems);
    if (checked.input) make.mutate(checked.input);
  };
  const strength = passwordStrength(form.password);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Radio.Group
          label={t("packagesPage.dialog.method")}
          value={form.method}
          onChange={(value) => change({ method: value as PackageMethod })}
          error={server.method}
          required
        >
          <Stack gap={6} mt={6}>
            <Radio
              value="password"
              label={t("packagesPage.dialog.password")}
              description={t("packagesPage.dialog.passwordWay")}
            />
            <Radio
              value="public_key"
              label={t("packagesPage.dialog.publicKey")}
              description={t("packagesPage.dialog.publicKeyWay")}
            />
          </Stack>
        </Radio.Group>
        {form.method === "password" ? (
          <Stack gap={4}>
            <PasswordInput
              label={t("packagesPage.dialog.passwordLabel")}
              description={t("packagesPage.dialog.passwordHint")}
              // Not the person's own password: the browser should neither offer nor keep it.
              autoComplete="off"
              required
              maxLength={200}
              value={form.password}
              onChange={(event) => change({ password: event.currentTarget.value })}
              error={errorOf("password")}
              // Mantine marks the wrapper, not the input: said here so screen readers hear it.
              aria-invalid={errorOf("password") ? true : undefined}
              data-autofocus
            />
            <Text size="sm" c={STRENGTH_COLOURS[strength]} aria-live="polite" data-testid="package-password-strength">
              {form.password === "" ? "" : t(`packagesPage.dialog.strength.${strength}`)}
            </Text>
          </Stack>
        ) : (
          <Textarea
            label={t("packagesPage.dialog.recipient")}
            description={t("packagesPage.dialog.recipientHint")}
            required
            autosize
            minRows={2}
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
            value={form.recipient}
            onChange={(event) => change({ recipient: event.currentTarget.value })}
            error={errorOf("recipient")}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          />
        )}
        <LanguageSelect
          label={t("packagesPage.dialog.language")}
          description={t("packagesPage.dialog.languageHint")}
          value={form.language}
          onChange={(language) => change({ language })}
          error={server.language}
        />
        <NumberInput
          label={t("packagesPage.dialog.expires")}
          description={t("packagesPage.dialog.expiresHint")}
          min={1}
          max={PACKAGE_EXPIRY_MAX_DAYS}
          allowDecimal={false}
          allowNegative={false}
          value={form.expiresInDays}
          onChange={(value) => change({ expiresInDays: value })}
          error={errorOf("expiresInDays")}
          w={200}
        />
        <WriteError error={make.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={make.isPending}>
            {t("packagesPage.dialog.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface DialogProps {
  referralId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Making a package, then its link. The server keeps only a hash of the link's token, so the link is shown here
 * once and forgotten when the dialog closes; a click beside the dialog does not close it meanwhile.
 */
export function MakePackageDialog({ referralId, opened, onClose }: DialogProps) {
  const { t, i18n } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [made, setMade] = useState<Made | null>(null);
  const close = () => {
    setMade(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t("packagesPage.dialog.title")}
      fullScreen={isPhone}
      size="lg"
      closeOnClickOutside={made === null}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {made ? (
        <OnceSecret
          title={t("packagesPage.made.title")}
          explanation={t(made.method === "password" ? "packagesPage.made.password" : "packagesPage.made.publicKey", {
            date: formatDateTime(made.expiresAt, i18n.language),
          })}
          secret={downloadLink(made.downloadPath)}
          testId="package-link"
          onDone={close}
        />
      ) : (
        <MakePackageForm referralId={referralId} onMade={setMade} onCancel={close} />
      )}
    </Modal>
  );
}
