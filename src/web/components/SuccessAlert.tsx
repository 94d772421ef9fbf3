import { Alert } from "@mantine/core";
import type { ReactNode } from "react";

/** A confirmation that stays on screen: read by screen readers (role=status) and not gone before it is seen. */
export function SuccessAlert({ children }: { children: ReactNode }) {
  return (
    <Alert color="green" variant="light" role="status">
      {children}
    </Alert>
  );
}
