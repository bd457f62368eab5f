/**
 * What an embedded page needs to know about reading the site's own storage. Browsers keep a
 * page's storage apart (partition it) when it is framed by another site, so an embed starts
 * without the learner's progress; the Storage Access API can ask for it, from a click.
 */
export interface StorageAccess {
  /** Framed by a page of another origin: this page's storage may not be the site's. */
  readonly framedByOtherOrigin: boolean;
  /** `granted` lets `request` succeed without a click; `null` where the browser cannot say. */
  permission(): Promise<PermissionState | null>;
  /**
   * Asks for the site's own localStorage (a click must lead here unless already granted).
   * Absent where the browser has no Storage Access API; resolves to `null` when access is granted
   * but no unpartitioned localStorage comes with it (browsers that grant only cookies).
   */
  readonly request?: () => Promise<Storage | null>;
}

/** The part of the Storage Access API used here; Chromium 125+ returns a handle with storage. */
interface StorageAccessDocument {
  requestStorageAccess?: (types?: { localStorage: boolean }) => Promise<{ localStorage?: Storage } | undefined>;
}

/** True when `win` is in a frame whose top page is of another origin (reading it then throws). */
export function isFramedByOtherOrigin(win: Window): boolean {
  try {
    if (win.top === win.self || win.top === null) return false;
    return win.top.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

/** The browser's storage access, feature-detected. */
export function browserStorageAccess(win: Window = window): StorageAccess {
  const doc = win.document as Document & StorageAccessDocument;
  const requestStorageAccess = typeof doc.requestStorageAccess === 'function' ? doc.requestStorageAccess.bind(doc) : undefined;
  return {
    framedByOtherOrigin: isFramedByOtherOrigin(win),
    async permission() {
      try {
        const status = await win.navigator.permissions.query({ name: 'storage-access' as PermissionName });
        return status.state;
      } catch {
        return null;
      }
    },
    ...(requestStorageAccess && {
      request: async () => {
        const handle = await requestStorageAccess({ localStorage: true });
        try {
          return handle?.localStorage ?? null;
        } catch {
          return null;
        }
      },
    }),
  };
}
