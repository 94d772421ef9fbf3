/**
 * A key the browser gives one thing it sends (an intake, a contact, a screening) so that sending it again
 * after a lost answer is recognised as the same thing. randomUUID exists only on pages served over HTTPS
 * or from localhost; an office laptop serving its network over plain HTTP still gets an unguessable key.
 */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
