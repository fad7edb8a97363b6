import { EngagementPreferencesPolicyArea, EngagementPreferencesRecord } from './engagement-preferences.entity.js';
import { InputTheme, InputThemeEngagement } from './input-theme.entity.js';

export * from './engagement-preferences.entity.js';
export * from './input-theme.entity.js';

/** The practice tables: preferences and input themes. */
export const PRACTICE_ENTITIES = [EngagementPreferencesRecord, EngagementPreferencesPolicyArea, InputTheme, InputThemeEngagement];
