// Deciding whether the registered commands already match the definitions. Discord returns
// commands enriched (ids, version, defaults such as `required: false`, nulls for unset fields), so
// both sides are reduced to the fields a user can see or that change behaviour, defaults filled
// in, before comparing. Pure.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Fields Discord adds or that identify a registration rather than describe the command.
const IGNORED = new Set([
  'id',
  'application_id',
  'guild_id',
  'version',
  'name_localized',
  'description_localized',
  'dm_permission',
  'handler',
]);

// What an absent field means: a command registered without it reads back with this value.
const DEFAULTS: Readonly<Record<string, Json>> = {
  type: 1,
  nsfw: false,
  required: false,
  autocomplete: false,
  default_member_permissions: null,
};

/** A command reduced to its meaningful fields, with keys sorted and defaults dropped. */
export function normalizeCommand(command: unknown): Json {
  return normalizeValue(command, true);
}

function normalizeValue(value: unknown, topLevel = false): Json {
  if (Array.isArray(value)) return value.map((item) => normalizeValue(item));
  if (value === null || typeof value !== 'object') return (value ?? null) as Json;
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    if (IGNORED.has(key)) continue;
    const field = normalizeValue((value as Record<string, unknown>)[key]);
    // An option's `type` 1 means "subcommand", not the command type's default: only drop it at the top.
    const hasDefault = key in DEFAULTS && (key !== 'type' || topLevel);
    if (isEmpty(field) || (hasDefault && JSON.stringify(DEFAULTS[key]) === JSON.stringify(field))) continue;
    out[key] = field;
  }
  return out;
}

function isEmpty(value: Json): boolean {
  return (
    value === null ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/** Commands by name, normalised, so that order does not matter. */
function byName(commands: readonly unknown[]): Map<string, string> {
  return new Map(
    commands.map((c) => [String((c as { name?: unknown }).name), JSON.stringify(normalizeCommand(c))]),
  );
}

export interface CommandDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export function diffCommands(registered: readonly unknown[], wanted: readonly unknown[]): CommandDiff {
  const have = byName(registered);
  const want = byName(wanted);
  return {
    added: [...want.keys()].filter((name) => !have.has(name)),
    removed: [...have.keys()].filter((name) => !want.has(name)),
    changed: [...want.keys()].filter((name) => have.has(name) && have.get(name) !== want.get(name)),
  };
}

export function isUnchanged(diff: CommandDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}
