import type { CallMessageKey } from './en';

/** 두 기기 통화(`/call`, `/call/[room]`, `/call/paste`)의 한국어 카탈로그. */
export const callKo: Record<CallMessageKey, string> = {
	'call.nav': '두 기기',
	'call.title': '다른 기기와 통화하기',
	'call.intro':
		'지금까지는 두 피어가 한 페이지 안에 있었습니다. 여기서는 기기마다 피어 하나를 실행합니다: 이 기기와 휴대폰, 다른 노트북, 옆자리 친구. offer, answer, 후보는 시그널링 서버를 거쳐 오가고, ICE는 두 기계 사이의 실제 네트워크 경로를 찾아야 합니다.',
	'call.create': '방 만들기',
	'call.createHint':
		'이 기기가 발신자(피어 A)가 됩니다. 다른 기기에서 링크를 열거나 코드를 스캔하세요.',
	'call.joinTitle': '방에 들어가기',
	'call.joinLabel': '방 코드',
	'call.joinButton': '들어가기',
	'call.joinInvalid':
		'방 코드가 아닙니다. 방 코드는 7K2M-9QXA-B3DF-0ZPN처럼 글자와 숫자 16개입니다.',
	'call.pasteTitle': '서버 없이',
	'call.pasteIntro':
		'WebRTC는 offer와 answer를 어떻게 전달할지 정하지 않습니다. 양쪽이 합의한 채널이면 무엇이든 됩니다. 복사와 붙여넣기, 또는 QR 코드 스캔으로 직접 해 보세요.',
	'call.pasteLink': '복사와 붙여넣기로 시그널링하기',
	'call.sameNetwork':
		'이 서버는 TURN 중계를 제공하지 않습니다(coturn이 설치되지 않았거나 꺼져 있음). 그래서 이 통화는 STUN이나 TURN 서버를 쓰지 않으며, 두 기기가 같은 네트워크(같은 Wi-Fi)에서 서로 직접 닿아야 합니다.',
	'call.network':
		'두 기기 모두 이 서버를 열어야 하므로, 서버가 네트워크에서 접속을 받아야 합니다(npm start가 그렇게 하며 주소를 출력합니다). 통화는 두 기기 사이에서 직접 이루어지거나, coturn이 설치되어 있고 서로 닿을 수 없을 때는 이 서버의 TURN 중계를 거칩니다.',
	'call.ice.asking': '이 서버에 STUN과 TURN을 묻는 중…',
	'call.ice.relay':
		'ICE는 이 서버의 STUN과 TURN({urls})을 씁니다. 두 기기가 직접 닿을 수 있으면 직접 연결하고, 닿을 수 없으면(예: 기기끼리의 통신을 막는 Wi-Fi) 이 서버의 TURN 중계를 거칩니다.',

	'call.room.title': '방 {room}',
	'call.room.link': '참여 링크',
	'call.room.copy': '링크 복사',
	'call.room.copied': '복사했습니다',
	'call.room.qr': '참여 링크의 QR 코드',
	'call.room.lanHint':
		'이 페이지는 다른 기기가 닿을 수 없는 localhost로 열려 있으므로, 링크와 QR 코드에는 이 컴퓨터의 네트워크 주소를 씁니다.',
	'call.room.lanChoose': '링크에 쓸 주소',
	'call.room.you': '이 기기는 {peer}입니다.',
	'call.room.caller': '피어 A, 발신자: offer를 만듭니다.',
	'call.room.callee': '피어 B, 수신자: answer로 응답합니다.',
	'call.room.waiting': '다른 기기가 이 방에 들어오기를 기다리는 중…',
	'call.room.present': '다른 기기가 방에 있습니다.',
	'call.room.remotePane': '다른 기기',
	'call.room.remoteText':
		'피어 {peer:는} 다른 기기에서 실행됩니다. 그 단계들은 거기서 일어나고, 이 페이지는 시그널링과 네트워크로 도착하는 것만 봅니다.',
	'call.room.invalid': '올바른 방 코드가 아닙니다.',
	'call.protocol.tooBig': '메시지가 시그널링 서버가 받는 크기보다 커서 서버가 연결을 닫았습니다.',
	'call.protocol.unreadable':
		'시그널링 서버가 이 페이지가 읽을 수 없는 메시지를 보냈습니다: {detail}',
	'call.room.back': '다른 방 만들기 또는 들어가기',

	'call.signal.title': '시그널링 서버',
	'call.signal.state.connecting': '연결 중…',
	'call.signal.state.open': '연결됨, 방에 들어가는 중…',
	'call.signal.state.joined': '연결되어 방에 있음',
	'call.signal.state.reconnecting': '연결이 끊겨 다시 연결하는 중 ({attempt}번째 시도)…',
	'call.signal.state.closed': '닫힘',
	'call.signal.retry': '{seconds}초 뒤 다시 시도합니다. 페이지가 같은 방에 스스로 다시 들어갑니다.',
	'call.signal.explain':
		'이 페이지를 보낸 서버로 가는 WebSocket(경로 /signal)입니다. 시그널링 서버는 메시지를 전달하기만 합니다. 두 기기를 한 방에 넣고 각 메시지를 상대에게 넘겨 줍니다. 미디어는 두 피어가 서로 닿으면 직접 오가고, 닿지 않으면 같은 서버의 TURN 중계를 거칩니다. 어느 쪽이든 두 브라우저가 자기들끼리 정한 키로 DTLS-SRTP 종단 간 암호화가 되므로, 중계 서버도 내용을 읽을 수 없습니다(RFC 8827). WebRTC에 필요한 것은 offer, answer, 후보가 전달되는 것뿐입니다. join, joined, peer-joined, bye(통화 끊기), error는 이 애플리케이션이 정한 메시지입니다. WebRTC는 시그널링을 애플리케이션에 맡기기 때문입니다(RFC 9429 §1.1).',

	'call.relay.title': '서버를 거친 메시지',
	'call.relay.explain':
		'이 기기가 다른 기기로 보냈거나 다른 기기에서 받은 모든 메시지와 이 기기 기준의 시각입니다. 모두 시그널링 서버를 거쳤습니다. 옆의 레인에는 이 기기가 아직 적용해야 할 것만 남습니다.',
	'call.relay.out': '보냄',
	'call.relay.in': '받음',
	'call.relay.turnaroundCaller':
		'offer 보냄 → answer 받음: {ms} ms. 서버와 다른 기기를 거친 왕복 전체입니다(그쪽 사람이 단계를 진행한 시간 포함).',
	'call.relay.turnaroundCallee': 'offer 받음 → answer 보냄: 이 기기에서 {ms} ms.',
	'call.relay.none': '아직 서버를 거친 메시지가 없습니다.',
	'call.signal.rtt': '방에 들어가는 데 {ms} ms 걸렸습니다: 서버까지 한 번 왕복한 시간입니다.',
	'call.notice.bye':
		'다른 기기가 작별 인사를 했습니다: 떠나기 전에 시그널링 서버로 bye 메시지를 보냈으므로 이쪽은 바로 압니다. 초기화하면 그 기기(또는 다른 누군가)가 다시 들어오기를 기다립니다.',
	'call.notice.restarted':
		'다른 기기가 처음부터 다시 시작했습니다(초기화 또는 새로 고침). 그래서 이 통화는 끝나고 새 통화가 시작됩니다.',
	'call.notice.error': '시그널링 서버가 오류로 답했습니다({code}): {reason}',
	'call.error.bad-json': '이 페이지가 보낸 메시지가 올바른 JSON이 아니어서 서버가 버렸습니다.',
	'call.error.unknown-type':
		'이 페이지가 보낸 메시지의 type을 서버가 알지 못해서 서버가 버렸습니다.',
	'call.error.invalid-message':
		'이 페이지가 보낸 메시지가 시그널링 프로토콜에 맞지 않아서(필드가 없거나, 너무 길거나, 종류가 틀림) 서버가 버렸습니다.',
	'call.error.room-full':
		'이 방에는 이미 기기가 두 대 있고, 통화는 두 기기 사이의 것입니다. 새 방을 만들거나 두 기기 중 하나에게 나가 달라고 하세요.',
	'call.error.not-in-room':
		'이 페이지가 방에 들어가기 전에 메시지를 보내서 서버가 전달할 상대가 없었습니다.',
	'call.error.no-peer': '아직 방에 다른 기기가 없어서 메시지를 받을 상대가 없으므로 버려졌습니다.',
	'call.error.already-joined':
		'이 연결은 이미 방에 들어가 있어서 두 번째 방에는 들어갈 수 없습니다.',
	'call.error.rate-limited':
		'이 페이지가 서버가 허용하는 것보다 빨리 메시지를 보내서 하나가 버려졌습니다. 계속되면 서버가 연결을 닫습니다.',
	'call.error.room-expired':
		'방이 너무 오래 쓰이지 않아서 서버가 닫았습니다. 다시 통화하려면 새 방을 만드세요.',
	'call.error.server-busy':
		'서버가 가득 찼습니다: 받을 수 있는 만큼의 방이나 연결을 이미 가지고 있습니다. 잠시 뒤에 다시 해 보세요.',
	'call.error.too-many-rooms':
		'이 네트워크 주소에서 열린 방이 너무 많습니다(또는 이 연결이 너무 많은 방에 들어갔습니다). 다른 통화 페이지를 닫거나 그 방들이 만료될 때까지 기다린 뒤 다시 해 보세요.',
	'call.error.too-many-connections':
		'이 네트워크 주소에서 서버로 열린 연결이 너무 많습니다. 다른 Peerscope 페이지를 닫으세요. 이 페이지는 스스로 다시 시도합니다.',
	'call.error.protocol':
		'서버가 이 페이지가 이해하지 못하는 것을 보냈거나(Peerscope 버전이 다른가요?), 메시지가 서버가 받는 크기보다 컸습니다.',
	'call.notice.disconnected':
		'ICE 연결 끊김(disconnected): 몇 초 동안 다른 기기에서 패킷이 오지 않았습니다. 양쪽은 몇 초마다 STUN Binding 요청으로 상대의 동의(consent)를 확인하는데(consent freshness, RFC 7675), 그 요청에 응답이 없었습니다. 바쁜 네트워크나 Wi-Fi를 바꾸는 휴대폰처럼 잠깐의 공백이라면 저절로 회복될 수 있습니다. 30초 안에 동의가 갱신되지 않으면 ICE는 포기하고 상태가 failed로 바뀝니다. 기기가 bye 없이 떠나면(페이지가 닫히거나 배터리가 꺼지면) 상대는 이렇게 알게 됩니다.',
	'call.notice.failed':
		'ICE 실패(failed): 연결 확인으로 더는 동작하는 경로를 찾지 못했습니다. 다른 기기가 떠났을 가능성이 큽니다. 초기화하면 그 기기가 돌아왔을 때 새 통화를 시작합니다.',
	'call.iceRestart': 'ICE 재시작',
	'call.notice.failedRestart':
		'다른 기기가 아직 방에 있다면(예: Wi-Fi에서 모바일 데이터로 네트워크가 바뀐 경우) ICE 재시작으로 통화를 처음부터 다시 하지 않고 새 경로를 찾을 수 있습니다.',
	'call.iceRestartExplain':
		'ICE 재시작: 발신자가 새 ICE 자격 증명(ufrag와 비밀번호)으로 새 offer를 만들어, 통화와 데이터 채널은 그대로 둔 채 양쪽이 후보를 다시 수집하고 연결 확인을 다시 합니다. 휴대폰이 Wi-Fi에서 모바일 데이터로 옮겨 갈 때처럼 네트워크가 바뀌어도 통화가 살아남는 방법입니다. 새 offer와 answer는 처음 것처럼 시그널링 서버를 거칩니다.',
	'call.iceRestartCallee':
		'어느 피어든 restartIce()를 부를 수 있습니다(webrtc-pc). 이 페이지는 두 기기가 동시에 offer를 보내는 일(glare)이 없도록 발신자에게 맡깁니다. 이 기기는 새 offer에 스스로 응답합니다.',
	'call.reset': '초기화',

	'call.comm.title': '통신',
	'call.comm.chat': '채팅',
	'call.comm.message': '메시지',
	'call.comm.send': '보내기',
	'call.comm.notOpen': '피어가 연결되면 채팅 채널이 열립니다.',
	'call.comm.empty': '아직 메시지가 없습니다.',
	'call.comm.me': '이 기기',
	'call.comm.them': '다른 기기',
	'call.comm.files': '파일',
	'call.comm.pick': '보낼 파일 고르기',
	'call.comm.drop': '또는 여기에 파일을 끌어다 놓기',
	'call.comm.fileNotOpen': '피어가 연결되면 파일 채널이 열립니다.',
	'call.comm.sending': '보내는 중',
	'call.comm.receiving': '받는 중',
	'call.comm.progress': '{total} 중 {done}',
	'call.comm.throughput': '초당 {rate}',
	'call.comm.status.hashing': 'SHA-256 계산 중…',
	'call.comm.status.sending': '보내는 중…',
	'call.comm.status.receiving': '받는 중…',
	'call.comm.status.verifying': 'SHA-256 확인 중…',
	'call.comm.status.verified': 'SHA-256 일치',
	'call.comm.status.mismatch': 'SHA-256 불일치: 파일이 손상되었습니다',
	'call.comm.status.failed': '실패: {error}',
	'call.comm.sha': 'SHA-256',
	'call.comm.download': '{name} 저장',
	'call.comm.protocolError': '상대가 파일 프로토콜에 없는 것을 보냈습니다: {reason}',
	'call.comm.options': '채널 옵션',
	'call.comm.optionsChat': '채팅: {options}',
	'call.comm.optionsFile': '파일: {options}',
	'call.comm.explainOrdered':
		'ordered: true는 메시지가 보낸 순서대로 도착한다는 뜻입니다. 늦은 메시지 하나가 뒤따르는 메시지들을 붙잡아 둡니다.',
	'call.comm.explainReliable':
		'maxRetransmits도 maxPacketLifeTime도 정하지 않았으므로 두 채널 모두 신뢰성 있는 채널입니다: SCTP가 잃어버린 메시지를 도착할 때까지 다시 보냅니다. 채팅과 파일에는 모든 바이트가 필요합니다. 초당 60번 위치를 보내는 게임이라면 maxRetransmits: 0(또는 maxPacketLifeTime: 100)이 낫습니다. 다음 갱신이 이미 오고 있으니 잃어버린 갱신을 다시 보낼 가치가 없습니다.',
	'call.comm.explainBackpressure':
		'파일은 {chunk} 조각으로 나뉘어 갑니다. 보내는 쪽은 채널 버퍼(bufferedAmount)에 {high}보다 많이 쌓이면 멈추고, {low}에서 bufferedamountlow 이벤트가 오면 이어 갑니다. 이렇게 하지 않으면 파일 전체가 한꺼번에 버퍼로 복사됩니다. 받는 쪽은 도착한 내용의 SHA-256을 계산해 보낸 쪽의 값과 비교합니다.',

	'call.paste.title': '복사와 붙여넣기로 시그널링하기',
	'call.paste.intro':
		'서버가 없습니다. offer와 answer를 직접 옮깁니다: 텍스트를 복사하거나(채팅, 이메일, USB 메모리) QR 코드를 스캔해서요. 시그널링은 양쪽이 합의한 어떤 채널이든 됩니다. WebRTC에는 description이 도착하기만 하면 됩니다.',
	'call.paste.nonTrickle':
		'붙여넣기는 느리므로 이 페이지는 후보를 하나씩 흘려보내지(trickle) 않습니다. ICE 수집이 끝날 때까지 기다리므로, 보여 주는 description에는 이미 모든 후보가 들어 있습니다.',
	'call.paste.offerer': 'offer 만들기 (이 기기가 겁니다)',
	'call.paste.answerer': 'offer 붙여넣기 (이 기기가 받습니다)',
	'call.paste.gathering': '후보 수집 중…',
	'call.paste.yourOffer': '내 offer: 다른 기기로 복사하세요',
	'call.paste.yourAnswer': '내 answer: offer를 만든 기기로 다시 복사하세요',
	'call.paste.pasteOffer': '다른 기기의 offer를 붙여넣으세요',
	'call.paste.pasteAnswer': '다른 기기의 answer를 붙여넣으세요',
	'call.paste.apply': '적용',
	'call.paste.copy': '복사',
	'call.paste.qr': '이 description의 QR 코드',
	'call.paste.qrTooBig':
		'이 description은 QR 코드 하나에 담기에 너무 깁니다({length}자). 텍스트로 복사하세요.',
	'call.paste.invalid': '이 페이지가 만든 description이 아닙니다: {reason}',
	'call.paste.wrongType': '여기에는 {expected:이} 와야 하는데, 붙여 넣은 것은 {actual}입니다.',
	'call.paste.state': '연결: {state}',
	'call.paste.connected': '서버 없이 연결되었습니다.',
	'call.paste.restart': '처음부터'
};
