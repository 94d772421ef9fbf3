import type { AuditFilters, AuditOutcome } from "../../api/types.js";
import { localInputToIso } from "../../format.js";

/** The filter form as typed: datetime-local strings and free text, turned into API filters on "apply". */
export interface AuditFilterValues {
  from: string;
  to: string;
  actorUserId: string;
  action: string;
  recordType: string;
  recordId: string;
  outcome: AuditOutcome | null;
}

export const NO_FILTERS: AuditFilterValues = {
  from: "",
  to: "",
  actorUserId: "",
  action: "",
  recordType: "",
  recordId: "",
  outcome: null,
};

export function toAuditFilters(values: AuditFilterValues): AuditFilters {
  const text = (value: string) => value.trim() || undefined;
  return {
    from: localInputToIso(values.from),
    to: localInputToIso(values.to),
    actorUserId: text(values.actorUserId),
    action: text(values.action),
    recordType: text(values.recordType),
    recordId: text(values.recordId),
    outcome: values.outcome ?? undefined,
  };
}
