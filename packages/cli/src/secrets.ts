/**
 * The credentials this process has read, so that nothing it prints can contain them. Values are
 * registered when read (from the environment or a prompt) and never written anywhere.
 */
const known = new Set<string>();

/** Remember a credential value (values shorter than 4 characters are not worth a global replace). */
export function registerSecret(value: string): void {
  if (value.length >= 4) known.add(value);
}

/** `text` with every registered credential replaced by `[redacted]`. */
export function redactKnown(text: string): string {
  let out = text;
  for (const secret of known) out = out.split(secret).join("[redacted]");
  return out;
}

/** How `--verbose` shows a credential: never its value, only where it came from and its length. */
export function describeSecret(source: string, value: string): string {
  return `${source}=[redacted, ${value.length} characters]`;
}
