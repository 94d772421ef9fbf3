import { Button, type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple } from "@mantine/core";

/** Replaces the darkest shade, which the theme uses for text and fills, with one that reads on white. */
function withDarkest(name: keyof typeof DEFAULT_THEME.colors, darkest: string): MantineColorsTuple {
  const shades = [...(DEFAULT_THEME.colors[name] ?? [])];
  shades[9] = darkest;
  return shades as unknown as MantineColorsTuple;
}

/**
 * Mantine's default shades give white-on-blue and green text below the 4.5:1 contrast that tired eyes and
 * cheap phone screens need. Shade 9 is used for fills and tinted text; green and orange get darker ones.
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 9, dark: 4 },
  colors: {
    green: withDarkest("green", "#237032"),
    orange: withDarkest("orange", "#a63c06"),
    teal: withDarkest("teal", "#0b6e55"),
  },
  focusRing: "auto",
  components: {
    // Long labels ("Configurează autentificarea în doi pași") wrap on a phone instead of running off screen.
    Button: Button.extend({
      styles: {
        root: { height: "auto", minHeight: "var(--button-height)", paddingBlock: 4 },
        label: { whiteSpace: "normal", textAlign: "center", lineHeight: 1.3 },
      },
    }),
  },
  defaultRadius: "sm",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif, 'Apple Color Emoji'",
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
    // Field errors in red.6 reach only 3.3:1 on white.
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
