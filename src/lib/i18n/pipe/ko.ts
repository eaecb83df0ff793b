import type { PipeMessageKey } from './en';

/** 피어 사이의 경로(peer-vanishes 장애)의 한국어 카탈로그. */
export const pipeKo = {
	'pipe.title': '피어 사이의 경로',
	'pipe.intro':
		'두 피어는 이 페이지 안에서 실행됩니다. 두 피어를 그대로 둔 채 경로만 없애려고, Peerscope는 두 피어의 패킷을 이 앱 서버의 UDP 파이프로 보냅니다. 파이프를 지날 수 있는 후보만 전달하고, 각 후보의 주소와 포트를 파이프의 것으로 바꿔 씁니다. 중간자가 하듯 Peerscope가 일부러 바꾸는 것이며, 그래서 ICE가 찾을 수 있는 경로는 파이프를 지나는 경로 하나뿐입니다.',
	'pipe.opening': '첫 후보를 기다리는 중: 파이프는 그 후보의 주소에서 열립니다.',
	'pipe.open':
		'{address}에서 열림: 피어 A는 포트 {a}와(B인 것처럼), 피어 B는 포트 {b}와(A인 것처럼) 주고받습니다.',
	'pipe.isCut': '끊김: 파이프는 이제 어느 방향으로도 아무것도 전달하지 않습니다.',
	'pipe.unavailableTitle': '피어 사이에 파이프가 없습니다: 여기서는 이 장애를 실행할 수 없습니다',
	'pipe.routed': '파이프를 지남: 피어 {peer}',
	'pipe.rewrittenTitle': '파이프 주소로 바꿔 쓴 후보',
	'pipe.rewrittenIntro':
		'각 후보는 주소와 포트만 빼고 모든 필드를 그대로 둡니다(RFC 8839 §5.1). 주소와 포트는 상대 피어가 주고받는 파이프 쪽으로 바뀝니다. 그러면 각 피어는 모든 패킷이 자기가 받은 후보에서 오는 것으로 보며, ICE가 요구하는 대로입니다(RFC 8445 §7.2.5.2.1).',
	'pipe.from': '보낸 피어',
	'pipe.asGathered': '수집된 그대로',
	'pipe.asDelivered': '전달된 대로',
	'pipe.heldTitle': '전달하지 않은 후보({count}개)',
	'pipe.reason': '이유',
	'pipe.drop.tcp': 'TCP: 파이프는 UDP만 나릅니다',
	'pipe.drop.notHost': '서버 반사 후보나 중계(relay) 후보: 경로가 파이프를 돌아갑니다',
	'pipe.drop.mdns': 'mDNS 이름(.local): 브라우저가 주소를 숨겼습니다',
	'pipe.drop.malformed': '파이프가 쓸 수 있는 IP 주소가 없습니다',
	'pipe.drop.otherAddress': '파이프와 다른 주소(다른 인터페이스나 IP 버전)',
	'pipe.drop.alreadyRouted': '이 피어는 이미 파이프를 지나는 후보가 있습니다',
	'pipe.problem.not-an-address':
		'브라우저가 주소 대신 mDNS 이름(….local)을 주었으므로, 서버는 그것이 어느 기계인지 알 수 없습니다. Chromium은 페이지가 카메라나 마이크를 쓸 수 있게 되면 실제 주소를 보여 줍니다. 소스로 카메라를 고르고 허용한 뒤 다시 해 보세요.',
	'pipe.problem.zoned-address':
		'쓸 수 있는 주소가 영역(zone)이 붙은 링크 로컬 IPv6 주소뿐입니다. 파이프는 루프백 주소와 전역 주소만 받습니다.',
	'pipe.problem.not-local':
		'브라우저의 주소가 Peerscope를 실행하는 기계의 주소가 아닙니다. 파이프는 그 기계에서 실행되는 피어끼리만 잇습니다(npm start를 실행한 컴퓨터에서 이 페이지를 여세요). 서버는 다른 호스트로는 전달하지 않습니다.',
	'pipe.problem.not-local-client':
		'이 브라우저는 Peerscope를 실행하는 기계에서 실행되고 있지 않으므로, 서버가 파이프를 만들어 주지 않습니다. npm start를 실행한 컴퓨터에서 이 페이지를 여세요.',
	'pipe.problem.family-mismatch': '피어의 주소가 파이프 주소와 다른 IP 버전입니다.',
	'pipe.problem.too-many-pipes':
		'이 페이지는 한 페이지가 가질 수 있는 만큼 파이프를 이미 가지고 있습니다. 단계별 실습을 처음으로 되돌려 닫으세요.',
	'pipe.problem.server-busy':
		'서버가 받을 수 있는 만큼의 파이프 연결을 이미 가지고 있습니다(이 장애를 연 다른 페이지들). 하나를 닫고 다시 해 보세요.',
	'pipe.problem.bind-failed':
		'운영체제가 파이프의 UDP 소켓을 거부했습니다(빈 포트가 없거나 주소가 사라졌습니다).',
	'pipe.problem.unreachable':
		'이 서버에서 답하는 파이프 엔드포인트가 없습니다. npm start와 npm run dev에는 있고, 앱의 정적 복사본에는 없습니다.',
	'pipe.problem.closed': '파이프가 준비되기 전에 파이프 엔드포인트와의 연결이 닫혔습니다.',
	'pipe.problem.expired':
		'파이프가 서버에서 수명을 다해, 장애가 끊기 전에 닫혔습니다: 통화가 저절로 경로를 잃었습니다. 처음으로 되돌려 장애를 다시 실행하세요.',
	'pipe.problem.no-usable-candidate':
		'피어 {peer}의 후보 중 파이프를 지날 수 있는 것이 없습니다(아래에 후보마다 이유가 있습니다).',
	'pipe.problem.other':
		'파이프 엔드포인트가 요청을 거부했습니다. 브라우저가 받지 않는 것을 보냈습니다.',
	'pipe.recoveryTitle': '잃었다가 다시 찾음',
	'pipe.moment': '일어난 일',
	'pipe.at': '시각',
	'pipe.sinceCut': '끊긴 뒤',
	'pipe.moment.cut': '파이프가 끊김(어느 피어도 알림을 받지 않음)',
	'pipe.moment.disconnected': '피어 A: connectionState "disconnected"',
	'pipe.moment.failed': '피어 A: connectionState "failed"',
	'pipe.moment.restart': '피어 A가 ICE를 재시작함',
	'pipe.moment.reconnected': '피어 A: 다시 connectionState "connected"(재시작 {seconds}초 뒤)',
	'pipe.seconds': '{seconds}초',
	'pipe.counts': '끊기기 전에 파이프는 피어 A의 패킷 {a}개와 피어 B의 패킷 {b}개를 전달했습니다.',
	'pipe.dropped':
		'끊긴 뒤 "failed"까지 파이프는 {dropped}개를 버렸습니다: 사라진 경로로 보낸 미디어와 consent 확인(RFC 7675)입니다.',
	'pipe.chromium':
		'Chromium은 iceConnectionState와 RTCIceTransport.state가 아직 "disconnected"인데 connectionState를 "failed"로 바꿉니다. webrtc-pc는 connectionState "failed"를 ICE 상태 "failed"나 DTLS 전송 "failed"로 정의합니다. 그러니 iceconnectionstatechange만이 아니라 connectionstatechange도 들으세요.',
	'pipe.credentialsTitle': '피어 A의 ICE 자격 증명',
	'pipe.credentialsIntro':
		'ICE 재시작은 사용자 이름 조각(ufrag)과 비밀번호를 둘 다 바꿉니다(RFC 8445 §9). 한 쌍에서 잃은 consent는 새 자격 증명으로만 되찾을 수 있습니다(RFC 7675 §5.1).',
	'pipe.credentialsBefore': '첫 offer',
	'pipe.credentialsAfter': 'ICE 재시작 offer',
	'pipe.mediaTitle': '피어 A가 받은 피어 B의 영상(inbound-rtp)',
	'pipe.mediaAt': '언제',
	'pipe.media.cut': '끊길 때',
	'pipe.media.failed': '"failed"일 때',
	'pipe.media.now': '지금',
	'pipe.recovered':
		'회복됨: 재시작이 직접 경로를 찾았고 미디어가 다시 흐릅니다("failed" 이후 +{bytes}바이트, +{frames}프레임).',
	'pipe.restart': 'ICE 재시작',
	'pipe.restartExplain':
		'앱의 connectionstatechange 처리기가 "failed"에서 해야 할 일: ICE 재시작. 단계별 실습은 createOffer({ iceRestart: true })를 부르며, 이는 restartIce() 뒤에 createOffer()를 부른 것과 같습니다. 새 ufrag와 비밀번호를 가진 새 offer입니다. 이제 그 후보들은 수집된 그대로, 작동하는 직접 경로로 갑니다.',
	'pipe.direct': '끊긴 뒤의 후보는 수집된 그대로 갑니다: 직접 경로입니다.'
} satisfies Record<PipeMessageKey, string>;
