// How long a deleted library file can be restored before a purge removes it for good.
export const MEDIA_UNDO_MINUTES = 30;
export const MEDIA_UNDO_MS = MEDIA_UNDO_MINUTES * 60_000;
