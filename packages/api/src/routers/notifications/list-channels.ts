import { listChannels } from "@trustwatch/db";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { ZChannel } from "./schemas";

export const listChannelsProcedure = roleProcedure("admin")
  .input(z.void())
  .output(z.array(ZChannel))
  .query(({ ctx }) => listChannels(ctx.db, ctx.organizationId));
