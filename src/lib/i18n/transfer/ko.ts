import type { TransferMessageKey } from './en';

/** File transfer's part of the Korean catalog: the same keys and placeholders as `en.ts`. */
export const transferKo: Record<TransferMessageKey, string> = {
	'transfer.error.tooLarge':
		'파일 크기가 {size}입니다. 받는 브라우저가 저장하기 전까지 파일 전체를 메모리에 두므로 {max}까지만 보낼 수 있습니다.',
	'transfer.error.refusedTooLarge': '상대 기기가 거부했습니다: {max}까지의 파일만 받습니다.',
	'transfer.error.cancelled': '상대 기기가 취소했습니다({reason}).',
	'transfer.error.channelClosed': '전송 중에 데이터 채널이 닫혔습니다.',
	'transfer.error.replaced': '이 파일이 끝나기 전에 상대 기기가 다른 파일을 보내기 시작했습니다.',
	'transfer.error.overflow': '상대 기기가 알린 것보다 많은 바이트가 도착했습니다.',
	'transfer.error.short': '{size}바이트 중 {bytes}바이트만 도착했습니다.',
	'transfer.error.sendFailed': '브라우저가 보내지 못했습니다({detail}).',
	'transfer.protocol.notJson': 'JSON이 아닌 텍스트 메시지',
	'transfer.protocol.badControl': '프로토콜에 맞지 않는 제어 메시지({detail})',
	'transfer.protocol.unannouncedBinary': '먼저 알린 파일이 없는 파일 데이터',
	'transfer.protocol.unknownDone': '받고 있지 않은 파일의 끝({id})',
	'transfer.protocolRepeated': '{message} ({count}번)',
	'transfer.claimedType':
		'보낸 쪽이 알린 형식: {mime}. 일반 바이트(application/octet-stream)로 저장되므로 브라우저가 페이지로 열지 않습니다.'
};
