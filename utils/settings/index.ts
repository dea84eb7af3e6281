import { storage } from '@wxt-dev/storage';
import { type CitationFormat, isCitationFormat } from '../cite';

// Every item carries a version from day one, so a later change of shape ships with a migration
// (add `2: (v1) => …` below and bump `version`) instead of silently misreading old values.

/** Migrations per item, keyed by the version they migrate to. Empty while everything is v1. */
export const citationFormatMigrations: Record<number, (old: unknown) => unknown> = {};
export const autoMarkMigrations: Record<number, (old: unknown) => unknown> = {};
export const marksVisibleMigrations: Record<number, (old: unknown) => unknown> = {};
export const citeLinkMigrations: Record<number, (old: unknown) => unknown> = {};
export const rememberArticlesMigrations: Record<number, (old: unknown) => unknown> = {};

/** The citation format the reader last picked; synced, as it is a preference of the person. */
export const citationFormat = storage.defineItem<CitationFormat>('sync:citationFormat', {
  fallback: 'plain',
  version: 1,
  migrations: citationFormatMigrations,
});

/** "Mark articles automatically": only meaningful once the optional host permissions are granted. */
export const autoMark = storage.defineItem<boolean>('sync:autoMark', {
  fallback: false,
  version: 1,
  migrations: autoMarkMigrations,
});

/**
 * Whether citations link to the quoted words (`#:~:text=…`) rather than to the page alone; synced.
 * Some style guides and some editors want the plain address, so the reader can turn it off.
 */
export const citeLink = storage.defineItem<boolean>('sync:citeLink', {
  fallback: true,
  version: 1,
  migrations: citeLinkMigrations,
});

/** Whether marks are drawn on pages; local, because it is about this browser's screen. */
export const marksVisible = storage.defineItem<boolean>('local:marksVisible', {
  fallback: true,
  version: 1,
  migrations: marksVisibleMigrations,
});

/**
 * "Remember analysed articles": keep the quotes of every article analysed (in this browser's
 * IndexedDB), so other outlets' reports of the same words are found later. Off by default; local,
 * as what it keeps is.
 */
export const rememberArticles = storage.defineItem<boolean>('local:rememberArticles', {
  fallback: false,
  version: 1,
  migrations: rememberArticlesMigrations,
});

/** Reads the format, tolerating a value written by some other version of the extension. */
export async function getCitationFormat(): Promise<CitationFormat> {
  const v = await citationFormat.getValue();
  return isCitationFormat(v) ? v : 'plain';
}
