/**
 * The client module of a vendor package (`src/generated/client.ts`): the default base URL
 * constant, the options interface with the credential option, the client type and the factory.
 * Names come from vendors.json; the URL, the auth scheme and the option from the spec.
 */
import { clientCredential, defaultServer } from "./spec-facts.mjs";

/**
 * Names other SDKs give a credential option. A caller who passes one of them gets "did you mean
 * <the vendor's option>" from the runtime's option check instead of a bare "unknown option".
 */
const CREDENTIAL_HABITS = ["apiKey", "apiToken", "token", "accessToken", "apiAccessToken", "authToken", "bearerToken", "key"];

function comment(text, indent = "") {
  const lines = text.replace(/\*\//g, "*\\/").trimEnd().split("\n");
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

/**
 * @param {import("../vendors.d.mts").VendorRow} row
 * @param {any} spec the parsed spec
 * @returns {string} the module text (without the generated-file header)
 */
export function clientSource(row, spec) {
  const where = row.spec;
  const { factory, type, options, baseUrlConstant } = row.client;
  const server = defaultServer(spec, where);
  const credential = clientCredential(spec, where);
  const { option } = credential;
  const auth =
    credential.auth.kind === "bearer"
      ? `{ kind: "bearer", token: ${option} }`
      : `{ kind: "header", name: ${JSON.stringify(credential.auth.name)}, value: ${option} }`;

  let out = "";
  out += 'import { createApiClient, type ApiClient, type ClientOptions, type ThrowsOf } from "@org/runtime";\n';
  out += 'import type { paths } from "./schema.js";\n\n';
  out += comment(`The default base URL, from \`servers[0]\` of ${row.spec}${server.description ? `: ${server.description}` : "."}\nPass \`baseUrl\` to reach another host.`);
  out += `export const ${baseUrlConstant} = ${JSON.stringify(server.url)};\n\n`;
  out += comment(`Options for {@link ${factory}}: the shared {@link ClientOptions} plus the credential.`);
  out += `export interface ${options} extends ClientOptions {\n`;
  out += comment(credential.description, "  ");
  out += `  ${option}${credential.required ? "" : "?"}: string;\n}\n\n`;
  out += comment(
    `A typed ${row.name} client: openapi-fetch's \`GET\`/\`POST\`/… over every operation in ${row.spec}.\n` +
      "`Throws` is `true` for a client created with `throwOnError: true`: its calls resolve to the success branch only.",
  );
  out += `export type ${type}<Throws extends boolean = boolean> = ApiClient<paths, Throws>;\n\n`;
  out += comment(
    `Create a ${row.name} client. An option it does not know (\`baseURL\`, \`timeout\`) fails to compile, as it\n` +
      `fails at run time with "did you mean": each key of \`options\` must be a key of {@link ${options}}.\n\n` +
      `@example\n\`\`\`ts\n${row.example.join("\n")}\n\`\`\``,
  );
  // `const O` infers `throwOnError: true` for ThrowsOf; mapping O's own keys (unknown ones to
  // `never`) restores the excess-property check a bare `options: O` turns off.
  out += `export function ${factory}<const O extends ${options}>(\n`;
  out += `  options${credential.required ? "" : "?"}: { [K in keyof O]: K extends keyof ${options} ? O[K] : never },\n`;
  out += `): ${type}<ThrowsOf<O>> {\n`;
  out += `  const { ${option}, ...rest }: ${options} = options${credential.required ? "" : " ?? {}"};\n`;
  out += `  return createApiClient<paths, ThrowsOf<O>>({\n`;
  out += `    ...rest,\n`;
  out += `    vendor: ${JSON.stringify(row.id)},\n`;
  out += `    defaultBaseUrl: ${baseUrlConstant},\n`;
  out += `    optionNames: [${JSON.stringify(option)}],\n`;
  out += `    authOption: ${JSON.stringify(option)},\n`;
  const aliases = CREDENTIAL_HABITS.filter((habit) => habit !== option).map((habit) => `${habit}: ${JSON.stringify(option)}`);
  out += `    optionAliases: { ${aliases.join(", ")} },\n`;
  out += credential.required ? `    auth: ${auth},\n` : `    ...(${option} === undefined ? {} : { auth: ${auth} }),\n`;
  out += `  });\n}\n`;
  return out;
}
