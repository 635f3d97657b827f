/**
 * Which operations of a spec carry which tag, so that each contract test file can assert that it
 * covers exactly the operations of the tags it owns.
 */
import { HTTP_METHODS, type OpenApiDocument } from "@org/mock-server";

/** The spec tags whose operations contacts-and-account.test.ts covers (contract.test.ts covers the others). */
export const CONTACTS_AND_ACCOUNT_TAGS = ["Application: Contacts", "Application: Account setup", "Application: Account webhooks"] as const;

/** The operationIds of `doc` whose first tag satisfies `owns`, in spec order. */
export function operationIdsTagged(doc: OpenApiDocument, owns: (tag: string | undefined) => boolean): string[] {
  const ids: string[] = [];
  for (const pathItem of Object.values(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation?.operationId !== undefined && owns(operation.tags?.[0])) ids.push(operation.operationId);
    }
  }
  return ids;
}
