import type { Inventory } from "@trustwatch/core";

/** Something the scan could not collect but carried on without (recorded on the account result). */
export type CollectorWarning = { service: string; region?: string; code: string; message: string };

/** One account's slice of the org-wide inventory, in core's model (nothing above sees wire formats). */
export type AccountInventory = {
  accountId: string;
  providers: Inventory["providers"];
  roles: Inventory["roles"];
  clusters: Inventory["clusters"];
  identityProviderConfigs: Inventory["identityProviderConfigs"];
  podIdentityAssociations: Inventory["podIdentityAssociations"];
  warnings: CollectorWarning[];
};
