// Storage failures in words a reader can act on. A failed IndexedDB transaction is rolled back, so
// each message can say that nothing was changed.

export type LibraryErrorKind = 'quota' | 'disk' | 'newer' | 'invalid' | 'other';

export class LibraryError extends Error {
  constructor(
    message: string,
    readonly kind: LibraryErrorKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LibraryError';
  }
}

function errorName(e: unknown): string {
  const err = e as { name?: unknown; inner?: { name?: unknown } } | null;
  return typeof err?.name === 'string' ? err.name : '';
}

/** `doing` completes "Could not …": "save the quote", "delete 3 quotes", "import the file". */
export function libraryError(e: unknown, doing: string): LibraryError {
  if (e instanceof LibraryError) return e;
  const name = errorName(e);
  const detail = e instanceof Error || e instanceof DOMException ? e.message : String(e);
  if (name === 'QuotaExceededError' || (e as { code?: number })?.code === 22)
    return new LibraryError(
      `Could not ${doing}: the browser has no room left for the library (the disk is full or the storage quota is used up). Nothing was changed. Free some disk space, or delete quotes you no longer need, and try again.`,
      'quota',
      { cause: e },
    );
  if (name === 'VersionError')
    return new LibraryError(
      `Could not ${doing}: this library was written by a newer version of Verbatim. Update the extension to open it; the library itself is untouched.`,
      'newer',
      { cause: e },
    );
  if (name === 'UnknownError' || name === 'NotReadableError' || name === 'DataError')
    return new LibraryError(
      `Could not ${doing}: the browser could not read or write the library on disk (${detail || name}). Nothing was changed. Try again; if it keeps failing, restart the browser.`,
      'disk',
      { cause: e },
    );
  return new LibraryError(`Could not ${doing}: ${detail || name || 'unknown error'}. Nothing was changed.`, 'other', {
    cause: e,
  });
}
