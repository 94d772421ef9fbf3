import { Accordion, Button, Code, CopyButton, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { usePackageKey } from "./package-api.js";

const PANEL = "package-key";

/**
 * The organisation's public key, for senders in other deployments. Closed at first: the key pair is made the
 * first time anyone asks for it, so it is asked for only when someone opens this.
 */
export function PackageKeyPanel() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const key = usePackageKey(opened);
  return (
    <Accordion variant="contained" onChange={(value) => setOpened((was) => was || value === PANEL)}>
      <Accordion.Item value={PANEL}>
        <Accordion.Control>{t("packagesPage.key.title")}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm">{t("packagesPage.key.intro")}</Text>
            <ErrorAlert error={key.error} />
            {key.isLoading ? <Loader size="sm" aria-label={t("app.loading")} /> : null}
            {key.data ? (
              <>
                <Text size="sm" fw={600}>
                  {t("packagesPage.key.label", { organisation: key.data.organisationName })}
                </Text>
                <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
                  {key.data.publicKey}
                </Code>
                <CopyButton value={key.data.publicKey}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy} w="fit-content">
                      {copied ? t("common.copied") : t("common.copy")}
                    </Button>
                  )}
                </CopyButton>
              </>
            ) : null}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
