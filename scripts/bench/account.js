/**
 * The benchmark of an account file, once the action reads one: 100 entries across 10 source orgs, run as a matrix
 * of 10 legs (one per source org, each with that org's keys). What it is to measure:
 *   - each leg with nothing to change makes two reads (GET current_user, one listing) and no write, whatever the
 *     entries of the other nine orgs;
 *   - each leg's wall and CPU time against one connection's no-op re-run (the list benchmark's row), as for a list.
 * It needs the account-file inputs (`orgs:` and `connections:` with `source-org`) in the action, and a stand-in that
 * answers GET current_user with the org of the keys it is given. Until both are in the action and the stand-in on
 * main, `ready` is false and the benchmark prints the note instead of a row: set it when they land, and add the legs
 * to scripts/bench/lists.js beside the list's no-op re-run.
 */
export const ACCOUNT_BENCH = {
  ready: false,
  note: 'Account file (100 entries across 10 source orgs, each leg two reads when nothing changes): not measured yet; see scripts/bench/account.js.'
}
