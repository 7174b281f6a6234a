/**
 * The performance mark the history view sets once its first screen of entries is built; scripts/bench-history.ts
 * reads it. Its own module so the bench can import it without the popup's browser-only code.
 */
export const FIRST_SCREEN_MARK = 'gardefou:history-first-screen';
