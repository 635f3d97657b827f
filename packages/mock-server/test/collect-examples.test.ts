import { describe, expect, it } from "vitest";
import { collectExamples, loadSpec, SpecValidator } from "../src/index.ts";
import { FIXTURE_SPEC } from "./helpers.ts";

describe("collectExamples on the fixture", () => {
  const doc = loadSpec(FIXTURE_SPEC);
  const cases = collectExamples(doc);
  const validator = new SpecValidator(doc);

  it("finds media-type, parameter, header, schema-level and component examples", () => {
    const pointers = cases.map((c) => c.pointer);
    expect(pointers).toContain("/paths/~1pets/get/responses/200/content/application~1json/examples/firstPage/value");
    expect(pointers).toContain("/paths/~1pets/get/responses/200/headers/X-Total/example");
    expect(pointers).toContain("/paths/~1pets~1{petId}/get/responses/200/content/application~1json/examples/tom");
    expect(pointers).toContain("/components/parameters/Page/example");
    expect(pointers).toContain("/components/schemas/Pet/properties/name/examples/0");
    expect(pointers).toContain("/components/schemas/Pet/properties/born/example");
    expect(pointers).toContain("/components/responses/Unauthorized/content/application~1json/examples/unauthorized/value");
    expect(cases.find((c) => c.pointer.endsWith("/examples/tom"))?.via).toBe("/components/examples/Tom");
    expect(cases.filter((c) => c.orphan).map((c) => c.pointer)).toEqual(["/components/examples/Unused/value"]);
  });

  it("finds exactly the one broken example", () => {
    const broken = cases.filter((c) => c.schemaPointer !== undefined && validator.validate(c.schemaPointer, c.value).length > 0);
    expect(broken.map((c) => c.pointer)).toEqual(["/paths/~1status/get/responses/200/content/application~1json/examples/broken/value"]);
  });

  it("validates formats", () => {
    expect(validator.validate("/components/schemas/Pet/properties/born", "2020-02-31")).toEqual([' must match format "date"']);
  });
});
