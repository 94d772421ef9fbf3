import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import type { ProviderDetail } from "../../../../shared/api/directory.js";
import { usePageTitle } from "../../../components/usePageTitle.js";
import { useProvider } from "../directory-api.js";
import { NotFound } from "../service/ServicePage.js";
import { ProviderForm } from "./ProviderForm.js";
import { Loading, NotKept } from "./ServiceEditPage.js";

/** /directory/providers/new and /directory/providers/:id/edit — a provider's entry, for its keeper. */
export function ProviderEditPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const provider = useProvider(id);
  const heading = id
    ? t("directoryPage.form.editProvider", { name: provider.data?.name ?? "" })
    : t("directoryPage.form.newProvider");
  usePageTitle(heading);
  const done = (saved: ProviderDetail) => navigate(`/directory/providers/${saved.id}`);

  if (id && provider.isPending) return <Loading />;
  if (id && !provider.data) return <NotFound error={provider.error} />;
  const data = provider.data;
  return (
    <Stack maw={860}>
      <Title order={1} style={{ overflowWrap: "anywhere" }}>
        {heading}
      </Title>
      {data && !data.keptByCaller ? (
        <NotKept name={data.keeperOrganisationName} back={`/directory/providers/${data.id}`} />
      ) : (
        // Keyed by version: a newer version loaded after a refused save starts a fresh form.
        <ProviderForm
          key={data?.version ?? "new"}
          provider={data}
          onSaved={done}
          cancelTo={data ? `/directory/providers/${data.id}` : "/directory"}
        />
      )}
    </Stack>
  );
}
