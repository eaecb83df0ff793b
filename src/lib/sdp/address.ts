import { addressKind } from '$lib/grammar';

/**
 * Addresses that identify nobody: the any-address JSEP writes before candidates exist (RFC 9429
 * §5.2.1) and loopback. Keeping them unmasked keeps their explanation ("a placeholder") true.
 * Shared by the explainers and the mask.
 */
export function isPlaceholderAddress(address: string): boolean {
	return (
		address === '0.0.0.0' ||
		address === '::' ||
		address === '::1' ||
		address === '0:0:0:0:0:0:0:0' ||
		(address.startsWith('127.') && addressKind(address) === 'ipv4')
	);
}
