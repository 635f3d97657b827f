/**
 * The typed error for a bot token on an endpoint bots may not call. Chatwoot answers 401
 * `{"error": "Access to this endpoint is not authorized for bots"}` there
 * (`AccessTokenAuthHelper#validate_bot_access_token!`); a plain `AuthenticationError` would read
 * like a wrong token, so the bot kit says what happened and what to do.
 */
import { ApiError, AuthenticationError } from "@org/runtime";

/** What Chatwoot opens to agent-bot tokens at v4.10.0 (`AccessTokenAuthHelper::BOT_ACCESSIBLE_ENDPOINTS`). */
const BOT_ENDPOINTS = "conversation create/update, toggle_status, toggle_priority, custom_attributes, message create, assignments";

/**
 * A 401 because the credential is an agent-bot token and the endpoint is not open to bots. It is
 * an {@link AuthenticationError} (so existing handling still matches) with a message that says so.
 */
export class BotNotAllowedError extends AuthenticationError {
  static override readonly errorKind: string = "BotNotAllowedError";
  /** The bot action that needed the endpoint, e.g. `"typing"`. */
  readonly action: string;

  constructor(denied: ApiError, action: string) {
    super({
      vendor: denied.vendor,
      operation: denied.operation,
      status: 401,
      requestId: denied.requestId,
      body: denied.body,
      cause: denied,
      detail: `bot ${action}: this endpoint is not open to agent-bot tokens; use a user access token for this connection, or leave ${action} out (bots may call: ${BOT_ENDPOINTS})`,
    });
    this.action = action;
  }
}

/** Whether `error` is Chatwoot's 401 for an agent-bot token on an endpoint bots may not call. */
export function isBotDenial(error: unknown): error is ApiError {
  if (!AuthenticationError.isInstance(error)) return false;
  const body: unknown = error.body;
  const text = typeof body === "object" && body !== null && "error" in body ? (body).error : error.bodySnippet;
  return typeof text === "string" && /not authorized for bots/i.test(text);
}

/** Run a bot action; a bot-token denial becomes a {@link BotNotAllowedError}. */
export async function asBot<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isBotDenial(error) ? new BotNotAllowedError(error, action) : error;
  }
}
