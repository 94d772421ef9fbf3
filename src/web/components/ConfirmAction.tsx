import { Button, type ButtonProps, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ConfirmActionProps {
  label: string;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  color?: ButtonProps["color"];
  variant?: ButtonProps["variant"];
  loading?: boolean;
  onConfirm: () => void;
}

/** A button that asks once before doing something that cannot be undone from here. */
export function ConfirmAction(props: ConfirmActionProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant={props.variant ?? "default"} color={props.color} onClick={open} loading={props.loading}>
        {props.label}
      </Button>
      <Modal opened={opened} onClose={close} title={props.title} closeButtonProps={{ "aria-label": t("common.close") }}>
        <Stack>
          <Text>{props.message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button
              color={props.color}
              onClick={() => {
                close();
                props.onConfirm();
              }}
            >
              {props.confirmLabel ?? props.label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
