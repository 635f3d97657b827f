/**
 * The facade's writes: `sendMessage`, `setStatus`, `assign` and `setTags`. Each checks its
 * arguments and the connection's capabilities before any request, then hands the adapter what it
 * checked; what each write returns is described in `writes.ts`.
 */
import type { Assignment, OutgoingMessage, SetStatusOptions } from "./adapter.js";
import { checkKeys, describe, invalid } from "./caller-input.js";
import type { AnyAdapter, CallOptions } from "./client-types.js";
import type { MessageOf, SettableStatus, VendorTypes } from "./model.js";
import { checkOptions, signalOf, unsupported, type Router } from "./routing.js";
import { checkSend } from "./send-checks.js";
import { unifiedCall, type UnifiedPromise } from "./with-response.js";
import type { AssignmentChangeOf, SendOptions, StatusChangeOf, TagsChangeOf } from "./writes.js";

/** The writes, typed over any adapter (`UnifiedClient` presents them typed by connection). */
export interface WriteMethods {
  sendMessage(ref: unknown, message: OutgoingMessage, options?: SendOptions): UnifiedPromise<MessageOf<VendorTypes>>;
  setStatus(ref: unknown, status: SettableStatus, options?: SetStatusOptions & CallOptions): UnifiedPromise<StatusChangeOf<VendorTypes>>;
  assign(ref: unknown, assignment: Assignment | null, options?: CallOptions): UnifiedPromise<AssignmentChangeOf<VendorTypes>>;
  setTags(ref: unknown, tags: readonly string[], options?: CallOptions): UnifiedPromise<TagsChangeOf<VendorTypes>>;
}

const STATUSES: readonly SettableStatus[] = ["open", "pending", "resolved", "snoozed"];

/** The writes through `router`. */
export function writeMethods(router: Router): WriteMethods {
  return {
    sendMessage(ref, message, options) {
      return unifiedCall(() => {
        const o = checkOptions(options, "sendMessage", ["signal", "idempotencyKey"]);
        const { adapter, context, vendorRef } = router.resolve(ref, "sendMessage", signalOf(o));
        const checked = checkSend(adapter, context.connection, message, o["idempotencyKey"]);
        return (adapter.sendMessage as NonNullable<AnyAdapter["sendMessage"]>)(vendorRef, checked.message, { ...context, idempotencyKey: checked.idempotencyKey });
      });
    },

    setStatus(ref, status, options) {
      return unifiedCall(() => {
        const o = checkOptions(options, "setStatus", ["signal", "snoozedUntil"]);
        const { adapter, context, vendorRef } = router.resolve(ref, "setStatus", signalOf(o));
        if (!(STATUSES as readonly unknown[]).includes(status)) throw invalid(adapter.vendor, "status", `status must be one of ${STATUSES.join(", ")}, got ${typeof status === "string" ? `"${status}"` : describe(status)}`);
        const supported = adapter.capabilities.setStatus;
        if (!(supported as readonly unknown[]).includes(status) || adapter.setStatus === undefined) {
          throw unsupported(adapter, context.connection, "setStatus", `${adapter.vendor} cannot set status "${status}" (supported: ${supported.join(", ") || "none"})`);
        }
        const snoozedUntil = o["snoozedUntil"];
        if (snoozedUntil !== undefined) {
          if (!(snoozedUntil instanceof Date) || Number.isNaN(snoozedUntil.getTime())) throw invalid(adapter.vendor, "snoozedUntil", `snoozedUntil must be a valid Date, got ${describe(snoozedUntil)}`);
          if (status !== "snoozed") throw invalid(adapter.vendor, "snoozedUntil", `snoozedUntil goes only with status "snoozed"`);
          if (!adapter.capabilities.snoozedUntil) throw unsupported(adapter, context.connection, "setStatus", `${adapter.vendor} cannot snooze until a given time`);
        }
        return adapter.setStatus(vendorRef, status, snoozedUntil === undefined ? {} : { snoozedUntil }, context);
      });
    },

    assign(ref, assignment, options) {
      return unifiedCall(() => {
        const signal = signalOf(checkOptions(options, "assign", ["signal"]));
        const { adapter, context, vendorRef } = router.resolve(ref, "assign", signal);
        const cap = adapter.capabilities.assign;
        if (cap === false || adapter.assign === undefined) throw unsupported(adapter, context.connection, "assign", `${adapter.vendor} documents no assignment endpoint`);
        if (assignment === null) {
          if (!cap.unassign) throw unsupported(adapter, context.connection, "assign", `${adapter.vendor} cannot unassign`);
          return adapter.assign(vendorRef, null, context);
        }
        const a = checkKeys(adapter.vendor, "the assignment", assignment, ["agentId", "teamId"]);
        if (a["agentId"] === undefined && a["teamId"] === undefined) throw invalid(adapter.vendor, "agentId", "assign needs agentId and/or teamId (or null to unassign)");
        for (const [key, allowed] of [["agentId", cap.agent], ["teamId", cap.team]] as const) {
          const v = a[key];
          if (v === undefined) continue;
          if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) throw invalid(adapter.vendor, key, `${key} must be a positive integer, got ${describe(v)}`);
          if (!allowed) throw unsupported(adapter, context.connection, "assign", `${adapter.vendor} cannot assign by ${key}`);
        }
        return adapter.assign(vendorRef, a, context);
      });
    },

    setTags(ref, tags, options) {
      return unifiedCall(() => {
        const signal = signalOf(checkOptions(options, "setTags", ["signal"]));
        const { adapter, context, vendorRef } = router.resolve(ref, "setTags", signal);
        if (!adapter.capabilities.setTags || adapter.setTags === undefined) throw unsupported(adapter, context.connection, "setTags", `${adapter.vendor} documents no way to set tags`);
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string" && t.trim() !== "" && t.length <= 255)) {
          throw invalid(adapter.vendor, "tags", "tags must be an array of non-empty strings (at most 255 characters each)");
        }
        return adapter.setTags(vendorRef, [...new Set(tags)], context);
      });
    },
  };
}
