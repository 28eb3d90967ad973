import { initTRPC, TRPCError } from "@trpc/server";
import { findMembership } from "@trustwatch/db";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context";
import { hasRole, type Role } from "./roles";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: { ...shape.data, isInputError: error.code === "BAD_REQUEST" && error.cause instanceof ZodError },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

/** A signed-in user is required. */
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * The session's active organization, with the caller's membership read from the database.
 * The organization never comes from input: a client cannot name a tenant it does not belong to.
 * Not being a member answers NOT_FOUND so the existence of other tenants does not leak.
 */
export const orgProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const organizationId = ctx.session.activeOrganizationId;
  if (!organizationId) throw new TRPCError({ code: "NOT_FOUND", message: "No active organization" });
  const membership = await findMembership(ctx.db, organizationId, ctx.session.userId);
  if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Organization not found" });
  return next({ ctx: { ...ctx, organizationId, role: membership.role } });
});

/** The active organization's membership with at least `minRole`. */
export function roleProcedure(minRole: Role) {
  return orgProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.role, minRole)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${minRole} role or higher` });
    }
    return next();
  });
}
