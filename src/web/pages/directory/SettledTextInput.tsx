import { TextInput, type TextInputProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";

interface SettledTextInputProps extends Omit<TextInputProps, "value" | "onChange"> {
  value: string;
  /** Called once the typing has paused (or on Enter), not on every letter: each call searches again. */
  onSettle: (value: string) => void;
}

/**
 * A text filter that searches as the person types without a request per keystroke, and follows the value
 * from outside (a cleared filter, the back button) when it changes there.
 */
export function SettledTextInput({ value, onSettle, ...props }: SettledTextInputProps) {
  const [typed, setTyped] = useState(value);
  const [settled] = useDebouncedValue(typed, 350);
  // Only a change from outside (a cleared filter, the back button) replaces what is typed.
  useEffect(() => {
    setTyped(value);
  }, [value]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the typed text searches again.
  useEffect(() => {
    if (settled !== value) onSettle(settled);
  }, [settled]);
  return (
    <TextInput
      {...props}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter" && typed !== value) onSettle(typed);
      }}
      autoComplete="off"
    />
  );
}
