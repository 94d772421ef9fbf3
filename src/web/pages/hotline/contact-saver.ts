import type { ContactDetail, ContactPatch } from "../../../shared/api/hotline.js";
import { isApiError } from "../../api/client.js";
import { errorsUnder } from "../cases/field-errors.js";
import { type ContactForm, type FormField, isFormField, patchOf, pick, sameValue } from "./contact-form.js";

/** What the operator sees about saving: all on the server, on its way, kept on the device, or refused. */
export type SaveStatus = "saved" | "saving" | "offline" | "invalid" | "failed";

export interface SaverState {
  status: SaveStatus;
  /** Field problems from the server, keyed as errorsUnder keys them ("callerNumber", "consultations.0.topic"). */
  problems: Record<string, string>;
  /** Whether the problems came from pressing "Finish": then they are shown at once, even in the focused field. */
  fromFinish: boolean;
  /** A refusal that names no field (gone, not allowed, a server fault). */
  failure: unknown;
}

export interface SaverDeps {
  patch: (body: ContactPatch) => Promise<ContactDetail>;
  /** Keeps the values the server has not confirmed, on the device. */
  keep: (values: Partial<ContactForm>) => void;
  onState: (state: SaverState) => void;
  onSaved: (detail: ContactDetail) => void;
  /** setTimeout, replaceable in tests; returns the cancel function. */
  later?: (run: () => void, ms: number) => () => void;
}

/** A pause in typing this long sends what was typed. */
export const DEBOUNCE_MS = 1000;
/** While the network is down, how often to try again (the browser's "online" event also triggers a try). */
export const RETRY_MS = 10_000;

const defaultLater = (run: () => void, ms: number) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

const topField = (key: string) => key.split(".")[0] ?? key;

/**
 * Saves a contact field by field as the operator types: a pause sends the changed fields (PATCH), a
 * dropped network keeps them on the device and tries again, and a field the server refuses is held back
 * (with its problem shown) so that the other fields still get saved. "Finish" sends everything left,
 * refused fields included, with complete: true.
 */
export class ContactSaver {
  form: ContactForm;
  private readonly pending: Set<FormField>;
  private readonly blocked = new Set<FormField>();
  private state: SaverState = { status: "saved", problems: {}, fromFinish: false, failure: null };
  private cancelTimer: (() => void) | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  private disposed = false;
  private readonly later: NonNullable<SaverDeps["later"]>;

  constructor(
    form: ContactForm,
    pendingFields: Iterable<FormField>,
    private readonly deps: SaverDeps,
  ) {
    this.form = form;
    this.pending = new Set(pendingFields);
    this.later = deps.later ?? defaultLater;
    if (this.pending.size > 0) this.state = { ...this.state, status: "saving" };
  }

  get hasUnsent(): boolean {
    return this.pending.size > 0;
  }

  get current(): SaverState {
    return this.state;
  }

  /** Starts saving: changes restored from the device go at once. */
  start(): void {
    this.disposed = false;
    if (this.pending.size > 0) this.schedule(0);
  }

  /** The operator changed some fields: they are kept on the device at once and sent after a pause. */
  change(values: Partial<ContactForm>): void {
    this.form = { ...this.form, ...values };
    const fields = Object.keys(values).filter(isFormField);
    const problems = { ...this.state.problems };
    for (const field of fields) {
      this.pending.add(field);
      this.blocked.delete(field);
      for (const key of Object.keys(problems)) if (topField(key) === field) delete problems[key];
    }
    this.deps.keep(pick(this.form, this.pending));
    this.setState({ problems, status: this.state.status === "offline" ? "offline" : "saving" });
    this.schedule(DEBOUNCE_MS);
  }

  /** Values the server changed by itself (an escalation sets the outcome): taken unless the operator changed them. */
  adopt(values: Partial<ContactForm>): void {
    const taken = Object.fromEntries(
      Object.entries(values).filter(([field]) => isFormField(field) && !this.pending.has(field)),
    );
    this.form = { ...this.form, ...taken };
  }

  /** Sends now (a shortcut, the network coming back), after any save already on its way. */
  async saveNow(): Promise<void> {
    this.cancel();
    await this.running;
    await this.run(false);
  }

  /** Finishes the contact: everything not yet saved, refused fields included, with complete: true. */
  async finish(): Promise<ContactDetail | null> {
    this.cancel();
    await this.running;
    return this.run(true);
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private cancel(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    this.cancel();
    this.cancelTimer = this.later(() => {
      this.cancelTimer = null;
      void this.run(false);
    }, ms);
  }

  private setState(next: Partial<SaverState>): void {
    this.state = { ...this.state, ...next };
    if (!this.disposed) this.deps.onState(this.state);
  }

  private run(finish: boolean): Promise<ContactDetail | null> {
    if (this.running) {
      this.again = true;
      return Promise.resolve(null);
    }
    const sending = this.send(finish).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    });
    this.running = sending;
    return sending;
  }

  private async send(finish: boolean): Promise<ContactDetail | null> {
    const fields = [...this.pending].filter((field) => finish || !this.blocked.has(field));
    if (!finish && fields.length === 0) {
      this.setState({ status: this.blocked.size > 0 ? "invalid" : "saved" });
      return null;
    }
    const sent = pick(this.form, fields);
    this.setState({ status: "saving", failure: null });
    try {
      const saved = await this.deps.patch({ ...patchOf(this.form, fields), ...(finish ? { complete: true } : {}) });
      const problems = { ...this.state.problems };
      for (const field of fields) {
        // A field typed into again while this save was on its way is still to send.
        if (sameValue(field, this.form[field], sent[field] as ContactForm[typeof field])) this.pending.delete(field);
        this.blocked.delete(field);
      }
      for (const key of Object.keys(problems))
        if (finish || fields.includes(topField(key) as FormField)) delete problems[key];
      this.deps.keep(pick(this.form, this.pending));
      this.deps.onSaved(saved);
      const more = [...this.pending].some((field) => !this.blocked.has(field));
      this.setState({ problems, status: more ? "saving" : this.blocked.size > 0 ? "invalid" : "saved" });
      if (more) this.again = true;
      return saved;
    } catch (error) {
      this.refused(error, finish, fields);
      return null;
    }
  }

  private refused(error: unknown, finish: boolean, fields: FormField[]): void {
    if (isApiError(error) && error.status === 400 && error.fields.length > 0) {
      // Problems of fields still held back, and of fields not sent this time, still stand (the server
      // names only the first problem it meets).
      const standing = Object.entries(this.state.problems).filter(([key]) => {
        const field = topField(key);
        return (isFormField(field) && this.blocked.has(field)) || (!finish && !fields.includes(field as FormField));
      });
      const found = { ...Object.fromEntries(standing), ...errorsUnder(error) };
      const before = this.blocked.size;
      for (const key of Object.keys(found)) {
        const field = topField(key);
        if (isFormField(field) && this.pending.has(field)) this.blocked.add(field);
      }
      this.setState({ status: "invalid", problems: found, fromFinish: finish });
      // The other fields were refused with them (one transaction): they go again without the refused ones
      // (and without "complete"). A save that only repeats itself is not tried again.
      const grew = finish || this.blocked.size > before;
      if (grew && [...this.pending].some((field) => !this.blocked.has(field))) this.again = true;
      return;
    }
    if (isApiError(error) && (error.code === "network" || error.status >= 500)) {
      this.setState({ status: error.code === "network" ? "offline" : "failed", failure: error });
      this.schedule(RETRY_MS);
      return;
    }
    this.setState({ status: "failed", failure: error });
  }
}
