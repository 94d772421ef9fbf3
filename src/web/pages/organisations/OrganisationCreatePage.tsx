import { Anchor, Stack, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Organisation } from "../../api/types.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { OrganisationForm } from "./OrganisationForm.js";
import { EMPTY_ORGANISATION, type OrganisationFormValues, toInput } from "./organisation-form.js";
import { ORGANISATIONS_KEY } from "./organisations.js";

export function OrganisationCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t("organisations.createTitle"));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: OrganisationFormValues) => api.post<Organisation>("/api/organisations", toInput(values)),
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY });
      void navigate(`/admin/organisations/${org.id}`, { state: { created: true } });
    },
  });
  return (
    <Stack>
      <Anchor component={Link} to="/admin/organisations" size="sm">
        {t("organisations.back")}
      </Anchor>
      <Title order={1}>{t("organisations.createTitle")}</Title>
      <OrganisationForm
        initial={EMPTY_ORGANISATION}
        submitLabel={t("organisations.create")}
        pending={create.isPending}
        error={create.error}
        withDisabled={false}
        onSubmit={(values) => create.mutate(values)}
      />
    </Stack>
  );
}
