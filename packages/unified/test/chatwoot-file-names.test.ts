/**
 * A Chatwoot attachment's name comes from the last path segment of its `data_url`, percent-decoded.
 * A `%` that is not a valid escape (`100%.pdf`, `%E0%A4%A`) must not throw: the name is then the
 * segment as sent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeMessage } from "../src/index.js";

function nameOf(dataUrl: string): string | null {
  const m = normalizeMessage("chatwoot", { id: 1, attachments: [{ id: 3, file_type: "file", data_url: dataUrl }] });
  return m.attachments[0]?.name ?? null;
}

describe("Chatwoot attachment names from data_url", () => {
  it("keeps a name with a bare % as sent", () => {
    expect(nameOf("https://chat.example.test/rails/active_storage/blobs/abc/100%.pdf")).toBe("100%.pdf");
    expect(nameOf("https://chat.example.test/files/%E0%A4%A.txt?sig=1")).toBe("%E0%A4%A.txt");
  });

  it("decodes valid escapes and drops the query and fragment", () => {
    expect(nameOf("https://chat.example.test/files/caf%C3%A9%20menu.pdf?sig=1#p2")).toBe("café menu.pdf");
  });

  it("never throws on a name with invalid % escapes, and gives the segment back", () => {
    // A "%" followed by anything that is not two hex digits, or a lone half of a UTF-8 sequence.
    const badEscape = fc.oneof(
      fc.constantFrom("%", "%%", "%G1", "%1", "%zz", "%E0%A4", "%C3", "%FF"),
      fc.string({ maxLength: 2 }).map((s) => `%${s.replace(/[0-9a-fA-F/?#]/g, "x")}`),
    );
    const plain = fc.string({ maxLength: 6 }).map((s) => s.replace(/[/?#%]/g, "_"));
    const segment = fc.array(fc.oneof(plain, badEscape), { minLength: 1, maxLength: 5 }).map((parts) => `${parts.join("")}%`);
    fc.assert(
      fc.property(segment, (name) => {
        expect(nameOf(`https://chat.example.test/files/${name}`)).toBe(name);
      }),
      { numRuns: 300 },
    );
  });
});
