import test from 'node:test';
import assert from 'node:assert/strict';
import { buyIntent, type ExtractInput } from './extract.js';

const mail = (text: string, subject = ''): ExtractInput => ({ subject, text, fromName: '', fromAddress: 'x@example.com' });

test('buy intent in the languages buyers write', () => {
  const cases = [
    'We are interested in your LED panels, please send price list',
    'Kindly send me your best quotation for 500 pcs',
    'What is your MOQ?',
    'Hola, necesito una cotización de 500 unidades',
    'Boa tarde, gostaria de comprar 100 peças, qual o preço?',
    'Bonjour, je souhaite commander 50 pièces',
    'Hallo, ich möchte 100 Stück bestellen',
    'Добрый день, какая цена за 10 шт?',
    'مرحبا، أريد شراء 200 قطعة',
    'Merhaba, fiyat teklifi alabilir miyim?',
    '你好，求购不锈钢管，请报价',
    'Please quote your stainless steel sinks, model SS-8045, 500 pcs',
    'I need carton boxes, quantity 500 pieces. Please let me know the pricing.',
    'hey can i get more info on this?',
    'Hello. May I know the cost with shipping for 50 pieces?',
    'what are your minimums for custom t shirts',
    'Can you get me a fixed price for the following volumes?',
    'Hallo. Ich möchte ca. 100 Stück Probebestellung in Form von 6 Stück in Labubu große Energie bestellen.',
    "BONJOUR J'AIMERAIS CONNAITRE LES FRAIS DE LIVRAISON VERS LA NOUVELLE CALEDONIE",
    'היי, המוצרים האלה מעניינים אותי מה המחיר למשלוח?',
    'Would you have indicative TCO pricing for Jun02-Jul03 as well?',
    'I would like to know more about your products and your private label options.',
    'I please need battery for my laptop, Model: T152A',
    'bonjour sont t il de bonne qualite',
    '这个是纯棉的吧 哪个是纯棉的',
    '你这个芒果干的包装是怎样的呀',
  ];
  for (const text of cases) assert.ok(buyIntent(mail(text)).length > 0, text);
});

test('a request in the subject line counts', () => {
  assert.deepEqual(buyIntent(mail('', 'Looking for Wood Pellet')), ['Looking for']);
  assert.deepEqual(buyIntent(mail('', 'Inquiry: stainless steel sinks')), ['Inquiry:']);
  assert.deepEqual(buyIntent(mail('pls contact with us', 'We need Traffic barrier')), ['We need']);
  assert.deepEqual(buyIntent(mail('about the budget', 'We need to talk')), []);
});

test('evidence is the phrase that was found', () => {
  assert.ok(buyIntent(mail('Please quote us your best price for 2x40HQ')).some((e) => /best price/i.test(e)));
});

test('newsletters and ordinary business mail have no buy intent', () => {
  const cases = [
    'Our monthly newsletter: new arrivals, trade show dates and a message from our CEO. Unsubscribe here.',
    'Attached is the agenda for Thursday\'s meeting. Please review the minutes from last week.',
    'The gas price index moved up 3 cents today; storage report attached.',
    'Your order #1234 has shipped and will arrive on Monday.',
    'Can you call me at 3 pm about the contract draft?',
    'When you write back, please quote your reference number and the order date.',
    'Confirmez l\'adresse de livraison de votre colis: frais de livraison impayés.',
    'Please let me know when the meeting starts.',
    'Would you have time on Friday to review the draft?',
    '这个会议我们明天再讨论。',
  ];
  for (const text of cases) assert.deepEqual(buyIntent(mail(text)), [], text);
});
