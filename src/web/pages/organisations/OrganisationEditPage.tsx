import { Anchor, Stack, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { api } from "../../api/client.js";
import { can, SESSION_KEY, useSession } from "../../api/session.js";
import type { Organisation } from "../../api/types.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { FullPageLoader } from "../../components/FullPageLoader.js";
import { SuccessAlert } from "../../components/SuccessAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { OrganisationForm } from "./OrganisationForm.js";
import { type OrganisationFormValues, toFormValues, toPatch } from "./organisation-form.js";
import { ORGANISATIONS_KEY } from "./organisations.js";

export function OrganisationEditPage() {
  const { t } = useTranslation();
  usePageTitle(t("organisations.editTitle"));
  const { id = "" } = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const key = [...ORGANISATIONS_KEY, id];
  // Only the deployment administrator switches an organisation off; its own administrator edits the rest.
  const mayDisable = can(session, "deployment.manage");
  const organisation = useQuery({
    queryKey: key,
    queryFn: () => api.get<Organisation>(`/api/organisations/${encodeURIComponent(id)}`),
  });
  const save = useMutation({
    mutationFn: (values: OrganisationFormValues) =>
      api.patch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, toPatch(values, mayDisable)),
    onSuccess: async (org) => {
      queryClient.setQueryData(key, org);
      await queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY, exact: true });
      // The header and home page show the organisation's name and MFA rule from the session.
      if (org.id === session?.user.organisation.id) await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const created = (location.state as { created?: boolean } | null)?.created && save.isIdle;

  return (
    <Stack>
      {can(session, "deployment.manage") ? (
        <Anchor component={Link} to="/admin/organisations" size="sm">
          {t("organisations.back")}
        </Anchor>
      ) : null}
      <Title order={1}>{organisation.data?.name ?? t("organisations.editTitle")}</Title>
      {created ? <SuccessAlert>{t("organisations.created")}</SuccessAlert> : null}
      {save.isSuccess ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      <ErrorAlert error={organisation.error} />
      {organisation.isPending ? <FullPageLoader /> : null}
      {organisation.data ? (
        <OrganisationForm
          key={organisation.data.id}
          initial={toFormValues(organisation.data)}
          submitLabel={t("common.save")}
          pending={save.isPending}
          error={save.error}
          withDisabled={mayDisable}
          onSubmit={(values) => save.mutate(values)}
        />
      ) : null}
    </Stack>
  );
}
