export * from "./delphi/index.js";
export * from "./instruments/index.js";
export * from "./scoring/index.js";
