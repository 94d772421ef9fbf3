import { Button, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, fieldErrors } from "../../api/client.js";
import type { CreatedToken } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { OnceSecret } from "../../components/OnceSecret.js";
import { TokensTable } from "./TokensTable.js";
import { TOKENS_KEY, type TokenList } from "./tokens.js";

/** Personal API tokens: create (the token is shown once), list, revoke. */
export function TokensSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: () => api.get<TokenList>("/api/auth/tokens") });
  const [name, setName] = useState("");
  const [days, setDays] = useState<number | string>(90);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const create = useMutation({
    mutationFn: (body: { name: string; expiresInDays?: number }) => api.post<CreatedToken>("/api/auth/tokens", body),
    onSuccess: async (token) => {
      setCreated(token);
      setName("");
      await queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });
  const errors = fieldErrors(create.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate({ name: name.trim(), ...(typeof days === "number" ? { expiresInDays: days } : {}) });
  };

  return (
    <Stack>
      <Text size="sm" maw={640}>
        {t("tokens.intro")}
      </Text>
      {created ? (
        <OnceSecret
          title={t("tokens.createdTitle", { name: created.name })}
          explanation={t("tokens.createdOnce")}
          secret={created.token}
          testId="created-token"
          onDone={() => setCreated(null)}
        />
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xs">
          <ErrorAlert error={create.error} />
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label={t("tokens.name")}
              description={t("tokens.nameHint")}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              w={260}
            />
            <NumberInput
              label={t("fields.expiresInDays")}
              description={t("tokens.expiresHint")}
              min={1}
              max={730}
              allowDecimal={false}
              value={days}
              onChange={setDays}
              error={errors.expiresInDays}
              w={180}
            />
          </Group>
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t("tokens.create")}
          </Button>
        </Stack>
      </form>
      <ErrorAlert error={tokens.error} />
      {tokens.data ? <TokensTable tokens={tokens.data.items} /> : null}
    </Stack>
  );
}
