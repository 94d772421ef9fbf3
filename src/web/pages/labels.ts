import type { Permission } from "../../shared/access/permissions.js";

type PermissionKey = `permissions.${string}`;

/** Catalogue keys cannot hold dots inside a name, so "user.read" is labelled under "permissions.user_read". */
export function permissionKey<P extends Permission>(permission: P): `permissions.${Replace<P>}` & PermissionKey {
  return `permissions.${permission.replaceAll(".", "_")}` as `permissions.${Replace<P>}`;
}

type Replace<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${Replace<B>}` : S;
