import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { diffCommands, isUnchanged, normalizeCommand } from '../../../adapters/discord/command-sync.js';
import { COMMAND_NAME, commandDefinitions, SUBCOMMANDS } from '../../../adapters/discord/commands.js';

const [atone] = commandDefinitions();
const subcommands = atone?.options ?? [];

// Discord's rules for names (lower case where the script has case) and descriptions.
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Described = {
  name: string;
  description?: string;
  name_localizations?: unknown;
  description_localizations?: unknown;
};

function everyNamed(): Described[] {
  const out: Described[] = [atone as Described];
  for (const sub of subcommands) {
    out.push(sub as Described);
    for (const option of ('options' in sub ? (sub.options ?? []) : []) as Described[]) out.push(option);
  }
  return out;
}

describe('command definitions', () => {
  it('define /atone with the subcommands users need', () => {
    expect(atone?.name).toBe(COMMAND_NAME);
    expect(subcommands.map((s) => s.name)).toEqual(Object.values(SUBCOMMANDS));
  });

  it('follow Discord rules: names, descriptions of 1 to 100 characters, Japanese localizations', () => {
    for (const item of everyNamed()) {
      expect(item.name, item.name).toMatch(NAME);
      expect(item.name).toBe(item.name.toLowerCase());
      expect(item.description?.length).toBeGreaterThan(0);
      expect(item.description?.length, item.name).toBeLessThanOrEqual(100);
      const ja = (item.description_localizations as { ja?: string } | undefined)?.ja ?? '';
      expect(ja.length, item.name).toBeGreaterThan(0);
      expect(ja.length).toBeLessThanOrEqual(100);
      const jaName = (item.name_localizations as { ja?: string } | undefined)?.ja;
      if (item !== atone) expect(jaName, item.name).toMatch(NAME);
    }
  });

  it('offer the four payment methods as choices with English and Japanese names', () => {
    const deadline = subcommands.find((s) => s.name === 'deadline');
    const method = (deadline && 'options' in deadline ? deadline.options : [])?.find(
      (o) => o.name === 'method',
    );
    const choices = method && 'choices' in method ? (method.choices ?? []) : [];
    expect(choices.map((c) => c.value)).toEqual(['store', 'barcode', 'postcard', 'auto_debit']);
    expect(choices.map((c) => c.name_localizations?.ja)).toEqual([
      'コンビニ端末・銀行ATM（Pay-easy）',
      '電子バーコード',
      'はがき請求書',
      '銀行口座からの自動振替（口座振替）',
    ]);
  });

  it('put required options first, give autocomplete options no fixed choices, and bound the numbers', () => {
    for (const sub of subcommands) {
      const options = 'options' in sub ? (sub.options ?? []) : [];
      const required = options.map((o) => Boolean('required' in o && o.required));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const option of options) {
        if ('autocomplete' in option && option.autocomplete)
          expect('choices' in option && option.choices).toBeFalsy();
        if (option.type === ApplicationCommandOptionType.Integer)
          expect(option).toMatchObject({ min_value: expect.any(Number), max_value: expect.any(Number) });
      }
    }
    const remind = subcommands.find((s) => s.name === 'remind');
    const days = (remind && 'options' in remind ? remind.options : [])?.find((o) => o.name === 'days_before');
    expect(days).toMatchObject({ min_value: 0, max_value: 14 });
  });
});

describe('comparing with what Discord has registered', () => {
  // What GET /applications/{id}/commands?with_localizations=true returns for our definitions.
  const registered = commandDefinitions().map((command) => ({
    id: '1300000000000000500',
    application_id: '1300000000000000001',
    version: '1300000000000000501',
    default_member_permissions: null,
    nsfw: false,
    dm_permission: true,
    ...command,
    options: command.options?.map((sub) => ({
      ...sub,
      options: 'options' in sub ? sub.options?.map((o) => ({ required: false, ...o })) : undefined,
    })),
  }));

  it('sees no change when only Discord-added fields and defaults differ', () => {
    expect(isUnchanged(diffCommands(registered, commandDefinitions()))).toBe(true);
    expect(normalizeCommand(registered[0])).toEqual(normalizeCommand(commandDefinitions()[0]));
  });

  it('sees a changed description, a new command and a removed one', () => {
    const changed = commandDefinitions().map((c) => ({ ...c, description: `${c.description}!` }));
    expect(diffCommands(registered, changed)).toEqual({ added: [], removed: [], changed: ['atone'] });
    expect(diffCommands([], commandDefinitions())).toEqual({ added: ['atone'], removed: [], changed: [] });
    expect(
      diffCommands([...registered, { name: 'old', description: 'x' }], commandDefinitions()).removed,
    ).toEqual(['old']);
  });

  it('sees a missing localization (as GET without with_localizations would return)', () => {
    const bare = registered.map(({ description_localizations: _, ...c }) => c);
    expect(isUnchanged(diffCommands(bare, commandDefinitions()))).toBe(false);
  });
});
