import { meRouter } from "./routers/me";
import { organizationsRouter } from "./routers/organizations";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  me: meRouter,
  organizations: organizationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
