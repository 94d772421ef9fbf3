import { Divider, Stack } from "@mantine/core";
import type { TabProps } from "../CasePage.js";
import { useCaseItems } from "../case-api.js";
import type { SupportPlan } from "../case-types.js";
import { AssistanceSection } from "./AssistanceSection.js";
import { PlansSection } from "./PlansSection.js";

/** Support plans and the assistance given under them, on one tab: a plan is read with what came of it. */
export function AssistanceTab(props: TabProps) {
  const plans = useCaseItems<SupportPlan>(props.item.id, "plans");
  return (
    <Stack gap="xl">
      <PlansSection {...props} />
      <Divider />
      <AssistanceSection {...props} plans={plans.data?.items ?? []} />
    </Stack>
  );
}
