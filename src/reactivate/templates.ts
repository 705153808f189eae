/**
 * Outreach letters to a buyer who asked before, one per language, written for this project.
 * Each says when they asked and what for, asks whether the need is still there, offers a new
 * quotation, and invites a changed request: short, personal, never a blast.
 */
export interface DraftVars {
  name: string | null;
  product: string | null;
  quantity: string | null;
  /** The date of their last inquiry, already written in the letter's language. */
  when: string;
  signature: string;
}

export interface Letter {
  subject: string;
  body: string;
}

type Template = (v: DraftVars) => Letter;

const letter = (subject: string, lines: (string | false)[]): Letter => ({ subject, body: lines.filter((l) => l !== false).join('\n') });
const q = (v: DraftVars, open = ' (', close = ')') => (v.quantity ? `${open}${v.quantity}${close}` : '');

export const TEMPLATES: Readonly<Record<string, Template | undefined> & { en: Template }> = {
  en: (v) => letter(v.product ? `Your inquiry about ${v.product}` : 'Your earlier inquiry', [
    `Dear ${v.name ?? 'Sir or Madam'},`, '',
    v.product ? `On ${v.when} you asked us about ${v.product}${q(v)}.` : `On ${v.when} you sent us an inquiry.`,
    'We would like to know whether you still need it. Our prices, lead times and range have been updated since then, and we would be glad to send you a new quotation.', '',
    'If your needs have changed, just tell us what you need now and we will reply within one working day.', '',
    'Best regards,', v.signature,
  ]),
  zh: (v) => letter(v.product ? `关于您询问的${v.product}` : '关于您之前的询盘', [
    v.name ? `尊敬的${v.name}：` : '您好：', '',
    v.product ? `您在${v.when}向我们询问过${v.product}${q(v, '（', '）')}。` : `您在${v.when}曾向我们发来询盘。`,
    '不知您现在是否仍有需要？此后我们的价格、交期和产品都有更新，很乐意为您重新报价。', '',
    '如果需求有变化，请直接告诉我们您现在需要什么，我们会在一个工作日内回复。', '',
    '祝好！', v.signature,
  ]),
  es: (v) => letter(v.product ? `Su consulta sobre ${v.product}` : 'Su consulta anterior', [
    v.name ? `Estimado/a ${v.name}:` : 'Estimados señores:', '',
    v.product ? `El ${v.when} nos consultó sobre ${v.product}${q(v)}.` : `El ${v.when} nos envió una consulta.`,
    'Queremos saber si todavía lo necesita. Desde entonces hemos actualizado precios, plazos de entrega y gama de productos, y con gusto le enviaremos una nueva cotización.', '',
    'Si sus necesidades han cambiado, díganos qué necesita ahora y le responderemos en un día hábil.', '',
    'Saludos cordiales,', v.signature,
  ]),
  fr: (v) => letter(v.product ? `Votre demande concernant ${v.product}` : 'Votre demande précédente', [
    v.name ? `Bonjour ${v.name},` : 'Madame, Monsieur,', '',
    v.product ? `Le ${v.when}, vous nous avez interrogés sur ${v.product}${q(v)}.` : `Le ${v.when}, vous nous avez envoyé une demande.`,
    'Nous aimerions savoir si ce besoin est toujours d’actualité. Depuis, nos prix, nos délais et notre gamme ont été mis à jour, et nous serions heureux de vous envoyer une nouvelle offre.', '',
    'Si vos besoins ont changé, dites-nous simplement ce qu’il vous faut aujourd’hui : nous vous répondrons sous un jour ouvré.', '',
    'Cordialement,', v.signature,
  ]),
  de: (v) => letter(v.product ? `Ihre Anfrage zu ${v.product}` : 'Ihre frühere Anfrage', [
    v.name ? `Guten Tag ${v.name},` : 'Sehr geehrte Damen und Herren,', '',
    v.product ? `am ${v.when} haben Sie bei uns ${v.product}${q(v)} angefragt.` : `am ${v.when} haben Sie uns eine Anfrage geschickt.`,
    'Besteht Ihr Bedarf noch? Seitdem haben wir Preise, Lieferzeiten und Sortiment aktualisiert und senden Ihnen gern ein neues Angebot.', '',
    'Falls sich Ihr Bedarf geändert hat, teilen Sie uns einfach mit, was Sie heute benötigen – wir antworten innerhalb eines Werktages.', '',
    'Mit freundlichen Grüßen', v.signature,
  ]),
  pt: (v) => letter(v.product ? `Sua consulta sobre ${v.product}` : 'Sua consulta anterior', [
    v.name ? `Prezado(a) ${v.name},` : 'Prezados senhores,', '',
    v.product ? `Em ${v.when}, você nos enviou uma consulta sobre ${v.product}${q(v)}.` : `Em ${v.when}, você nos enviou uma consulta.`,
    'Gostaríamos de saber se ainda tem interesse. Desde então atualizamos preços, prazos de entrega e linha de produtos, e teremos prazer em enviar uma nova cotação.', '',
    'Se suas necessidades mudaram, diga-nos o que precisa agora e responderemos em até um dia útil.', '',
    'Atenciosamente,', v.signature,
  ]),
  ru: (v) => letter(v.product ? `Ваш запрос: ${v.product}` : 'Ваш предыдущий запрос', [
    v.name ? `Уважаемый(ая) ${v.name}!` : 'Добрый день!', '',
    v.product ? `${v.when} вы направили нам запрос на ${v.product}${q(v)}.` : `${v.when} вы направили нам запрос.`,
    'Актуальна ли для вас эта потребность сейчас? С тех пор мы обновили цены, сроки поставки и ассортимент и будем рады направить вам новое коммерческое предложение.', '',
    'Если ваши потребности изменились, просто напишите, что вам нужно сейчас, — мы ответим в течение одного рабочего дня.', '',
    'С уважением,', v.signature,
  ]),
  ar: (v) => letter(v.product ? `استفساركم عن ${v.product}` : 'استفساركم السابق', [
    v.name ? `عزيزي/عزيزتي ${v.name}،` : 'تحية طيبة وبعد،', '',
    v.product ? `في ${v.when} استفسرتم منا عن ${v.product}${q(v)}.` : `في ${v.when} أرسلتم إلينا استفسارًا.`,
    'نود أن نعرف هل ما زلتم بحاجة إليه. لقد قمنا منذ ذلك الحين بتحديث الأسعار ومواعيد التسليم ومجموعة المنتجات، ويسعدنا أن نرسل لكم عرض سعر جديدًا.', '',
    'إذا تغيرت احتياجاتكم، فيرجى إخبارنا بما تحتاجونه الآن وسنرد عليكم خلال يوم عمل واحد.', '',
    'مع أطيب التحيات،', v.signature,
  ]),
  tr: (v) => letter(v.product ? `${v.product} hakkındaki talebiniz` : 'Önceki talebiniz', [
    v.name ? `Sayın ${v.name},` : 'Sayın Yetkili,', '',
    v.product ? `${v.when} tarihinde bize ${v.product}${q(v)} için talepte bulunmuştunuz.` : `${v.when} tarihinde bize bir talep göndermiştiniz.`,
    'Hâlâ ihtiyacınız olup olmadığını öğrenmek isteriz. O tarihten bu yana fiyatlarımızı, teslim sürelerimizi ve ürün yelpazemizi güncelledik; size memnuniyetle yeni bir teklif göndeririz.', '',
    'İhtiyaçlarınız değiştiyse, şu anda neye ihtiyacınız olduğunu yazmanız yeterli; bir iş günü içinde yanıt veririz.', '',
    'Saygılarımızla,', v.signature,
  ]),
  it: (v) => letter(v.product ? `La sua richiesta su ${v.product}` : 'La sua richiesta precedente', [
    v.name ? `Gentile ${v.name},` : 'Gentili Signori,', '',
    v.product ? `il ${v.when} ci ha chiesto informazioni su ${v.product}${q(v)}.` : `il ${v.when} ci ha inviato una richiesta.`,
    'Vorremmo sapere se è ancora interessato. Da allora abbiamo aggiornato prezzi, tempi di consegna e gamma di prodotti e saremo lieti di inviarle una nuova offerta.', '',
    'Se le sue esigenze sono cambiate, ci dica di cosa ha bisogno oggi: le risponderemo entro un giorno lavorativo.', '',
    'Cordiali saluti,', v.signature,
  ]),
  ja: (v) => letter(v.product ? `${v.product}のお問い合わせについて` : '以前のお問い合わせについて', [
    v.name ? `${v.name}様` : 'ご担当者様', '',
    v.product ? `${v.when}に${v.product}${q(v, '（', '）')}についてお問い合わせいただきました。` : `${v.when}にお問い合わせをいただきました。`,
    '現在もご検討中でしょうか。その後、価格・納期・製品ラインアップを更新しておりますので、改めてお見積もりをお送りいたします。', '',
    'ご要望に変更がございましたら、現在必要なものをお知らせください。1営業日以内にご返信いたします。', '',
    'よろしくお願いいたします。', v.signature,
  ]),
  ko: (v) => letter(v.product ? `${v.product} 문의 관련` : '이전 문의 관련', [
    v.name ? `${v.name} 님께` : '담당자님께', '',
    v.product ? `${v.when}에 ${v.product}${q(v)}에 대해 문의해 주셨습니다.` : `${v.when}에 저희에게 문의를 보내 주셨습니다.`,
    '지금도 필요하신지 여쭙고 싶습니다. 그동안 가격, 납기, 제품 구성을 새로 갱신했으며, 새 견적서를 기꺼이 보내 드리겠습니다.', '',
    '필요하신 내용이 바뀌었다면 지금 필요하신 것을 알려 주십시오. 영업일 기준 하루 안에 답변드리겠습니다.', '',
    '감사합니다.', v.signature,
  ]),
  nl: (v) => letter(v.product ? `Uw aanvraag voor ${v.product}` : 'Uw eerdere aanvraag', [
    v.name ? `Beste ${v.name},` : 'Geachte heer/mevrouw,', '',
    v.product ? `Op ${v.when} vroeg u ons naar ${v.product}${q(v)}.` : `Op ${v.when} stuurde u ons een aanvraag.`,
    'Wij horen graag of u er nog naar op zoek bent. Sindsdien hebben wij onze prijzen, levertijden en ons assortiment bijgewerkt en sturen u graag een nieuwe offerte.', '',
    'Zijn uw wensen veranderd? Laat ons weten wat u nu nodig hebt, dan antwoorden wij binnen één werkdag.', '',
    'Met vriendelijke groet,', v.signature,
  ]),
  pl: (v) => letter(v.product ? `Zapytanie dotyczące: ${v.product}` : 'Wcześniejsze zapytanie', [
    'Szanowni Państwo,', '',
    v.product ? `${v.when} r. otrzymaliśmy od Państwa zapytanie o ${v.product}${q(v)}.` : `${v.when} r. otrzymaliśmy od Państwa zapytanie.`,
    'Chcielibyśmy wiedzieć, czy są Państwo nadal zainteresowani. Od tego czasu zaktualizowaliśmy ceny, terminy dostaw i ofertę produktów i chętnie prześlemy nową wycenę.', '',
    'Jeśli Państwa potrzeby się zmieniły, prosimy napisać, czego Państwo teraz potrzebują – odpowiemy w ciągu jednego dnia roboczego.', '',
    'Z poważaniem,', v.signature,
  ]),
  vi: (v) => letter(v.product ? `Về yêu cầu của quý khách về ${v.product}` : 'Về yêu cầu trước đây của quý khách', [
    v.name ? `Kính gửi ${v.name},` : 'Kính gửi quý khách,', '',
    v.product ? `Vào ngày ${v.when}, quý khách đã hỏi chúng tôi về ${v.product}${q(v)}.` : `Vào ngày ${v.when}, quý khách đã gửi cho chúng tôi một yêu cầu.`,
    'Chúng tôi muốn biết quý khách có còn nhu cầu không. Từ đó đến nay chúng tôi đã cập nhật giá, thời gian giao hàng và danh mục sản phẩm, và rất sẵn lòng gửi báo giá mới.', '',
    'Nếu nhu cầu đã thay đổi, xin cho chúng tôi biết quý khách cần gì hiện nay; chúng tôi sẽ trả lời trong vòng một ngày làm việc.', '',
    'Trân trọng,', v.signature,
  ]),
  id: (v) => letter(v.product ? `Permintaan Anda tentang ${v.product}` : 'Permintaan Anda sebelumnya', [
    v.name ? `Yth. ${v.name},` : 'Dengan hormat,', '',
    v.product ? `Pada ${v.when}, Anda menanyakan ${v.product}${q(v)} kepada kami.` : `Pada ${v.when}, Anda mengirimkan permintaan kepada kami.`,
    'Kami ingin tahu apakah Anda masih membutuhkannya. Sejak itu kami telah memperbarui harga, waktu pengiriman, dan pilihan produk, dan dengan senang hati akan mengirimkan penawaran baru.', '',
    'Jika kebutuhan Anda berubah, beri tahu kami apa yang Anda perlukan sekarang; kami akan membalas dalam satu hari kerja.', '',
    'Salam hormat,', v.signature,
  ]),
};
