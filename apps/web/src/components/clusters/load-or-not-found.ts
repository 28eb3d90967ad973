import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** A detail page's query: NOT_FOUND (absent, or another organization's) renders the 404 page. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
