// Copy-paste signaling drives a real RTCPeerConnection, which exists only in the browser.
export const ssr = false;
