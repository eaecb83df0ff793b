// The class page talks to the class hub over a WebSocket, which exists only in the browser.
export const ssr = false;
