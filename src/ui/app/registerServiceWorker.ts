/** What the service worker tells the page. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waits for the learner's go-ahead. */
  onNeedRefresh(): void;
  /** The first install is done: visited pages open offline from now on. */
  onOfflineReady(): void;
}

/** Switches to the waiting version; the page reloads once it is in control. */
export type ApplyUpdate = () => Promise<void>;

/** Registers the worker; resolves to the function that applies a waiting update, or undefined when there is no worker. */
export type RegisterServiceWorker = (events: ServiceWorkerEvents) => Promise<ApplyUpdate | undefined>;

// Open tabs look for a new deploy this often (a worker is otherwise checked on navigations only).
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the built site's service worker (vite-plugin-pwa). Production builds only: the dev
 * server has no worker, and tests never load the virtual module.
 */
export const registerServiceWorker: RegisterServiceWorker = async (events) => {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
  const { registerSW } = await import('./registerSW');
  const update = registerSW({
    // After the page's load event: installing the shell must not compete with the first paint.
    immediate: false,
    onNeedRefresh: () => events.onNeedRefresh(),
    onOfflineReady: () => {
      events.onOfflineReady();
      void cacheLoadedFiles();
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  return () => update(true);
};

/**
 * Fetches again, through the newly installed worker, the data and code this page loaded before
 * the worker existed: without it, the page a learner first landed on would not open offline.
 */
async function cacheLoadedFiles(): Promise<void> {
  const workers = navigator.serviceWorker;
  if (!workers.controller) await new Promise((done) => workers.addEventListener('controllerchange', done, { once: true }));
  const root = new URL(import.meta.env.BASE_URL, location.href).href;
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name.replace(/#.*$/, ''));
  const wanted = new Set(loaded.filter((url) => url.startsWith(`${root}content/`) || url.startsWith(`${root}assets/`)));
  await Promise.all([...wanted].map((url) => fetch(url).catch(() => undefined)));
}
