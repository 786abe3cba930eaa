// The one REST call shape the adapter makes outside interactions (discord.js's REST satisfies it):
// small enough for tests to fake, and discord.js still owns rate limits and retries behind it.
export type RestRoute = `/${string}`;

export interface RestPort {
  post(route: RestRoute, options: { body: unknown }): Promise<unknown>;
}
