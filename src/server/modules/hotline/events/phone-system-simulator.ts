/**
 * A stand-in for a phone system (PBX or cloud telephony) and for the server behind a public web form, as
 * the tests use it: it posts JSON events over real HTTP with a Bearer token, the way a webhook would.
 */

/** The hotline number callers dial, as the phone system reports it. Fictional. */
export const HOTLINE_NUMBER = "+48800000000";

export interface SimulatorAnswer {
  status: number;
  body: { contactId?: string; replayed?: boolean; earlierContacts?: number; error?: ErrorAnswer };
}

interface ErrorAnswer {
  code: string;
  fields?: { field: string; problem: string; message: string }[];
}

export interface Ringing {
  callId: string;
  from: string | null;
  operator: string;
  startedAt?: string;
  language?: string;
}

export interface WebReport {
  reference: string;
  submittedAt: string;
  message: string;
  [field: string]: unknown;
}

export class PhoneSystemSimulator {
  constructor(
    private readonly baseUrl: string,
    /** The service account's API token; null to call without one. */
    private readonly token: string | null,
  ) {}

  /** A call answered by an operator. */
  answer(call: Ringing): Promise<SimulatorAnswer> {
    return this.post({ type: "call.incoming", to: HOTLINE_NUMBER, ...call });
  }

  /** The caller or the operator hung up. */
  hangUp(callId: string, endedAt?: string): Promise<SimulatorAnswer> {
    return this.post({ type: "call.ended", callId, ...(endedAt ? { endedAt } : {}) });
  }

  /** A report submitted on the public web form, forwarded by the form's server. */
  submitWebForm(report: WebReport): Promise<SimulatorAnswer> {
    return this.post({ type: "web_form", ...report });
  }

  /** Any body, as a misconfigured phone system might send it. */
  async post(body: unknown): Promise<SimulatorAnswer> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}/api/hotline/events`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as SimulatorAnswer["body"] };
  }
}
