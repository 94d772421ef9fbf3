import { Button, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n.js";
import { formatNumber } from "../../cases/format.js";

interface GeopointFieldProps {
  id: string;
  label: string;
  hint: string;
  required: boolean;
  error?: string;
  value: unknown;
  /** ODK's "lat lon [alt accuracy]" text: the engine reads it and says when it is not a point. */
  onChange: (value: string | undefined) => void;
}

/** Stands for the half of a point not typed yet. */
const MISSING = "?";

function parts(value: unknown): string[] {
  if (typeof value === "string")
    return value
      .trim()
      .split(/\s+/)
      .map((part) => (part === MISSING ? "" : part));
  if (value && typeof value === "object") {
    const point = value as { lat?: number; lon?: number; alt?: number; accuracy?: number };
    return [point.lat, point.lon, point.alt, point.accuracy].filter((n) => n !== undefined).map(String);
  }
  return [];
}

type Locating = "idle" | "busy" | "denied" | "failed" | "unsupported";

/** A place on the map, typed as latitude and longitude or taken from this device's location. */
export function GeopointField(props: GeopointFieldProps) {
  const { t } = useTranslation();
  const [initialLat = "", initialLon = "", alt, accuracy] = parts(props.value);
  // Kept apart while typed: "lat lon" text cannot hold a longitude typed before the latitude.
  const [lat, setLat] = useState(initialLat);
  const [lon, setLon] = useState(initialLon);
  const [locating, setLocating] = useState<Locating>("idle");
  const write = (nextLat: string, nextLon: string, extra: string[] = []) => {
    setLat(nextLat);
    setLon(nextLon);
    const both = nextLat.trim() !== "" && nextLon.trim() !== "";
    const one = nextLat.trim() !== "" || nextLon.trim() !== "";
    // Half a point is sent as it is, so the engine says it is not a place rather than it being lost.
    const text = both
      ? [nextLat.trim(), nextLon.trim(), ...extra].join(" ")
      : one
        ? `${nextLat.trim() || MISSING} ${nextLon.trim() || MISSING}`
        : "";
    props.onChange(text === "" ? undefined : text);
  };
  const locate = () => {
    if (!("geolocation" in navigator)) {
      setLocating("unsupported");
      return;
    }
    setLocating("busy");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude, altitude, accuracy: metres } = position.coords;
        write(String(latitude), String(longitude), [String(altitude ?? 0), String(Math.round(metres))]);
        setLocating("idle");
      },
      (problem) => setLocating(problem.code === problem.PERMISSION_DENIED ? "denied" : "failed"),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  return (
    <Fieldset
      id={props.id}
      legend={`${props.label}${props.required ? " *" : ""}`}
      variant="unstyled"
      aria-invalid={props.error ? true : undefined}
    >
      <Stack gap="xs">
        {props.hint ? <Text size="sm">{props.hint}</Text> : null}
        <Group grow align="flex-start">
          <TextInput
            size="md"
            label={t("screeningWeb.fill.latitude")}
            inputMode="decimal"
            value={lat}
            onChange={(event) => write(event.currentTarget.value, lon)}
          />
          <TextInput
            size="md"
            label={t("screeningWeb.fill.longitude")}
            inputMode="decimal"
            value={lon}
            onChange={(event) => write(lat, event.currentTarget.value)}
          />
        </Group>
        {accuracy !== undefined && alt !== undefined ? (
          <Text size="sm">
            {t("screeningWeb.fill.accuracy", { metres: formatNumber(Number(accuracy), currentLanguage()) })}
          </Text>
        ) : null}
        <Button variant="default" onClick={locate} loading={locating === "busy"} w="fit-content">
          {t("screeningWeb.fill.useLocation")}
        </Button>
        {locating !== "idle" && locating !== "busy" ? (
          <Text size="sm" role="status">
            {t(`screeningWeb.fill.location_${locating}`)}
          </Text>
        ) : null}
        {props.error ? (
          <Text size="sm" c="var(--mantine-color-error)">
            {props.error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
