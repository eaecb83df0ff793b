/**
 * File transfer's part of the English catalog (the Files panel of a two-device call), keyed
 * `transfer.*`: why a transfer failed and what the other device sent that is not part of the
 * protocol. `ko.ts` beside it must have the same keys and placeholders.
 */
export const transferEn = {
	'transfer.error.tooLarge':
		'the file is {size}; files up to {max} can be sent, because the receiving browser keeps the whole file in memory until it is saved.',
	'transfer.error.refusedTooLarge': 'the other device refused it: it accepts files up to {max}.',
	'transfer.error.cancelled': 'the other device cancelled it ({reason}).',
	'transfer.error.channelClosed': 'the data channel closed during the transfer.',
	'transfer.error.replaced': 'the other device started another file before this one ended.',
	'transfer.error.overflow': 'more bytes arrived than the other device announced.',
	'transfer.error.short': 'only {bytes} of {size} bytes arrived.',
	'transfer.error.sendFailed': 'the browser could not send it ({detail}).',
	'transfer.protocol.notJson': 'a text message that is not JSON',
	'transfer.protocol.badControl': 'a control message that does not fit the protocol ({detail})',
	'transfer.protocol.unannouncedBinary': 'file data without a file announced first',
	'transfer.protocol.unknownDone': 'the end of a file that is not arriving ({id})',
	'transfer.protocolRepeated': '{message} ({count} times)',
	'transfer.claimedType':
		'Type given by the sender: {mime}. Saved as plain bytes (application/octet-stream), so the browser never opens it as a page.'
} as const;

export type TransferMessageKey = keyof typeof transferEn;
