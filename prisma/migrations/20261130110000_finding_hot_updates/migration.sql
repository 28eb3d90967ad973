-- Every scan updates every finding it sees (lastSeenAt, lastScanId), almost always without
-- changing an indexed column. On full pages none of those updates could be HOT: each one wrote an
-- entry in all eleven indexes, the trigram GIN index included, and the table grew a copy per scan
-- until vacuumed. At 50 a page keeps room for a new version of each of its rows, and pruning on
-- the next scan frees the old ones: a rescan of 67,000 findings reconciled 3.2 times faster
-- (bench/reconcile.ts). Applies to pages written from now on.
ALTER TABLE "finding" SET (fillfactor = 50);
