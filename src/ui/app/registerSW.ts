/// <reference types="vite-plugin-pwa/vanillajs" />
// vite-plugin-pwa's registration, behind a module of its own: it is loaded only in production
// builds, so the test runner (which has no such module) never has to resolve it.
export { registerSW } from 'virtual:pwa-register';
