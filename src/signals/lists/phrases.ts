/**
 * Phrase lists counted by the phishing, fraud and spam signals. Each entry is one cue; a message is
 * judged by how many distinct cues it carries, never by one. Measured on the development corpus:
 * two or more distinct cues almost never occur in business mail or genuine inquiries.
 */
export const PHISHING_CUES: readonly RegExp[] = [
  /\b(password|credentials)\b/,
  /\b(mailbox|webmail)\b/,
  /\baccount\b.{0,40}\b(suspended|locked|limited|disabled|blocked|frozen|deactivated|restricted|terminated|on hold|temporarily stopped|paused)\b/,
  /\b(verify|confirm|update|unlock|validate|re-?activate)\b.{0,15}\b(account|identity|details|wallet|billing|information|e-?mail address)\b/,
  /\bunusual (sign-?in|activity|login)|\bsuspicious (activity|login|sign-?in)|\bsomeone tried to (log|sign) in/,
  /\b(storage|mailbox|inbox) (is )?(almost )?full\b|\bquota\b/,
  /\bwill be (permanently )?(deleted|suspended|closed|terminated|disabled)\b|\bfailure to (verify|confirm|update|comply)\b/,
  /\b(view|open|download|access)\b.{0,12}\b(document|voicemail|fax|pdf|secure message)s?\b/,
  /\bshared (a |an )?(document|file|folder)s? with you\b|\bdocusign\b|\bwetransfer\b|\bonedrive\b|\bsharepoint\b/,
  /\bparcel (is )?on hold\b|\bredelivery\b|\bcustoms (fee|charge)s?\b|\bdelivery (attempt )?failed\b/,
  /\b(package|parcel|shipment) (which|that)?.{0,40}\b(will be|has been|was) (sent|returned) back\b|\b(receiver'?s|recipient'?s|your|the) (delivery )?address (is|was) (incorrect|incomplete|invalid)\b/,
  /\bupdate (your )?payment\b|\bpayment (was |has been )?declined\b|\btax (report )?refund\b|\byour refund is (ready|approved|available)\b/,
  /\bcongratulations\b|\byou have been selected\b|\bclaim your (reward|prize|gift)\b|\bgift card\b|\bairdrop\b/,
  /\bpoints? (will )?expire\b|\bpontos\b|\bexpire[sd]? (today|soon)\b/,
  /\b(difficulty|problems?|unable to|could not|cannot) (verify|verifying|confirm|confirming|process|processing) (some of )?your (credit card|card|account|billing|payment)/,
  /\b(atm|credit|debit) card (information|details|number|data)\b|\bcustomers'? data\b/,
  /\b(security|software) (update|upgrade|standards?|standarts)\b.{0,80}\b(customers?|clients?|members?|account|atm)\b/,
  /\bif you (did not|didn'?t|do not|don'?t) (authori[sz]e|recogni[sz]e|make) (this|the) (payment|transaction|charge|purchase|sign-?in)/,
  /输入(邮箱)?密码|账户(已被)?冻结|验证您的(账户|邮箱)|邮箱(已满|容量)/,
  /(邮箱|郵箱|账户|帳戶|账号|帳號)(将被|將被|即将|即將|已被)(停用|注销|註銷|冻结|凍結|关闭|關閉)|(升级|升級)(您的)?(邮箱|郵箱)|(密码|密碼)(即将|即將)?(过期|過期)/,
  /(登录|登入|登錄)(后|後)?(查看|确认|確認|验证|驗證)(订单|訂單|询盘|詢盤|文件|邮件|郵件)?/,
  // The same lures in the other languages exporters' mailboxes see (pt, es, fr, de, nl, it).
  /\b(sua|su|votre|ihr|uw|il tuo) (conta|cuenta|compte|konto|account)\b.{0,40}\b(bloquead|suspens|suspendid|gesperrt|geblokkeerd|bloccat|désactiv)/u,
  /\b(clique|haga clic|cliquez|klicken sie|klik|clicca)\b.{0,30}\b(aqui|aquí|ici|hier|qui)\b/u,
  /\b(senha|contraseña|mot de passe|passwort|wachtwoord)\b/u,
  /\b(verifi(que|car|ez|zieren)|confirm(e|ar|ez)|atualiz(e|ar)|actualiz(a|ar)|aktualisieren|bevestig)\b.{0,20}\b(dados|datos|données|daten|gegevens|conta|cuenta|compte|konto)\b/u,
  /\b(login|acesso|atividade) suspeit[oa]|\b(inicio de sesión|acceso|actividad) sospechos[oa]|\bconnexion suspecte\b|\bverdächtige (anmeldung|aktivität)/u,
  /\b(último|ultimo) aviso\b|\bordem de retirada\b/u,
  /\b(pendência|débito|boleto|multa|cpf|pontos (vão )?expir|resgate|saldo (foi )?liberado|liberação de (saldo|irpf|restituição)|restituição (do |de )?(irpf|imposto))\b/u,
  /\b(gewinner|gewonnen|félicitations|parabéns|felicidades|gefeliciteerd|ganador|vencedor)\b/u,
  // Parcel held for a fee, money "released" to the account, a new sign-in: the same lures in pt, es, de, fr.
  /\b(encomenda|pedido|remessa|pacote|paquete|envío|sendung|paket|colis)\b.{0,40}\b(taxad|retid|retenid|bloquead|zurückgehalten|bloqué)\p{L}*/u,
  /\bfiscalização alfandegária\b|\b(pague|pagar) (as |las )?(taxas|tasas)\b|\bzollgebühr\p{L}*|\bfrais de (douane|livraison) (impayés|en attente)/u,
  /\b(saldo|valor|crédito|restituição)\b.{0,40}\b(liberad\p{L}*|disponível|disponivel|para resgate)/u,
  /\b(novo (acesso|dispositivo)|acesso indevido|login suspeito|inicio de sesión (inusual|sospechoso)|neue anmeldung|connexion inhabituelle|activités de connexion inhabituelles)\b/u,
  /\b(sua|su|votre|ihre?) (conta|cuenta|compte|konto)\b.{0,30}\b(foi acessad|fue accedid|a expiré|ha expirado|expirou|abgelaufen)\p{L}*/u,
  // Money waiting in an account the reader never opened, a transaction to confirm, a licence about to be suspended.
  /\b(your )?score has been released\b|\bpersonal cabinet\b|\bconfirm (your|the) (transaction|transfer|withdrawal)\b/,
  /\b(cnh|carteira de motorista|licencia de conducir)\b.{0,40}\b(suspens|bloquead|cancelad)\p{L}*|\batraso no pagamento\b|\bregularize (sua|seu|as|os)\b/u,
];

// Sextortion: "I gained access to your devices, recorded you, pay in bitcoin or your contacts get the video".
// Sent by the million in every language; each phrase alone also turns up elsewhere (a crypto ad's "bitcoin
// wallet", a chain letter's "forward to all your friends"), so the signal takes three.
export const EXTORTION_CUES: readonly RegExp[] = [
  /\b(gained|got|have|had|obtained) (full |complete |remote )?(access|control) (to|over) (all )?(of )?your (devices?|computer|system|account|e-?mail|phone|pc)\b|\b(zugriff auf|kontrolle über) (ihre|deine|alle ihre) (geräte|computer|konten)\b|\b(acceso|acesso|accès) (a|aos|à|a todos) (tus|sus|seus|vos) (dispositivos|appareils)\b/u,
  /\b(installed|planted|uploaded|injected) (a |my |the )?(trojan|malware|spyware|virus|rat|software|"?beacon"?|program)\b.{0,60}\b(your|the) (devices?|computer|system|operating systems?|pc)\b/,
  /\b(record(ed)?|captured?|made|montaged) (a |some )?(number of )?(your )?(video|videos|footage|dirty scenes|screenshots?)\b.{0,60}\b(of you|you|while)\b/,
  /\b(transfer|send|pay|deposit)\b.{0,30}\b(bitcoin|btc|litecoin|ltc|usdt)\b/,
  /\b(my )?(bitcoin|btc|crypto) (wallet|address)\b/,
  /\b(share|shared|send|sent|forward|leak|publish)\w*\b.{0,40}\b(to|with) (all )?(of )?your (friends|contacts|colleagues|relatives|family|contact list)\b/,
  /\b(masturbat\w*|dirty (scenes|videos|stuff)|intimate (videos?|photos))\b/,
  /\b(delete|destroy|erase)\b.{0,20}\b(all )?(this|the|these|your) (dirty stuff|videos?|recordings?|evidence|compromising)\b/,
  /\bremains? (invisible|undetect\w*) (for|to) (the )?anti-?virus\b|\b(stayed|remain(ed)?) undetected\b/,
];

export const FRAUD_CUES: readonly RegExp[] = [
  /\b(dear|attn:?|attention) beneficiary\b|\bbeneficiary (of|to) the\b/,
  /\binheritance (fund|claim|transfer)\b/,
  /\bnext of kin\b/,
  /(us\$|usd|\$|€|£) ?\d{1,3}([,.]\d{3}){2,}|\b\d+( ?[.,] ?\d+)? ?mi+l+i+ons? (us |united states )?(dollars|usd|euros?|pounds|gbp)\b|\busd\$? ?\d+([.,]\d+)? ?m\b/,
  /\b(barrister|attorney at law)\b/,
  /\bdiplomatic (agent|courier|bag)\b/,
  /\b(consignment|trunk) box\b|\bsecurity (company|vault)\b/,
  /\batm (visa |master ?)?card\b/,
  /\bcompensation (fund|payment)\b|\b(unclaimed|dormant) (fund|account)\b|\brelease (of )?your fund/,
  /\blottery (winner|award|draw)\b|\bwinning notification\b|\byou have won (the )?[$€£]/,
  /\b(urgent|immediate) assistance\b|\bseek your (assistance|partnership|consent)\b/,
  /\bconfidential (business|transaction|proposal)\b/,
  /\bover-?invoiced\b|\bcontract sum\b/,
  // Not "30% of the total amount": that is how every T/T deposit is written.
  /\b\d{1,2} ?% (of the (total )?(sum|fund))\b|\b(processing|clearance|transfer|release|administrative|security) fee\b/,
  /\bdear (friend|beloved|email owner)\b/,
  /\bgod bless you\b|\bborn again christian\b/,
  /\bbitcoin (wallet|investment)\b|\b(crypto|forex) trading\b|\bguaranteed (profit|return)s?\b/,
  /\bwidow\b|\blate husband\b|\bcancer (illness|disease)\b|\bdying bed\b/,
  /\bdirector of foreign operations\b|\bworld bank\b|\bfederal reserve\b|\bwestern union\b|\bmoneygram\b/,
  /\b(reply|respond|write) (to )?(me )?(on|to|via) my private e-?mail\b|\bmy private e-?mail\b/,
  /\bsend (me )?your (full name|age|occupation|phone number|bank (details|account))\b/,
  /\bbusiness proposal (for|to)\b|\brisk[- ]free\b|\blegitimate transaction\b/,
  /\bdonate the sum\b|\bcharity work\b|\bphilanthropist\b/,
  /\byour e-?mail (address )?(was|has been) selected\b/,
  /\btransfer (of )?the fund|\bfund has been released\b|\bsum of (us)?[$€£]/,
  /\bdo you need (a )?loan\b|\bloan offer\b/,
  /\bsomething (important )?to disclose\b|\bget back to me for (more )?details\b/,
  /\bgovernment (contract|project|tender)\b/,
  /\bstrictly (confidential|private)\b|\b(apologi[sz]e|sorry) for (using|contacting you (through|via)) this (medium|means|channel)\b/,
  /\bdear (e-?mail owner|partner to be|sir\/madan)\b|\b(childless|no (child|children) to inherit)\b|\bcharity (donor|donation)s?\b/,
  /\b(seek|request for|solicit) (your )?(assistance|help) in (a|this) (financial |money )?transaction\b|\bfrom the desk of\b/,
  /\b(i|we) (got|obtained) your (contact|e-?mail|address) (from|through) the internet\b|\b(my|our) (late )?(father|husband) was (killed|murdered|assassinated|poisoned)\b/,
  /\b(o|el) (fundo|fondo) (fosse|foi|fue|fuera) (recuperad|transferid)\p{L}*|\b(herança|herencia|heredero)\b|\b(meu|mi) (falecido|difunto) (marido|esposo)\b/u,
  /\b(s[oó]cio|parceiro|socio) (estrangeiro|extranjero)\b|\bforeign (business )?partner\b|\b(guardi[aã]o|guardi[aá]n) (deste|de este|del|do) (fundo|fondo)\b|\bguardian of (this|the) fund\b/u,
  // An unclaimed estate "of a client who shares your surname", and the stranger's fortune to be invested with you.
  /\bdied intestate\b|\bsuccessor in title\b|\b(shares|bears|sharing|bearing) the same (sur|last )?name (with|as) you\b|\bdeceased (client|customer|depositor)\b/,
  // (Not "transfer the money to your account": that is how a buyer announces a payment.)
  /\b(invest|investing|relocate|relocating) (my|the|this|these) (funds?|money|capital|inheritance) (in|into|to) (your|a (viable|profitable|lucrative|good))\b|\bprotect my funds?\b|\b(invest|investment) (of|in) (my|these|the said) funds?\b/,
  /\b(liberar|libere) (o|el) (fundo|fondo)\b|\b(herdei|hered[eé]) de (meu|mi) (pai|padre)\b|\binherited from my (late )?father\b/u,
  /\b(deixei|dej[eé]) (um|uma|este|un|este) cheque\b|\bcheque (de compensação|de compensación|para você|para usted)\b|\bcompensation cheque\b|\b(quantia|soma|suma) (total )?de (us ?)?[$€£]/u,
];

// The sourcing-tender fraud: a "buyer" invites you to bid for goods it says may be outside your line and asks
// you to source them; the only supplier that has them is the fraudster's accomplice, who is paid first. One
// phrase is what a trading company hears from real customers too ("can you source these?"): it takes two.
export const TENDER_SOURCING: readonly RegExp[] = [
  /\b(may|might|could|will|would|does|do)( not)? (fall|be|lie) out(side)?( of)? (your|the) (scope|line|range|field)\b|\bnot (be )?within your (scope|line|range)\b|\boutside (of )?your (scope|line|range|field) of (work|business|supply|products)\b/,
  /\b(please|kindly|to|you to|can you|could you) source (for )?(and (submit|supply|quote)|the (products?|items?|materials?|equipment|parts?|goods)|them)\b/,
  /\b(invit\w*|pleased to invite) (you|your (company|firm)|you or your company) to (bid|tender|participate in (our|the|this|an?) (\w+ )?(tender|bid))\b|\bbid for (our|the|this) (open |public |international )?tender\b|\bsubmit (a|your) bid for the supply\b/,
];

// The web-project overpayment fraud: a "client" wants a website like some other site, has "a private project consultant"
// who holds the text and logos, and will pay more than the estimate so you forward the rest to that consultant. Any
// one line is what a real client of a web agency might write; an exporter hears two of them only from this script.
export const WEB_PROJECT: readonly RegExp[] = [
  /\b(my |a |our )?(private|personal) (project )?(consultant|designer)\b|\bproject consultant (who |that )?(has|have|will (provide|send|give))\b/,
  /\b(estimate|quote|quotation|price|budget) (should|must|will|would|has to|needs to) (also )?include (the )?(web ?)?hosting\b/,
  /\b(text )?content and (the )?logos?\b|\blogos? and (the )?(text )?content\b/,
  /\b(check out|look at|visit|go through) (this|the|that) (web)?site\b.{0,120}\b(similar|same|like (this|it)|more perfect|better than)\b|\bsame (number of )?pages\b/,
  /\b(i|we) (do ?n[o']t|dont) have a domain\b|\bhard of hearing\b|\bi am deaf\b/,
  /\b(i|we) (need|want) (a|an|the) (new |best |good )?(web ?site|web ?page|layout design|website design|site design)\b|\bbest of the best (layout|design|website)\b/,
];

// A seller offering its own goods or services (a competitor or a freight agent, seed 真假询盘: 同行), not a buyer.
export const SUPPLIER_PITCH = [
  /\bwe are (a |an )?(professional |leading |reliable |experienced )?(manufacturer|factory|supplier|exporter|producer)s? (of|for|in|speciali[sz])/,
  /\b(we|i)( would like to|'d like to|’d like to| can| could) offer (you|your company)\b/, /\b(we are|i am|i'm) speciali[sz]ed in\b/,
  /\bour (factory|company) (produces|manufactures|speciali[sz]es|is speciali[sz]ed)\b/, /\bsupplier since (19|20)\d\d\b/,
  /\b(freight forwarder|shipping agent|door to door (shipping|delivery))\b/, /\bshowcase (my|our) products\b/,
  /\bwe (manufacture|produce|export) (high[- ]quality|all kinds of|various)\b/, /我们是.{0,10}(工厂|厂家|生产商|供应商)/,
  // "We are juggling ball supplier", "we are LED manufacturer": the trade named before it, and no "of" after. What a
  // buyer is ("we are looking for suppliers", "we are an importer") stays out.
  /\bwe are (a |an )?(?!(looking|working|searching|seeking|interested|sourcing|buying|contacting|in need|the buyer|an? (buyer|importer))\b)(?:[\p{L}-]+ ){1,3}(manufacturer|supplier|exporter|producer|vendor)s?\b/u,
  /\bif you are already (our|a) (customer|client)\b/,
  // A forwarder's cold line: "USA Canada Europe Middle East DDP need?". A buyer asks for a DDP price; it does not offer DDP.
  /\b(ddp|ddu)\b[^.?!\n]{0,30}\bneed\s?\?/,
  // A Chinese factory's own leaflet: "company profile", "product profile", "devoted to developing and making…", "we hope
  // for your custom". "期望合作" (hoping to work together) stays out: buyers write it too.
  /公司简介|产品简介|致力于.{0,40}(开发|生产|研发|制造)|期望.{0,4}惠顾|欢迎.{0,4}(来电|垂询|惠顾|洽谈|订购)|诚招.{0,4}(代理|经销)/,
];

// How unsolicited bulk mail tells you to get off its list. A mailing list you joined says "unsubscribe" and
// "you are receiving this because you subscribed" instead: those stay out, and so does an event's guest list
// (an invitation service sends for the person who invited you).
export const REMOVAL = [
  /\bto be (removed|excluded) from (our|this|any|all|future|further)\b/, /\b(reply|respond|send)\b.{0,30} with (the word )?"?remove\b/,
  /\bremove (yourself|your (e-?mail|name|address)|me)\b.{0,30}\b(from|off) (?!([\w-]+ ){0,2}(guest|invit))([\w-]+ ){0,3}(lists?|database|mailings?|e-?mails?|newsletters?|offers)\b/, /\bremoval (instructions|link|request)\b/,
  /\bto (remove|opt[- ]out),? (see|click|reply|send|simply|go|please)\b/, /\bopt[- ]out of (our|future|all|further)\b/,
  /\b(is|was) sent (to you )?in compliance\b/, /\bclick here to be removed\b/, /\bne plus recevoir (de|nos|ces|notre)\b|\bno (desea|quiere) recibir m[aá]s\b|\bn[aã]o (deseja|deseje|quer|queira) (mais )?receber\b/u, /\bthis (e ?- ?mail|message) (message )?is an advertisement\b/,
  /\bif you (no longer |do not |don'?t )?(wish|want) to (be removed|receive|unsubscribe)\b/, /\b(do not|don'?t) (wish|want) to receive (further|future|any more|more|these)\b/,
  /\bexcluded from (future|further) (mailings|offers|e-?mails)\b/, /\bcancele (sua|a) inscrição\b|\bdescadastr\p{L}*/u, /\bdarse de baja\b|\bcancelar (la |su )?suscripción\b/u,
  /\bse désinscrire\b|\bdésabonner\b|\bdésinscri\p{L}*/u, /\b(newsletter )?abmelden\b|\babbestellen\b/, /退订|取消订阅|退訂|取消訂閱/, /수신\s?거부/, /配信(停止|解除)/,
];
