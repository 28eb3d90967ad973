import { router } from "../../trpc";
import { createChannelProcedure } from "./create-channel";
import { listChannelsProcedure } from "./list-channels";
import { listDeliveriesProcedure } from "./list-deliveries";
import { removeChannelProcedure } from "./remove-channel";
import { sendTestProcedure } from "./send-test";
import { updateChannelProcedure } from "./update-channel";

export const notificationsRouter = router({
  listChannels: listChannelsProcedure,
  createChannel: createChannelProcedure,
  updateChannel: updateChannelProcedure,
  removeChannel: removeChannelProcedure,
  sendTest: sendTestProcedure,
  listDeliveries: listDeliveriesProcedure,
});
