/**
 * Controlled vocabularies: HTCDS 2.0 value lists (verbatim), Safepath's clearly separate extensions, the
 * registry used for validation and labels, and normalisation of values from earlier HTCDS versions.
 */
export * from "./case.js";
export * from "./events.js";
export * from "./extensions/age.js";
export * from "./extensions/assistance.js";
export * from "./extensions/case.js";
export * from "./extensions/consent.js";
export * from "./extensions/languages.js";
export * from "./extensions/person.js";
export * from "./industries.js";
export * from "./legacy.js";
export * from "./person.js";
export * from "./registry.js";
export * from "./victim.js";
