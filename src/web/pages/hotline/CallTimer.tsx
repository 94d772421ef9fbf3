import { Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock, formatDuration } from "../../format.js";
import { currentLanguage } from "../../i18n.js";

interface CallTimerProps {
  startedAt: string;
  /** Once the call has ended the clock stops at its length. */
  endedAt: string | null;
}

/** The running length of the call, from its start; role "timer" so screen readers do not read every tick. */
export function CallTimer({ startedAt, endedAt }: CallTimerProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endedAt) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [endedAt]);
  const end = endedAt ? new Date(endedAt).getTime() : now;
  const seconds = Math.max(0, (end - new Date(startedAt).getTime()) / 1000);
  return (
    <Text
      role="timer"
      aria-label={t("hotlineWeb.contact.timer", { duration: formatDuration(seconds, lang) })}
      ff="monospace"
      fw={700}
      size="xl"
    >
      {formatClock(seconds, lang)}
    </Text>
  );
}
