import assert from 'node:assert/strict';
import test from 'node:test';
import { loadFixture } from '../../test/support/fixture.js';
import { gatherFacts } from '../enrich/facts.js';
import { parseMessage } from '../ingest/parse.js';
import { buildInquiry } from '../triage/triage.js';
import { AD_TOPICS } from './lists/ad-topics.js';
import { FRAUD_CUES, PHISHING_CUES, SUPPLIER_PITCH, WEB_PROJECT } from './lists/phrases.js';
import { SIGNALS_BY_ID } from './registry.js';
import { matchedPhrases } from './signal.js';

test('phishing.cues reads the parcel-fee lure in Portuguese: held parcel and customs fees are two cues', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.cues')?.check(await loadFixture('cases/from-without-domain.eml'));
  assert.ok(evidence && evidence.length >= 2, JSON.stringify(evidence));
});

test('phishing.recipient_in_subject: a greeting that names any e-mail address instead of a person', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.recipient_in_subject')?.check(await loadFixture('cases/greets-an-address.eml'));
  assert.deepEqual(evidence, ['industrypack-devel@lists.example.org']);
});

test('phishing.login_link: "Click here to prove your identity" is a login button', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.login_link')?.check(await loadFixture('cases/bank-prove-identity.eml'));
  assert.deepEqual(evidence, ['Click here to prove your identity → safe-keynet.example']);
});

test('phishing.login_link: a link labelled "… Online Banking" to some other host is a login button', async () => {
  const html = (label: string) => `From: x@bank.example\nSubject: Card alert\nContent-Type: text/html\n\n<p>Go to: <a href="http://oniline.us2k.example:6180/logon/index.php">${label}</a></p>`;
  const parsed = await parseMessage(Buffer.from(html('Washington Mutual Online Banking')));
  assert.ok(parsed.ok);
  assert.deepEqual(checkOf('phishing.login_link')(buildInquiry(parsed.message, gatherFacts(parsed.message), null)), ['Washington Mutual Online Banking → oniline.us2k.example']);
  const plain = await parseMessage(Buffer.from(html('Our new bank branches')));
  assert.ok(plain.ok);
  assert.equal(checkOf('phishing.login_link')(buildInquiry(plain.message, gatherFacts(plain.message), null)), null);
});

test('advertising topics see through broken-up drug names but not through ordinary words', () => {
  for (const text of ['generic vl @ gra, only $ 0.95', 'ci alis & levvitra', 'super viiagra', 'v i a g r a']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['via grande 12, milano', 'the social issue', 'value added tax', 'rolex-style watch cases, 500 pcs']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('advertising topics: survey-for-a-prize lures, in English and German, but not a buyer who wins a tender', () => {
  for (const text of ['enter to win a lidl parkside vacuum!', 'answer & win!', 'gewinnen sie ein bosch-werkzeugset', 'complete our short survey to claim your reward']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['we hope to win the tender with your quotation', 'the winning bid must include freight']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

async function inquiryOf(headers: string, body = 'Hello') {
  const parsed = await parseMessage(Buffer.from(`${headers}\nTo: sales@brightway-hardware.example\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`));
  assert.ok(parsed.ok);
  return buildInquiry(parsed.message, gatherFacts(parsed.message), null);
}

/** The check of a registered signal; fails the test when the id is unknown. */
function checkOf(id: string) {
  const check = SIGNALS_BY_ID.get(id)?.check;
  assert.ok(check, `no signal ${id}`);
  return check;
}

test('phishing.obfuscated_text: a zero for an O in capitals ("C0NSUMER REWARDS"), but not in model numbers', async () => {
  const check = checkOf('phishing.obfuscated_text');
  assert.ok(check(await inquiryOf('From: "_C0NSUMER__REWARDS__" <x@rewards.example>\nSubject: INFORMATI0N')));
  assert.equal(check(await inquiryOf('From: "Kim" <kim@buyer.example>\nSubject: RFQ for MX000 and BOX-2000, ISO9001 factory')), null);
});

test('spam.unfilled_template: [first-name] and %FNAME% left in, but not a redacted [EMAIL]', async () => {
  const check = checkOf('spam.unfilled_template');
  assert.ok(check(await inquiryOf('From: x@promo.example\nSubject: Storage', 'Estimado cliente [first-name], your storage is full')));
  assert.ok(check(await inquiryOf('From: x@promo.example\nSubject: Hi %FNAME%', 'Offer inside')));
  assert.equal(check(await inquiryOf('From: buyer@shop.example\nSubject: RFQ', 'Please reply to [EMAIL] with your price for 500 pcs.')), null);
  assert.ok(check(await inquiryOf('From: x@promo.example\nSubject: Netflix', 'Dear : I hope this message finds you well')));
  assert.ok(check(await inquiryOf('From: x@promo.example\nSubject: Hi', 'Dear I hope this message finds you well. I wanted to share')));
  assert.equal(check(await inquiryOf('From: buyer@shop.example\nSubject: RFQ', 'Dear\nLinda,\nplease quote 500 pcs. My dear colleague, Ms. Wu, will follow up.')), null);
});

test('bulk.vague_request: "get back to us with your catalog and prices", no product named; a named product stays clear', async () => {
  const check = checkOf('bulk.vague_request');
  assert.ok(check(await inquiryOf('From: t@trader.example\nSubject: PURCHASE OF YOUR PRODUCTS', 'Please get back to me with your Product Catalog, pictures and prices for possible purchase.')));
  assert.equal(check(await inquiryOf('From: t@trader.example\nSubject: Folding chairs', 'We need 300 folding chairs. Please get back to me with your catalog and prices.')), null);
});

test('bulk.vague_request: "interested in your products… your price list in FOB" names no goods; terms alone do not make it specific', async () => {
  const check = checkOf('bulk.vague_request');
  assert.ok(check(await inquiryOf('From: t@trader.example\nSubject: inquiry', 'We are interested in your products. Please send me your offer in FOB prices.')));
  assert.ok(check(await inquiryOf('From: t@trader.example\nSubject: Pedido', 'Estamos interesados en sus productos, envíe su catálogo.')));
  assert.equal(check(await inquiryOf('From: t@trader.example\nSubject: inquiry', 'We are interested in your products such as silicone lids. Please send your offer.')), null);
  assert.equal(check(await inquiryOf('From: t@trader.example\nSubject: inquiry', 'We like your products and would like a quotation for 2000 pcs of the 30L cooler box, FOB Ningbo.')), null);
});

test('phishing.obfuscated_text: marks of another script inside a Latin word, a brand spelt letter by letter; accents and initials stay clear', async () => {
  const check = checkOf('phishing.obfuscated_text');
  assert.ok(check(await inquiryOf('From: "Amܿazoܿn Support" <n@x8pjmua.example>\nSubject: Your account is on hold')));
  assert.ok(check(await inquiryOf('From: "N.E.T.F.L.I.X" <n@deadplan.example>\nSubject: Tu cuenta ha expirado')));
  assert.equal(check(await inquiryOf('From: "José Peña (U.S.A. Trading)" <jose@usa-trading.example>\nSubject: Cotización de sillas plegables')), null);
  assert.equal(check(await inquiryOf('From: "J. R. Smith" <jr@smith.example>\nSubject: RFQ')), null);
});

test('phishing.brand_display_name: a service brand anywhere in the name; a marketplace only first, where a buyer would not put it', async () => {
  const check = checkOf('phishing.brand_display_name');
  assert.ok(check(await inquiryOf('From: "Equipo de Google Drive" <renew_6nlg@staroflife.example>\nSubject: Tu almacenamiento está lleno')));
  assert.ok(check(await inquiryOf('From: "Accounts PayPal" <r0ger6@isp-q.example>\nSubject: Update your account')));
  assert.ok(check(await inquiryOf('From: "Amazon Seller Support" <notice@x8pjmua.example>\nSubject: Listing removed')));
  assert.equal(check(await inquiryOf('From: "Booking.com" <noreply@booking.com>\nSubject: Your reservation')), null);
  assert.equal(check(await inquiryOf('From: "Made-in-China.com" <service@made-in-china.com>\nSubject: New inquiry')), null);
  // A buyer naming their own sales channel is not a lure.
  assert.equal(check(await inquiryOf('From: "Mike Ross - Amazon FBA" <mike.ross@gmail.com>\nSubject: Quote for 500 yoga mats')), null);
  assert.equal(check(await inquiryOf('From: "Importaciones Santander" <compras@gmail.com>\nSubject: Cotización')), null);
  // Read through combining marks strewn over the letters and an apostrophe inside the word.
  assert.ok(check(await inquiryOf('From: "A\u073Fm\u073Fa\u073Fz\u073Fo\u073Fn\u073F.c\u073Fo\u073Fm" <csamz-888@kkn40hari.example>\nSubject: Account locked')));
  assert.ok(check(await inquiryOf('From: "D\'isney Plus" <news@agmssypd.example>\nSubject: 12 meses gratis')));
  assert.ok(check(await inquiryOf('From: "ethereum.org" <ze0rsammillerma@icloud.com>\nSubject: Confirm your transaction')));
  assert.equal(check(await inquiryOf('From: "Seán O\'Brien" <sean@obrien-imports.example>\nSubject: Quote')), null);
});

test('origin.display_name_address: an address in the sender name strewn with combining marks is still read', async () => {
  const evidence = SIGNALS_BY_ID.get('origin.display_name_address')?.check(await inquiryOf('From: "noreply@service.amܿazoܿn.cܿom" <noreply-assist@x8pjmua.onmicrosoft.example>\nSubject: Reminder'));
  assert.deepEqual(evidence, ['noreply@service.amazon.com ≠ noreply-assist@x8pjmua.onmicrosoft.example']);
});

test('advertising topics: dating lures in Dutch and English; a buyer of women’s clothing or ladies’ bags is not one', () => {
  for (const text of ['geniet van daten met russische schoonheden', 'ontmoet prachtige oekraïense vrouwen!', 'i am 21 years old, looking for a lover.', 'hot russian women want to chat with you']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ["we import russian women's clothing, 2000 pcs", 'asian ladies handbags wholesale, moq 300', 'data met de specificaties']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('advertising topics: a crypto transfer with many decimals is a lure, a price with two decimals is not', () => {
  assert.equal(matchedPhrases('you have received a new transaction of + 0.9473 btc', AD_TOPICS).length, 1);
  assert.deepEqual(matchedPhrases('unit price usd 0.95, moq 500 pcs', AD_TOPICS), []);
});

test('advertising topics: disguised pharmacy words, replica watches, dot-leader software prices, diplomas; not a buyer', () => {
  for (const text of ['how to save on your medlcatlons over 60 %', 'buy replicas of rolex watches', 'windows xp professional 2002 . . . . . . . . $ 25',
    'get your university diploma in 2 weeks', 'spend a few hundred bux to buy your diiploma', 'your application has been pre - approved',
    'small - cap homerun newsletter', 'we are accepting your application with a low rate', 'purchase an extended auto warranty today',
    'your application for the grant is below. you will never need to repay', 'hosting from as little as $6.50 per month',
    'there are hundreds of companies giving away free cars', 'legal needs for just pennies a day',
    'cheap ph . armacy you can trust', 'pleasure your partner every time', 'america is giving away 50,000 visas',
    'enter the green card lottery now', 'prevent the installation of hijackers and spyware', 'claim your no-cost xbox']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['we are on the pre-approved supplier list of the ministry', 'please quote 500 pcs medication boxes, pharmacy grade pp',
    'we need replica furniture for a hotel project', 'office chair professional series, target price usd 25',
    'warranty: 2 years on the motor, extended warranty available', 'payment 30% a month before shipment',
    'we are giving away free samples at the canton fair', 'please quote web hosting racks, 20 units',
    'our it team recommends spyware removal tools', 'phar-macy bags, 10,000 pcs', 'we need xbox controllers, 500 units']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('fraud.reply_elsewhere: "please write to this address" with another mailbox; spam.unrelated_offer: an SEO pitch', async () => {
  const reply = checkOf('fraud.reply_elsewhere');
  const offer = checkOf('spam.unrelated_offer');
  assert.ok(reply(await inquiryOf('From: info@jewel-systems.example\nSubject: Inventory', 'If you are interested, please write to this address: sales.jq@mailbox.example')));
  assert.ok(offer(await inquiryOf('From: seo@links.example\nSubject: Hi', 'I have run search engine marketing for 10 years and will develop your website for FREE. We can do an article exchange.')));
  assert.equal(offer(await inquiryOf('From: buyer@shop.example\nSubject: RFQ', 'We need 500 pcs of the LED panel; our website developer will link to your page.')), null);
});

test('spam.disguised_words: a word broken up with assorted symbols; initials and lists are not', async () => {
  const check = checkOf('spam.disguised_words');
  assert.ok(check(await inquiryOf('From: x@meds.example\nSubject: are you suffering', "im over my pain h ^ y - d . r ' o . c - o - d , o . n _ e 7.5 order here")));
  assert.equal(check(await inquiryOf('From: a@trader.example\nSubject: RFQ', 'Models a, b, e, f, g, h and the U.S.A. version, c . a . a . s . a . p please.')), null);
});

test('spam.disguised_words: one disguised word of junk\'s vocabulary is enough, in the subject too', async () => {
  const check = checkOf('spam.disguised_words');
  assert.deepEqual(check(await inquiryOf('From: x@intl-pay.example\nSubject: Notification about your PayPaI Iimited account', 'Read the attached PDF.')), ['paypai', 'iimited']);
  assert.deepEqual(check(await inquiryOf('From: x@rx.example\nSubject: ggreat', 'how to save on your medlcatlons over 60 %')), ['medlcatlons']);
  assert.equal(check(await inquiryOf('From: b@buyer.example\nSubject: PayPal payment for the order', 'We pay the 30% deposit by PayPal; please log in on line and confirm the invoice.')), null);
});

test('phishing cues: a refund "ready" with the details in a PDF, an account "temporarily stopped", a Brazilian tax refund released', () => {
  for (const text of ['[irs] tax report refund is ready to process immediately', 'your coinbase account may have recently been temporarily stopped', 'seu saldo foi liberado - liberação de irpf', 'your package which arrived will be sent back. the receiver\'s address is incorrect', 'um login suspeito em sua conta foi detectado', 'ordem de retirada correios ultimo aviso']) {
    assert.ok(matchedPhrases(text, PHISHING_CUES).length >= 1, text);
  }
  for (const text of ['the refund for the damaged cartons is in the credit note', 'production was stopped for the holiday; our account manager will call', 'please send the samples back to this address', 'the last notice of the fair is attached']) {
    assert.deepEqual(matchedPhrases(text, PHISHING_CUES), [], text);
  }
});

test('phishing cues: trouble verifying your card, card details, a security upgrade for customers, "if you did not authorize this payment"', () => {
  const text = 'we are having difficulty verifying some of your credit card information. our bank is switching to new security standards for atm customers. if you did not authorize this payment, cancel it.';
  assert.ok(matchedPhrases(text, PHISHING_CUES).length >= 3, JSON.stringify(matchedPhrases(text, PHISHING_CUES)));
  assert.deepEqual(matchedPhrases('we updated the pricing software for our own sales team; the gas contract is signed.', PHISHING_CUES), []);
});

test('phrases are read across the line wraps of plain-text mail; an event guest list is not a mailing list', async () => {
  const fraud = checkOf('fraud.advance_fee_hint');
  const letter = 'Tenho o prazer de informá-lo que o fundo\nfosse recuperado. Deixei uma quantia total de\n$ 150.500,00 dólares em cheque para você.';
  assert.deepEqual(fraud(await inquiryOf('From: j@mail.example\nSubject: OLA', letter)), ['o fundo fosse recuperado', 'quantia total de $']);
  const removal = checkOf('spam.removal_footer');
  assert.ok(removal(await inquiryOf('From: x@promo.example\nSubject: Offer', 'Best prices.\nTo remove yourself from all related email\nlists, just click here.')));
  assert.equal(removal(await inquiryOf('From: x@evite.example\nSubject: Party', 'You are invited.\nTo remove yourself from this guest list please contact us.')), null);
});

test('a bare address as the first word greets a mail merge; a run of random capitals in the text is a hash buster', async () => {
  const greeting = checkOf('phishing.recipient_in_subject');
  assert.deepEqual(greeting(await inquiryOf('From: x@bids.example\nSubject: Bid Confirmed', 'username@domain.com, If your message does not load, please check here.')), ['username@domain.com']);
  assert.equal(greeting(await inquiryOf('From: x@shop.example\nSubject: Re: order', 'anna@shop.example wrote: the boxes left today.')), null);
  const random = checkOf('spam.random_token');
  assert.deepEqual(random(await inquiryOf('From: x@bids.example\nSubject: Bid', 'Check here 838*767-4828 BITOEJMPXSTFBLBZTDKRDRRRW Aeolism antihypnotic')), ['BITOEJMPXSTFBLBZTDKRDRRRW']);
  assert.equal(random(await inquiryOf('From: k@firma.example\nSubject: Abrechnung', 'Anbei die BETRIEBSKOSTENABRECHNUNG für 2024, siehe https://x.example/AAAAAAAAAAAAAAAAAAAAAAAAA')), null);
});

test('buyer.specific_request: terms and lead time with no goods named are not a specific request; with the goods they are', async () => {
  const check = checkOf('buyer.specific_request');
  assert.equal(check(await inquiryOf('From: t@trader.example\nSubject: Order Inquiry', 'We need your catalogue and price list. Please advise MOQ, payment terms (FOB) and lead time.')), null);
  assert.ok(check(await inquiryOf('From: t@trader.example\nSubject: Order Inquiry', 'We need 2000 pcs of the 30L cooler box. Please advise payment terms (FOB Ningbo) and lead time.')));
});

test('a request that names no goods carries no buyer marks: intent and a company introduced count only with the goods', async () => {
  const vague = await inquiryOf('From: t@trader.example\nSubject: Inquiry', 'Dear Sir, we are a Ghana based import company and we want to buy your products. Please send your catalogue and price list.');
  const named = await inquiryOf('From: t@trader.example\nSubject: Inquiry', 'Dear Sir, we are a Ghana based import company and we want to buy 500 pcs of your cooler boxes. Please send your price list.');
  assert.ok(checkOf('bulk.vague_request')(vague));
  assert.equal(checkOf('buyer.purchase_intent')(vague), null);
  assert.equal(checkOf('bulk.vague_request')(named), null);
  assert.ok(checkOf('buyer.purchase_intent')(named));
});

test('advertising topics: unsecured business funding, free phone calls, register-to-win giveaways; a buyer’s working capital is not one', () => {
  for (const text of ['we can provide working capital to $150,000 on an unsecured basis', 'make free international phone calls', 'register for one of our giveaway destinations']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['our working capital is tight, so we pay 30% deposit', 'free calls to our sales office are fine too']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('advertising topics in Chinese (simplified and traditional): invoices issued to order, loans, money at home, bulk-mail lists; a buyer asking for an invoice is not one', () => {
  for (const text of ['代开各类发票，点数低', '還在用20%的信用卡循環嗎', '在家赚钱，月入过万', '邮件群发软件，企业名录', '無抵押貸款 快速放款']) {
    assert.ok(matchedPhrases(text, AD_TOPICS).length >= 1, text);
  }
  for (const text of ['能开发票吗？我们需要增值税专用发票', '请问这款保温杯可以开发票吗', '我们在家居行业做了十年']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('spam.removal_footer: the opt-out line in traditional Chinese, Korean and Japanese', async () => {
  const removal = checkOf('spam.removal_footer');
  for (const body of ['如不想再收到本信，請按此退訂', '본 메일은 수신거부 하시면 다시 발송되지 않습니다', '配信停止はこちらから']) {
    assert.ok(removal(await inquiryOf('From: x@promo.example\nSubject: Offer', body)), body);
  }
});

test('advertising topics: potency words broken up with symbols, classic lottery and loan lures; a pen buyer and a cock-up are not ads', () => {
  for (const text of ['latest med . ical pa . tch for m . en, a lo . ng . er th . ick . er p . e . ni . s', 'dear winner, results of the email lottery promotion', 'no income verification, bad credit ok', 'super cheaap softwares & shiiip to all countries', 'vnbl stock expected to explode']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['the pen is too heavy, we need 5000 lighter ballpoint pens', 'after that almighty cock up with the last shipment', 'we expect sales to soar next season']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('a price per dose is a pharmacy ad; "click here to be removed" and "this e-mail is an advertisement" are bulk-mail footers', async () => {
  for (const text of ['as cheap as $ 1 . 33 per dose', 'rrp price per dose : $ 19 / dose, now $3.45/dose']) assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  assert.deepEqual(matchedPhrases('the dosing pump delivers 5 ml per dose', AD_TOPICS), []);
  const removal = checkOf('spam.removal_footer');
  for (const body of ['Click here to be removed', 'epromo solutions. This e-mail message is an advertisement and/or solicitation.']) {
    assert.ok(removal(await inquiryOf('From: x@promo.example\nSubject: Offer', body)), body);
  }
});

test('crypto balance lures, a transaction to confirm, a licence about to be suspended; a tax office as the sender name', async () => {
  for (const text of ['xrp token allocation program registration opens today', 'you are now rich +22,453$ on your balance', 'ETH gas fees, redistributed!']) {
    assert.equal(matchedPhrases(text.toLowerCase(), AD_TOPICS).length, 1, text);
  }
  assert.deepEqual(matchedPhrases('we will transfer the balance after inspection', AD_TOPICS), []);
  for (const text of ['urgently! confirm your transaction.', 'sua cnh está em processo de suspensão', 'access your personal cabinet']) {
    assert.equal(matchedPhrases(text, PHISHING_CUES).length, 1, text);
  }
  assert.deepEqual(matchedPhrases('please confirm the order quantity and the delivery date', PHISHING_CUES), []);
  assert.ok(checkOf('phishing.brand_display_name')(await inquiryOf('From: "MINISTÉRIO DA FAZENDA" <taxas@pagamentos-mei.example>\nSubject: Atraso no pagamento')));
});

test('bulk-mail footers in French, Spanish and Portuguese, "reply to this email with REMOVE"; list sellers, free-trial billing, ISP fees', async () => {
  const removal = checkOf('spam.removal_footer');
  for (const body of ['Pour ne plus recevoir de message, répondez STOP', 'Si no desea recibir más correos, haga clic', 'Caso não deseje mais receber nossos e-mails', 'or reply to this email with REMOVE in the subject line']) {
    assert.ok(removal(await inquiryOf('From: x@promo.example\nSubject: Offre', body)), body);
  }
  for (const text of ['we are currently adding 500,000 new addresses each week', 'let us bill your credit card for $5.99 shipping', 'a low monthly fee of just $14.95', 'a ground floor opportunity']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  assert.deepEqual(matchedPhrases('please bill our company account, 1,500 addresses on the label list', AD_TOPICS), []);
});

test('bulk.vague_request: "your products… do you still have stocks available" names no goods either', async () => {
  assert.ok(checkOf('bulk.vague_request')(await inquiryOf('From: t@trader.example\nSubject: Receipt For Goods Available', 'We have not bought your products before. Please let me know if you still have stocks available.')));
});

test('spam.unrelated_offer: the pitches Chinese exporters get (Google promotion, own website, customs data, leads); a buyer who found you on Google is not one', async () => {
  const offer = checkOf('spam.unrelated_offer');
  assert.ok(offer(await inquiryOf('From: x@tuiguang.example\nSubject: 外贸获客', '专业谷歌推广，独立站建设，海关数据精准获客，领英营销。退订回T')));
  assert.equal(offer(await inquiryOf('From: buyer@shop.example\nSubject: 询价', '我们在谷歌上找到你们的网站，请报价500个保温杯，需要海运到汉堡。')), null);
});

test('phishing cues in Chinese: a mailbox about to be closed, a password about to expire, log in to view the inquiry; a buyer’s question is not one', () => {
  for (const text of ['您的邮箱即将停用，请升级邮箱', '您的密码即将过期', '请登录查看询盘详情', '請登入查看訂單']) {
    assert.ok(matchedPhrases(text, PHISHING_CUES).length >= 1, text);
  }
  assert.deepEqual(matchedPhrases('请问这款保温杯可以定制logo吗？我们需要500个', PHISHING_CUES), []);
});

test('advertising topics leave alone what a buyer writes: erection of a structure, a meeting, small caps, "abnehmen", a supplier selected', () => {
  for (const text of [
    'price for supply and erection of the steel structure', 'can you increase length to 2m?', 'suite à notre rencontre au salon de canton',
    'wir möchten 500 stück abnehmen', 'hgh peptide 10iu, 200 kits', 'please quote cif with insurance quote', 'small cap for the 500ml bottle',
    'do you have the oem version?', 'sie wurden als lieferant ausgewählt', 'wir haben den auftrag gewonnen', 'i work from home and sell on amazon',
    'the coating slows the aging of the panels', 'pain relief patches, 20000 pcs', 'we can cut the payment terms to 30 days',
  ]) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
  for (const text of [
    'get harder erections tonight', 'erecti0n pills', 'herzlichen glückwunsch! sie wurden ausgewählt!', 'sie haben ein/e iphone 15 pro gewonnen',
    '¡eres el afortunado ganador', 'earn $500 a week working from home', 'small - cap homerun newsletter', 'power of hgh', 'cheap oem versions',
    "venez rencontrer l'ame soeur", 'abnehmen durch kaugummikauen', 'falls sie als gutscheinempfänger ausgewählt wurden',
    "how ' s it hangin , . order your p . rescription ' s here", 'juust medz', 'i signed up to meet good western men',
    'recapture your youth and feel the energy', 'home delivery of pain relief meds', 'cut your monthly payments by 50%',
    'need low priced software ?', 'looking for cheap high - quality software ?',
    'the value of mogi\'s shares will skyrocket', 'aggressive investors and traders may want to watch mogi', 'rating - strongbuy',
    'wish you could attract all the most gorgeous women around you', 'a friend wants to set you up on a blind date',
    'bombarded by so-called free money-making systems', 'join free and make $10,000 every week for life',
    'many micro-cap stocks are undervalued', 'the publisher discloses the receipt of fifteen thousand dollars from a third party',
  ]) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['our investors want to watch the first production run', 'we buy micro capacitors and cap screws', 'the publisher of our catalogue received your samples', 'we need low priced soft toys and cheap soft drinks coolers', 'our perfume line with pheromones needs 5000 glass bottles', 'the date of the blind test is confirmed']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});

test('an advertisement carries no marks of a buyer: its "best offer" and "how much" are the advertiser\'s', async () => {
  const ad = await inquiryOf('From: deals@soft.example\nSubject: Cheap software', 'Looking for cheap software? Windows XP Professional for $50, best offer. How much are you paying now?');
  const letter = await inquiryOf('From: anna@tools-import.example\nSubject: Inquiry for hammers', 'We want to buy 3000 pcs claw hammers 16oz, please quote FOB Ningbo.');
  assert.ok(ad.buyIntent.length > 0 && ad.extracted.products.length > 0, 'the ad reads as a request to buy');
  for (const id of ['buyer.purchase_intent', 'buyer.names_product', 'buyer.specific_request']) {
    assert.equal(checkOf(id)(ad), null, id);
  }
  assert.ok(checkOf('buyer.purchase_intent')(letter));
  assert.ok(checkOf('buyer.specific_request')(letter));
});

test('a sourcing tender\'s quantity, model and signature are its bait, not a buyer\'s marks; a customer asking to source one more item keeps them', async () => {
  const tender = await loadFixture('signals/fraud.tender_sourcing.fires.eml');
  const customer = await loadFixture('signals/fraud.tender_sourcing.silent.eml');
  assert.ok(tender.buyIntent.length > 0 && tender.extracted.quantity, 'the tender reads as a request to buy');
  for (const id of ['buyer.purchase_intent', 'buyer.names_product', 'buyer.specific_request']) assert.equal(checkOf(id)(tender), null, id);
  assert.ok(checkOf('buyer.specific_request')(customer));
});

test('a supplier\'s "I\'d like to offer you", adult-site warnings in Dutch and German, dating matches "in your area"', () => {
  assert.equal(matchedPhrases("dear sirs! i'd like to offer you chia seeds from argentina", SUPPLIER_PITCH).length, 1);
  for (const text of ['deze website bevat expliciete beelden. je moet 18 jaar of ouder zijn', '4 cheating-wives have been matched for you in your area']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  assert.deepEqual(matchedPhrases('the samples were matched with your colour card; buyers must be 18 or older to sign', AD_TOPICS), []);
});

test('offshore software development and "get your own website" are vendor pitches; a buyer\'s own IT team is not', async () => {
  const pitch = await inquiryOf('From: sales@devshop.example\nSubject: Custom Software Development Services', 'We represent offshore software development companies. Get your own great-looking website for $299.');
  assert.ok(checkOf('spam.unrelated_offer')(pitch));
  const buyer = await inquiryOf('From: it@buyer.example\nSubject: Order 2211', 'Our software development team will connect your API to our ERP. Please quote 500 pcs of item 88.');
  assert.equal(checkOf('spam.unrelated_offer')(buyer), null);
  assert.equal(matchedPhrases('stay at home business, your own internet business in 30 days', AD_TOPICS).length, 1);
  assert.ok(checkOf('spam.unrelated_offer')(await inquiryOf('From: jv@deals.example\nSubject: 10x faster', 'Make your WordPress sites 10x faster: site speed is a traffic killer.')));
  assert.ok(checkOf('spam.unrelated_offer')(await inquiryOf('From: ed@news.example\nSubject: Commentary', 'The best no cost ways of bringing traffic to your site, and how to increase your sales.')));
  const shipper = await inquiryOf('From: buyer@shop.example\nSubject: RFQ', 'Road traffic to our site is heavy, so deliver by sea to Rotterdam. Please quote 300 sets.');
  assert.equal(checkOf('spam.unrelated_offer')(shipper), null);
});

test('"we are juggling ball supplier" is a supplier\'s pitch; "we are looking for suppliers" is a buyer', () => {
  for (const text of ['hello, we are juggling ball supplier, vendor of many juggling brands.', 'ps: if you are already our customer then please ignore this email.']) {
    assert.equal(matchedPhrases(text, SUPPLIER_PITCH).length, 1, text);
  }
  assert.equal(matchedPhrases('usa canada mexico europe middle east southeast asia ddp need?', SUPPLIER_PITCH).length, 1);
  for (const text of ['we are looking for suppliers of led panels', 'we are an importer of garden tools and need a new supplier', 'we are interested in your oem supplier program', 'please quote ddp riyadh, do you need our tax number?', 'candy bags turkey ddp. this order is urgent, need it?']) {
    assert.deepEqual(matchedPhrases(text, SUPPLIER_PITCH), [], text);
  }
});

test('a Chinese factory\'s leaflet is a supplier\'s pitch; a Chinese buyer\'s request is not', () => {
  for (const text of ['公司简介：欧威照明器材厂成立于1996年，一直致力于筒灯、投射灯的开发和生产。', '期望您的惠顾，欢迎来电洽谈']) {
    assert.ok(matchedPhrases(text, SUPPLIER_PITCH).length >= 1, text);
  }
  for (const text of ['我们公司需要采购一批筒灯，请报价，含税运到上海', '请问这款投射灯的功率和价格？我们想订购500个', '我们是贸易公司，期望合作']) {
    assert.deepEqual(matchedPhrases(text, SUPPLIER_PITCH), [], text);
  }
});

test('phishing.brand_display_name reads a brand broken up with dots ("Pay.Pal.", "Mercado.Pago"), not initials', async () => {
  const check = checkOf('phishing.brand_display_name');
  assert.ok(check(await inquiryOf('From: "Pay.Pal." <m0n1ca@isp-q.example>\nSubject: Your account has been credited')));
  assert.ok(check(await inquiryOf('From: "Mercado.Pago" <mpvalide@hotmail.example>\nSubject: Pagamento')));
  assert.equal(check(await inquiryOf('From: "A.J. Pallas" <aj@pallas-trading.example>\nSubject: RFQ hinges')), null);
});

test('phishing.free_hosting_link: a Google Form is a form service; a shared Google Doc is not', async () => {
  const check = checkOf('phishing.free_hosting_link');
  const form = await inquiryOf('From: buyer@mail.example\nSubject: TO: Order', "I've invited you to fill in the following form: https://docs.google.com/forms/d/e/1FAIpQLSc3/viewform");
  assert.deepEqual(check(form), ['docs.google.com/forms']);
  const doc = await inquiryOf('From: buyer@mail.example\nSubject: Specs', 'Drawing and specs: https://docs.google.com/document/d/1x2y3z/edit');
  assert.equal(check(doc), null);
});

test('advertising topics name the offer, not a buyer\'s trade: an online pharmacy, a mining farm, an insurer, an event, a diploma cover', () => {
  for (const text of [
    'we are an online pharmacy in canada and need 50,000 amber pill bottles', 'antminer s19, 100 units for our bitcoin mining farm',
    'abc life insurance company: 2,000 branded umbrellas', 'unimed plano de saúde precisa de 10.000 máscaras', 'we are hosting for 500 guests and need 500 chairs',
    'we need to order diploma covers, 500 pcs', 'university diploma frames in walnut', 'we need 5000 pcs 8 inch hammer, 16" hammer too',
    'replica designer chairs, eames style', 'abc forex trading ltd needs 1000 pens', 'we operate an online casino and need 20,000 branded poker chips',
    'reading glasses without prescription, 5000 pcs', 'sunglasses with no prescription lenses',
  ]) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
  for (const text of [
    'welcome to our online pharmacy', 'save up to 70% on life insurance', 'reduza o custo do seu plano de saúde', 'hosting from £6.50 per month',
    'buy your diploma today', 'your mining balance: 0.7495 btc', 'play online casino games for real money',
    'order now, no prescription required',
  ]) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
});

test('advance-fee cues: the estate of a client "who shares your surname", a stranger\'s millions to invest with you', () => {
  const estate = 'this investigation involves a client who shares the same surname with you. the client died intestate. from the desk of mr . spencer';
  assert.equal(matchedPhrases(estate, FRAUD_CUES).length, 2);
  assert.equal(matchedPhrases('i am disposing the sum of 12.5 millions us dollars. to protect my fund i want a genuine company', FRAUD_CUES).length, 2);
  // The same letter as spam filters receive it: the number spaced out, the word misspelt to slip past them.
  assert.equal(matchedPhrases('i am disposing a the sum of 12 . 5 miilions us dollars . to protect my fund', FRAUD_CUES).length, 2);
  for (const text of ['our company shares the same name as yours but we are in ohio', 'we will invest in a new line and transfer the deposit to your account', 'we will transfer the money to your account after inspection', 'the funds will be transferred to your bank']) {
    assert.deepEqual(matchedPhrases(text, FRAUD_CUES), [], text);
  }
});

test('spam.hidden_text: text in an almost-white colour; white type or a pale yellow is not hidden', async () => {
  const html = (color: string) => `From: x@bank.example\nSubject: Notice\nContent-Type: text/html\n\n<p>See below.</p><p><font color="${color}">I'm sorry The X-Files in 1965 gossip</font></p>`;
  const hidden = await parseMessage(Buffer.from(html('#FFFFF8')));
  assert.ok(hidden.ok);
  assert.ok(checkOf('spam.hidden_text')(buildInquiry(hidden.message, gatherFacts(hidden.message), null)));
  for (const color of ['#ffffff', '#FFFF00', '#f0f0f0']) {
    const shown = await parseMessage(Buffer.from(html(color)));
    assert.ok(shown.ok);
    assert.equal(checkOf('spam.hidden_text')(buildInquiry(shown.message, gatherFacts(shown.message), null)), null, color);
  }
});

test('the web-project scam\'s lines are read in other words too; a buyer\'s artwork, site and consultant stay clear', () => {
  for (const text of ['my personal consultant has all the materials', 'the quote must include web hosting for one year', 'he has the logos and content', 'i dont have a domain yet', 'we need a new web site for the farm']) {
    assert.equal(matchedPhrases(text, WEB_PROJECT).length, 1, text);
  }
  for (const text of [
    'our logo on the carton, see the artwork attached', 'please visit our website www.kimfurniture.example for our range',
    'the product page on our site shows the same hinge', 'our technical consultant will inspect the goods before shipment',
    'we host a trade show in may', 'our project manager will confirm the drawings',
  ]) {
    assert.deepEqual(matchedPhrases(text, WEB_PROJECT), [], text);
  }
});

test('phishing.product_link: the webshop lure in Dutch and German; a link to the sender\'s own site stays clear', async () => {
  const check = checkOf('phishing.product_link');
  const dutch = await inquiryOf('From: pieter88@gmail.com\nSubject: Bestelling', 'Ik wilde iets bestellen maar ik kan het product niet meer vinden, het ziet er zo uit: https://cutt.ly/artikel-77');
  assert.deepEqual(check(dutch), ['kan het product niet meer vinden', 'cutt.ly']);
  const german = await inquiryOf('From: k.weber@web.de\nSubject: Artikel', 'Ich kann den Artikel nicht mehr finden, hier ein Foto: https://files.fm/u/x7k2');
  assert.ok(check(german));
  const ownSite = await inquiryOf('From: sarah@kimfurniture.example\nSubject: Hinge', "I can't find the product on your site any more; ours is https://www.kimfurniture.example/p/oak-600");
  assert.equal(check(ownSite), null);
});

test('spam.image_only: a clickable picture with only an unsubscribe footer; a buyer\'s words beside a linked logo stay clear', async () => {
  const inquiry = async (words: string) => {
    const parsed = await parseMessage(Buffer.from(`From: offers@deals.example\nSubject: Posture\nContent-Type: text/html\n\n<a href="http://deals.example/c"><img src="http://deals.example/ad.jpg"></a><p>${words}</p>`));
    assert.ok(parsed.ok);
    return buildInquiry(parsed.message, gatherFacts(parsed.message), null);
  };
  assert.ok(checkOf('spam.image_only')(await inquiry('You may unsubscribe at any time. Unsubscribe 9901 Brodie Lane Ste 160 Austin, TX 78748')));
  assert.equal(checkOf('spam.image_only')(await inquiry('Please quote 500 pcs of this lamp. To unsubscribe from our newsletter reply STOP.')), null);
});

test('phishing.bare_file_link: a bare Drive link counts; a bare form or file-drop link is free hosting already, not a second reason', async () => {
  const check = checkOf('phishing.bare_file_link');
  assert.deepEqual(check(await inquiryOf('From: m.thomas@gmail.com\nSubject: Doc', 'https://drive.google.com/file/d/1AbC/view')), ['drive.google.com']);
  assert.equal(check(await inquiryOf('From: m.thomas@gmail.com\nSubject: Survey', 'fill this pls https://docs.google.com/forms/d/e/1FAIpQ/viewform')), null);
  assert.equal(check(await inquiryOf('From: m.thomas@gmail.com\nSubject: Doc', 'https://file.fm/u/x7k2')), null);
});
