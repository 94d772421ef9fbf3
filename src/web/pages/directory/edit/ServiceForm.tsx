import {
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, type ReactNode, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ProviderDetail, ProviderSummary, ServiceDetail } from "../../../../shared/api/directory.js";
import { AVAILABILITIES } from "../../../../shared/directory/vocab.js";
import { errorsUnder } from "../../cases/field-errors.js";
import { useCreateService, usePatchService } from "../directory-api.js";
import { useDirectoryLabels } from "../directory-labels.js";
import { SaveError } from "../SaveError.js";
import {
  emptyServiceForm,
  type ServiceForm as Form,
  serviceFormFrom,
  serviceInputFrom,
  servicePatchFrom,
} from "./entry-form.js";
import { PlaceFields, useFocusFirstProblem } from "./PlaceFields.js";
import { ServiceAreaFields, ServiceEligibilityFields, ServiceHoursFields } from "./ServiceReachFields.js";

interface ServiceFormProps {
  /** The service being edited; a new one otherwise. */
  service?: ServiceDetail;
  /** The edited service's provider: tells the service's own coordinates from those it takes from the provider. */
  provider?: ProviderDetail;
  /** For a new service: the providers the organisation keeps, one of which gives it. */
  providers?: readonly ProviderSummary[];
  providerId?: string;
  onSaved: (saved: ServiceDetail) => void;
  cancelTo: string;
}

/**
 * A service's entry, in the order a caseworker reads it: what and by whom, where, for whom, when, whom to
 * call. Problems the server finds are shown on their fields and listed above the buttons.
 */
export function ServiceForm(props: ServiceFormProps) {
  const { service, provider, providers = [], providerId = "", onSaved, cancelTo } = props;
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<Form>(() =>
    service ? serviceFormFrom(service, provider) : emptyServiceForm(providerId),
  );
  const create = useCreateService(onSaved);
  const patch = usePatchService(service?.id ?? "", onSaved);
  const save = service ? patch : create;
  const errors = errorsUnder(save.error);
  useFocusFirstProblem(formRef, save.error);
  const set = (next: Partial<Form>) => setForm((current) => ({ ...current, ...next }));
  const types = useMemo(() => labels.serviceTypeOptions(), [labels]);
  const parts = { value: form, onChange: set, errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (service) patch.mutate(servicePatchFrom(form, service.version));
    else create.mutate(serviceInputFrom(form));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Section title={t("directoryPage.form.what")}>
          {service ? null : (
            <NativeSelect
              label={t("directoryPage.fields.provider")}
              value={form.providerId}
              onChange={(event) => set({ providerId: event.currentTarget.value })}
              error={errors.providerId}
              required
            >
              <option value="">{t("directoryPage.form.chooseProvider")}</option>
              {providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.name}
                </option>
              ))}
            </NativeSelect>
          )}
          <TextInput
            label={t("directoryPage.fields.name")}
            value={form.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={errors.name}
            required
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t("directoryPage.fields.serviceType")}
              data={types}
              value={form.serviceType}
              onChange={(serviceType) => set({ serviceType })}
              error={errors.serviceType}
              required
              searchable
              nothingFoundMessage={t("common.noResults")}
              comboboxProps={{ withinPortal: true }}
            />
            <NativeSelect
              label={t("directoryPage.fields.availability")}
              value={form.availability}
              onChange={(event) => set({ availability: event.currentTarget.value })}
              error={errors.availability}
            >
              {AVAILABILITIES.map((value) => (
                <option key={value} value={value}>
                  {labels.availability(value)}
                </option>
              ))}
            </NativeSelect>
          </SimpleGrid>
          <Textarea
            label={t("directoryPage.fields.description")}
            value={form.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            error={errors.description}
            autosize
            minRows={3}
            maxLength={2000}
          />
        </Section>
        <Section title={t("directoryPage.form.where")} hint={t("directoryPage.form.whereHint")}>
          <PlaceFields {...parts} />
          <ServiceAreaFields {...parts} />
        </Section>
        <Section title={t("directoryPage.form.forWhom")}>
          <ServiceEligibilityFields {...parts} />
        </Section>
        <Section title={t("directoryPage.form.when")}>
          <ServiceHoursFields {...parts} />
        </Section>
        <Section title={t("directoryPage.form.contact")}>
          <TextInput
            label={t("directoryPage.fields.contactName")}
            value={form.contactName}
            onChange={(event) => set({ contactName: event.currentTarget.value })}
            error={errors.contactName}
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="tel"
              label={t("directoryPage.fields.contactPhone")}
              value={form.contactPhone}
              onChange={(event) => set({ contactPhone: event.currentTarget.value })}
              error={errors.contactPhone}
              maxLength={40}
            />
            <TextInput
              type="email"
              label={t("directoryPage.fields.contactEmail")}
              value={form.contactEmail}
              onChange={(event) => set({ contactEmail: event.currentTarget.value })}
              error={errors.contactEmail}
              maxLength={200}
            />
          </SimpleGrid>
        </Section>
        <SaveError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={cancelTo}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {service ? t("directoryPage.form.save") : t("directoryPage.form.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A titled part of a long form, so that a screen reader can jump between them by heading. */
export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint ? <Text size="sm">{hint}</Text> : null}
      {children}
    </Stack>
  );
}
