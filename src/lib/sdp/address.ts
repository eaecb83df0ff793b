/** What kind of address a connection-address is; shared by the explainers and the mask. */

export type AddressKind = 'ipv4' | 'ipv6' | 'mdns' | 'fqdn';

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Loose on purpose: hex groups and colons, an optional dotted tail and zone; `::` included. */
const IPV6 = /^[0-9a-f:]*:[0-9a-f:]*(?:\d+\.\d+\.\d+\.\d+)?(?:%[\w.-]+)?$/i;
/** mDNS names end in `.local` (RFC 6762 §3); browsers use a random UUID before it. */
const MDNS = /\.local\.?$/i;

export function addressKind(address: string): AddressKind {
	if (IPV4.test(address)) return 'ipv4';
	if (IPV6.test(address)) return 'ipv6';
	if (MDNS.test(address)) return 'mdns';
	return 'fqdn';
}

/**
 * Addresses that identify nobody: the any-address JSEP writes before candidates exist (RFC 9429
 * §5.2.1) and loopback. Keeping them unmasked keeps their explanation ("a placeholder") true.
 */
export function isPlaceholderAddress(address: string): boolean {
	return (
		address === '0.0.0.0' ||
		address === '::' ||
		address === '::1' ||
		address === '0:0:0:0:0:0:0:0' ||
		(address.startsWith('127.') && IPV4.test(address))
	);
}
