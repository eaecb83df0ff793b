// The walkthrough drives real RTCPeerConnections, which exist only in the browser.
export const ssr = false;
