// Suggestions while the user types an option: for a date, what the typed text means as a date
// (「2026年11月15日（日）」 for "11/15"); for a question, example questions that contain it. Pure and
// fast: Discord gives an autocomplete interaction 3 s too, and it cannot be deferred.
import { intents } from '../../intents/index.js';
import { detectLang } from '../../src/nlu/language.js';
import { normalize } from '../../src/nlu/normalize.js';
import type { Lang } from '../../src/types.js';
import { OPTIONS } from './commands.js';
import { dateChoices } from './date-option.js';
import { LIMITS, truncate } from './limits.js';

export interface Choice {
  name: string;
  value: string;
}

export interface FocusedOption {
  name: string;
  value: string;
}

export function autocompleteChoices(focused: FocusedOption, locale: string | undefined, now: Date): Choice[] {
  const typed = focused.value.slice(0, 200);
  const lang = detectLang(typed, locale);
  const choices =
    focused.name === OPTIONS.purchased || focused.name === OPTIONS.lastUsed
      ? dateChoices(typed, lang, now)
      : focused.name === OPTIONS.question
        ? questionSuggestions(typed, lang)
        : [];
  return choices
    .filter((choice) => choice.value.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((choice) => ({ name: truncate(choice.name, LIMITS.choiceName), value: choice.value }));
}

// Built once: every intent's examples, normalised for matching (not fallback's: those are what the bot declines).
const EXAMPLES: ReadonlyArray<{ lang: Lang; text: string; normalized: string; first: boolean }> = intents
  .filter((intent) => intent.name !== 'fallback')
  .flatMap((intent) =>
    (['ja', 'en'] as const).flatMap((lang) =>
      intent.examples[lang].map((text, index) => ({
        lang,
        text,
        normalized: normalize(text),
        first: index === 0,
      })),
    ),
  );

/** Example questions in the user's language containing what they typed; with nothing typed, one per topic. */
export function questionSuggestions(typed: string, lang: Lang): Choice[] {
  const needle = normalize(typed).trim();
  const matches = EXAMPLES.filter(
    (e) => e.lang === lang && (needle === '' ? e.first : e.normalized.includes(needle)),
  );
  return matches.map((e) => ({ name: e.text, value: e.text }));
}
