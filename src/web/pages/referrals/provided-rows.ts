import type { ProvidedItemInput } from "../../../shared/api/referrals.js";
import { todayLocal } from "../cases/format.js";
import { parseAmount } from "../cases/tabs/AssistanceForm.js";

export interface ProvidedRow {
  assistanceType: string;
  providedOn: string;
  quantity: string;
  unit: string;
}

export const emptyRow = (): ProvidedRow => ({ assistanceType: "", providedOn: todayLocal(), quantity: "", unit: "" });

/** The rows as the API takes them, or the problems found before sending, keyed like the server's ("0.quantity"). */
export function toProvided(
  rows: readonly ProvidedRow[],
  messages: { required: string; notANumber: string; unitNeeded: string },
): { items: ProvidedItemInput[]; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const items = rows.map((row, index) => {
    const quantity = parseAmount(row.quantity);
    if (!row.assistanceType) problems[`${index}.assistanceType`] = messages.required;
    if (!row.providedOn) problems[`${index}.providedOn`] = messages.required;
    if (Number.isNaN(quantity)) problems[`${index}.quantity`] = messages.notANumber;
    else if (quantity !== null && !row.unit) problems[`${index}.unit`] = messages.unitNeeded;
    return {
      assistanceType: row.assistanceType as ProvidedItemInput["assistanceType"],
      providedOn: row.providedOn,
      quantity: Number.isNaN(quantity) ? null : quantity,
      unit: row.unit ? (row.unit as ProvidedItemInput["unit"]) : null,
    };
  });
  return { items, problems };
}
