/** One part of a `multipart/form-data` body: a text field or a file. */
export type FormPart =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "file"; readonly filename: string; readonly type: string; readonly size: number };

/**
 * Parses a `multipart/form-data` body with Node's own parser (undici's `Response#formData()`).
 * @param contentType - the request's Content-Type header, with its `boundary` parameter.
 * @returns the parts by field name, in body order, or an error message for a malformed body.
 */
export async function parseMultipart(
  body: Buffer,
  contentType: string,
): Promise<{ readonly fields: ReadonlyMap<string, readonly FormPart[]> } | { readonly error: string }> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    return { error: `malformed multipart/form-data body: ${(error as Error).message}` };
  }
  const fields = new Map<string, FormPart[]>();
  for (const [name, value] of form.entries()) {
    const part: FormPart =
      typeof value === "string" ? { kind: "text", value } : { kind: "file", filename: value.name, type: value.type, size: value.size };
    const parts = fields.get(name);
    if (parts === undefined) fields.set(name, [part]);
    else parts.push(part);
  }
  return { fields };
}
