import { Badge, VisuallyHidden } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SaveStatus as Status } from "./contact-saver.js";

const COLOURS: Record<Status, string> = {
  saved: "green",
  saving: "gray",
  offline: "orange",
  invalid: "red",
  failed: "red",
};

/**
 * Whether what the operator typed is safe. Shown all the time; announced to screen readers only when it
 * needs attention (offline, refused) and when it is safe again, not after every pause in typing.
 */
export function SaveStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  const [announced, setAnnounced] = useState("");
  const [troubled, setTroubled] = useState(false);
  useEffect(() => {
    if (status === "offline" || status === "invalid" || status === "failed") {
      setTroubled(true);
      setAnnounced(t(`hotlineWeb.save.${status}`));
    } else if (status === "saved" && troubled) {
      setTroubled(false);
      setAnnounced(t("hotlineWeb.save.saved"));
    }
  }, [status, troubled, t]);
  return (
    <>
      <Badge color={COLOURS[status]} variant="light" tt="none" size="lg" data-testid="save-status">
        {t(`hotlineWeb.save.${status}`)}
      </Badge>
      <VisuallyHidden aria-live="polite">{announced}</VisuallyHidden>
    </>
  );
}
